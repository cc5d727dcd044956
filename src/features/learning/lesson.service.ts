import mongoose from 'mongoose';
import type { StoredLesson } from '../../content/store/pack-version.model';
import { NotFoundError } from '../../platform/errors';
import type { CatalogSnapshot } from '../catalog/catalog-cache';
import type { PublishedPack, PublishedQuiz } from '../catalog/published-pack';
import { findOwnAttempt } from './quiz-attempt.service';
import type { LearnerRecords } from './lesson.view-model';
import { completeIfEligible, findProgress, markLessonDone } from './progress.service';

/** A published lesson, found in the in-memory catalogue. */
export interface FoundLesson {
  pack: PublishedPack;
  lesson: StoredLesson;
}

/** The pack and lesson of a URL, from the catalogue snapshot (no query); 404 when either is not published. */
export function findLesson(snapshot: CatalogSnapshot, ids: { packId: string; lessonId: string }): FoundLesson {
  const pack = snapshot.packs.get(ids.packId);
  const lesson = pack?.lessonById.get(ids.lessonId);
  if (pack === undefined || lesson === undefined) throw new NotFoundError('not_found');
  return { pack, lesson };
}

/** The quiz of a URL with its lesson; 404 when the pack is not published or has no such quiz. */
export function findQuiz(
  snapshot: CatalogSnapshot,
  ids: { packId: string; quizId: string },
): FoundLesson & { quiz: PublishedQuiz } {
  const pack = snapshot.packs.get(ids.packId);
  const quiz = pack?.quizzes.get(ids.quizId);
  const lesson = quiz === undefined ? undefined : pack?.lessonById.get(quiz.lessonId);
  if (pack === undefined || quiz === undefined || lesson === undefined) throw new NotFoundError('not_found');
  return { pack, lesson, quiz };
}

/**
 * A learner's records for a lesson page: their progress in the module and, when asked, one attempt of theirs
 * (someone else's attempt id finds nothing). One round trip, two when an attempt is shown.
 */
export async function loadLearnerRecords(input: {
  learnerId: string;
  packId: string;
  attemptId: string | null;
}): Promise<LearnerRecords> {
  const [progress, attempt] = await Promise.all([
    findProgress(input.learnerId, input.packId),
    input.attemptId === null ? null : findOwnAttempt(input.learnerId, input.attemptId),
  ]);
  return { progress, attempt: attempt?.packId === input.packId ? attempt : null };
}

/**
 * Marks a lesson done, then completes the module when that was the last thing missing. Returns the certificate
 * issued by this very request, if any (null when the module was complete before or is not complete yet).
 */
export async function completeLesson(input: {
  pack: PublishedPack;
  lessonId: string;
  learner: { id: string; name: string };
}): Promise<{ certificateId: string | null }> {
  const record = await markLessonDone(input.learner.id, input.pack.id, input.lessonId);
  const progress = await completeIfEligible(input.pack, input.learner, record);
  if (record.completedAt !== null || progress.completedAt === null) return { certificateId: null };
  // completeIfEligible does not return the id it issued; it is read back once, only when the module just completed.
  const completed = await findProgress(input.learner.id, input.pack.id);
  const id = completed?.certificateId ? String(completed.certificateId) : '';
  return { certificateId: mongoose.isValidObjectId(id) ? id : null };
}
