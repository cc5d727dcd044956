import mongoose, { Schema, type Model } from 'mongoose';
import type { BuiltLesson, BuiltTranslation } from '../pack/built-pack';
import type { PackManifest } from '../manifest/manifest-schema';

/** Asset metadata kept with a version; the bytes live in GridFS under their SHA-256. */
export interface StoredAsset {
  path: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A stored lesson: everything a page needs, rendered at import (the Markdown source is kept apart). */
export type StoredLesson = Omit<BuiltLesson, 'markdown'>;

/** A stored translated language. */
export type StoredTranslation = BuiltTranslation;

/** One immutable, imported version of a pack. */
export interface PackVersionRecord {
  _id: mongoose.Types.ObjectId;
  packId: string;
  version: string;
  contentHash: string;
  importedAt: Date;
  manifest: PackManifest;
  lessons: StoredLesson[];
  translations: StoredTranslation[];
  assets: StoredAsset[];
}

const schema = new Schema<PackVersionRecord>(
  {
    packId: { type: String, required: true },
    version: { type: String, required: true },
    contentHash: { type: String, required: true },
    importedAt: { type: Date, required: true },
    // Rendered once at import and never changed: kept as plain data.
    manifest: { type: Schema.Types.Mixed, required: true },
    lessons: { type: Schema.Types.Mixed, required: true },
    translations: { type: Schema.Types.Mixed, default: () => [] },
    assets: { type: Schema.Types.Mixed, default: () => [] },
  },
  { collection: 'pack_versions', minimize: false },
);
schema.index({ packId: 1, version: 1 }, { unique: true });

/** The pack_versions collection. */
export function packVersionModel(): Model<PackVersionRecord> {
  return (
    (mongoose.models.PackVersion as Model<PackVersionRecord> | undefined) ??
    mongoose.model<PackVersionRecord>('PackVersion', schema)
  );
}
