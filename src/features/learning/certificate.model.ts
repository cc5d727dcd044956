import mongoose, { Schema, type Model } from 'mongoose';

/** A completion certificate; public by its id (the verification URL), owned by one learner. */
export interface CertificateRecord {
  _id: mongoose.Types.ObjectId;
  learnerId: mongoose.Types.ObjectId;
  learnerName: string;
  packId: string;
  packVersion: string;
  /** Module title by language at issue time (source language under its own code). */
  titles: Record<string, string>;
  sourceLanguage: string;
  hours: number;
  score: number;
  issuedAt: Date;
}

const schema = new Schema<CertificateRecord>(
  {
    learnerId: { type: Schema.Types.ObjectId, required: true },
    learnerName: { type: String, required: true },
    packId: { type: String, required: true },
    packVersion: { type: String, required: true },
    titles: { type: Schema.Types.Mixed, required: true },
    sourceLanguage: { type: String, required: true },
    hours: { type: Number, required: true },
    score: { type: Number, required: true },
    issuedAt: { type: Date, required: true },
  },
  { collection: 'certificates', minimize: false },
);
schema.index({ learnerId: 1, packId: 1 }, { unique: true });

/** The certificates collection. */
export function certificateModel(): Model<CertificateRecord> {
  return (
    (mongoose.models.Certificate as Model<CertificateRecord> | undefined) ??
    mongoose.model<CertificateRecord>('Certificate', schema)
  );
}
