import mongoose from 'mongoose';
import type { PublishedPack } from '../catalog/published-pack';
import { certificateModel } from './certificate.model';
import { computeModuleProgress, type ModuleProgress } from './module-progress';
import { progressModel, type ProgressRecord } from './progress.model';

const oid = (id: string): mongoose.Types.ObjectId => new mongoose.Types.ObjectId(id);

/** The learner's progress document for a module, or null before they start. */
export async function findProgress(learnerId: string, packId: string): Promise<ProgressRecord | null> {
  return progressModel()
    .findOne({ learnerId: oid(learnerId), packId })
    .lean<ProgressRecord>();
}

/** All of a learner's progress documents (the dashboard). */
export async function listProgress(learnerId: string): Promise<ProgressRecord[]> {
  return progressModel()
    .find({ learnerId: oid(learnerId) })
    .sort({ lastActivityAt: -1 })
    .lean<ProgressRecord[]>();
}

/** Fields every first write of a progress document sets. */
export function onInsert(now: Date): Record<string, unknown> {
  return { startedAt: now, completedAt: null, completedVersion: null, certificateId: null };
}

/** Marks a lesson done (idempotent: the first time is kept); returns the updated document. */
export async function markLessonDone(learnerId: string, packId: string, lessonId: string): Promise<ProgressRecord> {
  const now = new Date();
  const updated = await progressModel()
    .findOneAndUpdate(
      { learnerId: oid(learnerId), packId },
      {
        $min: { [`lessons.${lessonId}.doneAt`]: now },
        $set: { lastActivityAt: now, lastLessonId: lessonId },
        $setOnInsert: onInsert(now),
      },
      { upsert: true, new: true },
    )
    .lean<ProgressRecord>();
  return updated;
}

/**
 * Marks the module complete and issues the certificate, once: the conditional update on
 * `completedAt: null` decides which of two racing requests issues it.
 */
export async function completeIfEligible(
  pack: PublishedPack,
  learner: { id: string; name: string },
  record: ProgressRecord,
): Promise<ModuleProgress> {
  const progress = computeModuleProgress(pack, record);
  if (!progress.complete || record.completedAt !== null) return progress;
  const certificateId = new mongoose.Types.ObjectId();
  const now = new Date();
  const claimed = await progressModel().updateOne(
    { _id: record._id, completedAt: null },
    { $set: { completedAt: now, completedVersion: pack.version, certificateId } },
  );
  if (claimed.modifiedCount === 0) return progress;
  const titles: Record<string, string> = { [pack.manifest.language]: pack.manifest.title };
  for (const [lang, t] of pack.translations) if (t.manifest?.title) titles[lang] = t.manifest.title;
  await certificateModel().create({
    _id: certificateId,
    learnerId: oid(learner.id),
    learnerName: learner.name,
    packId: pack.id,
    packVersion: pack.version,
    titles,
    sourceLanguage: pack.manifest.language,
    hours: pack.manifest.hours,
    score: progress.score,
    issuedAt: now,
  });
  return { ...progress, completedAt: now };
}
