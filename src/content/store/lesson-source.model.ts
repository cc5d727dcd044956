import mongoose, { Schema, type Model } from 'mongoose';

/**
 * Source lesson texts by hash, from every imported version: what lets the translator board show
 * what changed in the source since a translation was made (its recorded `source` hash).
 */
export interface LessonSourceRecord {
  /** `<packId>:<lessonId>:<sourceHash>` */
  _id: string;
  packId: string;
  lessonId: string;
  hash: string;
  markdown: string;
  firstVersion: string;
}

const schema = new Schema<LessonSourceRecord>(
  {
    _id: { type: String, required: true },
    packId: { type: String, required: true },
    lessonId: { type: String, required: true },
    hash: { type: String, required: true },
    markdown: { type: String, required: true },
    firstVersion: { type: String, required: true },
  },
  { collection: 'lesson_sources' },
);
schema.index({ packId: 1, hash: 1 });

/** The lesson_sources collection. */
export function lessonSourceModel(): Model<LessonSourceRecord> {
  return (
    (mongoose.models.LessonSource as Model<LessonSourceRecord> | undefined) ??
    mongoose.model<LessonSourceRecord>('LessonSource', schema)
  );
}
