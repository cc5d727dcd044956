import mongoose, { Schema, type Model } from 'mongoose';

/** One pack: which of its versions learners see. Publishing is one atomic update of this document. */
export interface PackRecord {
  _id: string;
  publishedVersion: string;
  publishedAt: Date;
}

const schema = new Schema<PackRecord>(
  {
    _id: { type: String, required: true },
    publishedVersion: { type: String, required: true },
    publishedAt: { type: Date, required: true },
  },
  { collection: 'packs' },
);

/** The packs collection. */
export function packModel(): Model<PackRecord> {
  return (mongoose.models.Pack as Model<PackRecord> | undefined) ?? mongoose.model<PackRecord>('Pack', schema);
}
