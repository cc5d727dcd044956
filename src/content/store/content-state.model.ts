import mongoose, { Schema, type Model } from 'mongoose';

/**
 * Small shared documents: `catalog` holds a revision number that every publish increments (each
 * process polls it to refresh its cache); `framework` and `pathways` hold the content folder's files.
 */
export interface ContentStateRecord {
  _id: 'catalog' | 'framework' | 'pathways';
  revision: number;
  data: unknown;
  updatedAt: Date;
}

const schema = new Schema<ContentStateRecord>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, default: 0 },
    data: { type: Schema.Types.Mixed, default: null },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'content_state', minimize: false },
);

/** The content_state collection. */
export function contentStateModel(): Model<ContentStateRecord> {
  return (
    (mongoose.models.ContentState as Model<ContentStateRecord> | undefined) ??
    mongoose.model<ContentStateRecord>('ContentState', schema)
  );
}

/** Tells every process that published content changed. */
export async function bumpCatalogRevision(): Promise<number> {
  const state = await contentStateModel()
    .findOneAndUpdate(
      { _id: 'catalog' },
      { $inc: { revision: 1 }, $set: { updatedAt: new Date() } },
      { upsert: true, new: true },
    )
    .lean();
  return state.revision;
}

/** The current catalogue revision (0 before the first publish). */
export async function catalogRevision(): Promise<number> {
  const state = await contentStateModel().findById('catalog', { revision: 1 }).lean();
  return state?.revision ?? 0;
}
