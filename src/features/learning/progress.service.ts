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

function certificateTitles(pack: PublishedPack): Record<string, string> {
  const titles: Record<string, string> = { [pack.manifest.language]: pack.manifest.title };
  for (const [lang, t] of pack.translations) if (t.manifest?.title) titles[lang] = t.manifest.title;
  return titles;
}

/** Issues the certificate once: the unique (learner, module) index makes a second one a no-op. */
async function issueCertificate(
  pack: PublishedPack,
  learner: { id: string; name: string },
  score: number,
): Promise<mongoose.Types.ObjectId> {
  const certificate = {
    _id: new mongoose.Types.ObjectId(),
    learnerId: oid(learner.id),
    learnerName: learner.name,
    packId: pack.id,
    packVersion: pack.version,
    titles: certificateTitles(pack),
    sourceLanguage: pack.manifest.language,
    hours: pack.manifest.hours,
    score,
    issuedAt: new Date(),
  };
  try {
    await certificateModel().create(certificate);
    return certificate._id;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 11000) throw error;
    const existing = await certificateModel()
      .findOne({ learnerId: certificate.learnerId, packId: pack.id }, { _id: 1 })
      .lean();
    if (!existing) throw error;
    return existing._id;
  }
}

/**
 * Marks the module complete and issues its certificate, once. The certificate is stored first, so a
 * completed module never links to a missing certificate; racing requests share the one certificate.
 */
export async function completeIfEligible(
  pack: PublishedPack,
  learner: { id: string; name: string },
  record: ProgressRecord,
): Promise<ModuleProgress> {
  const progress = computeModuleProgress(pack, record);
  if (!progress.complete || record.completedAt !== null) return progress;
  const certificateId = await issueCertificate(pack, learner, progress.score);
  const now = new Date();
  await progressModel().updateOne(
    { _id: record._id, completedAt: null },
    { $set: { completedAt: now, completedVersion: pack.version, certificateId } },
  );
  return { ...progress, completedAt: now };
}
