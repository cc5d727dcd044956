import mongoose from 'mongoose';
import { gradeQuiz, parseAnswers, type Question, type QuizGrade } from '../../content/quiz';
import { AppError, NotFoundError } from '../../platform/errors';
import type { PublishedPack, PublishedQuiz } from '../catalog/published-pack';
import { localizeLesson } from '../catalog/localize';
import { attemptModel, type AttemptRecord } from './attempt.model';
import type { ModuleProgress } from './module-progress';
import { progressModel, type ProgressRecord } from './progress.model';
import { completeIfEligible, markLessonDone, onInsert } from './progress.service';

/** A quiz submission, as the controller hands it over. */
export interface AttemptInput {
  learner: { id: string; name: string };
  pack: PublishedPack;
  quizId: string;
  language: string;
  form: Record<string, unknown>;
}

/** What a submission produced. */
export interface AttemptResult {
  attemptId: string;
  lessonId: string;
  grade: QuizGrade;
  progress: ModuleProgress;
}

const oid = (id: string): mongoose.Types.ObjectId => new mongoose.Types.ObjectId(id);

/** The quiz in the language read (for feedback in that language) and every other version (for short answers). */
function versions(
  pack: PublishedPack,
  quiz: PublishedQuiz,
  language: string,
): { primary: Question[]; alternates: Question[][] } {
  const lesson = pack.lessonById.get(quiz.lessonId);
  const shown = lesson ? localizeLesson(pack, lesson, language).quizzes.find((q) => q.id === quiz.id) : undefined;
  if (!shown || shown.questions === quiz.questions) return { primary: quiz.questions, alternates: quiz.alternates };
  return {
    primary: shown.questions,
    alternates: [quiz.questions, ...quiz.alternates.filter((a) => a !== shown.questions)],
  };
}

/**
 * Counts one attempt atomically. With a limit, the filter only matches while attempts remain; when
 * none remain the upsert collides with the unique (learner, module) index, which means "no attempts left".
 */
async function claimAttempt(input: AttemptInput, quiz: PublishedQuiz, now: Date): Promise<ProgressRecord> {
  const path = `quizzes.${quiz.id}`;
  const max = input.pack.manifest.maxAttempts;
  const limit =
    max > 0 ? { $or: [{ [`${path}.attempts`]: { $lt: max } }, { [`${path}.attempts`]: { $exists: false } }] } : {};
  const single = [...input.pack.quizzes.values()].filter((q) => q.lessonId === quiz.lessonId).length === 1;
  try {
    const updated = await progressModel()
      .findOneAndUpdate(
        { learnerId: oid(input.learner.id), packId: input.pack.id, ...limit },
        {
          $inc: { [`${path}.attempts`]: 1 },
          $set: { [`${path}.lastAt`]: now, lastActivityAt: now, lastLessonId: quiz.lessonId },
          // A lesson whose only quiz has been attempted is done by itself.
          ...(single ? { $min: { [`lessons.${quiz.lessonId}.doneAt`]: now } } : {}),
          $setOnInsert: onInsert(now),
        },
        { upsert: true, new: true },
      )
      .lean<ProgressRecord>();
    return updated;
  } catch (error) {
    if ((error as { code?: unknown }).code === 11000)
      throw new AppError('quiz.no_attempts_left', 409, { cause: error });
    throw error;
  }
}

/** Keeps the best attempt; the condition makes two racing submissions end with the higher one. */
async function keepBest(record: ProgressRecord, quiz: PublishedQuiz, attempt: AttemptRecord): Promise<ProgressRecord> {
  const previous = record.quizzes?.[quiz.id]?.best;
  if (previous && previous.earned >= attempt.earned) return record;
  const best = {
    earned: attempt.earned,
    possible: attempt.possible,
    questions: Object.fromEntries(attempt.grades.map((g) => [g.questionId, g.score])),
    attemptId: attempt._id,
    at: attempt.createdAt,
  };
  const path = `quizzes.${quiz.id}.best`;
  await progressModel().updateOne(
    { _id: record._id, $or: [{ [`${path}.earned`]: { $lt: attempt.earned } }, { [path]: { $exists: false } }] },
    { $set: { [path]: best } },
  );
  return {
    ...record,
    quizzes: { ...record.quizzes, [quiz.id]: { attempts: 1, ...record.quizzes?.[quiz.id], best } },
  };
}

/**
 * A lesson with several quizzes is done once each has been attempted (one with a single quiz was marked
 * in claimAttempt's update). Returns the record as stored after that.
 */
async function finishLesson(input: AttemptInput, quiz: PublishedQuiz, record: ProgressRecord): Promise<ProgressRecord> {
  if (record.lessons?.[quiz.lessonId]) return record;
  const lessonQuizzes = [...input.pack.quizzes.values()].filter((q) => q.lessonId === quiz.lessonId);
  const allAttempted = lessonQuizzes.every((q) => (record.quizzes?.[q.id]?.attempts ?? 0) > 0);
  return allAttempted ? markLessonDone(input.learner.id, input.pack.id, quiz.lessonId) : record;
}

/** Grades a submission on the server, records it, keeps the best result, and completes the module when due. */
export async function submitAttempt(input: AttemptInput): Promise<AttemptResult> {
  const quiz = input.pack.quizzes.get(input.quizId);
  if (!quiz) throw new NotFoundError('quiz.not_found');
  const parsed = parseAnswers(quiz.questions, input.form);
  if (!parsed.ok) throw new AppError('quiz.invalid_answer', 422);
  const { primary, alternates } = versions(input.pack, quiz, input.language);
  const grade = gradeQuiz(primary, parsed.answers, alternates);
  const now = new Date();
  let record = await claimAttempt(input, quiz, now);
  const attempt = await attemptModel().create({
    learnerId: oid(input.learner.id),
    packId: input.pack.id,
    packVersion: input.pack.version,
    lessonId: quiz.lessonId,
    quizId: quiz.id,
    language: input.language,
    number: record.quizzes?.[quiz.id]?.attempts ?? 1,
    answers: parsed.answers,
    grades: JSON.parse(JSON.stringify(grade.questions)) as AttemptRecord['grades'],
    earned: grade.earned,
    possible: grade.possible,
    createdAt: now,
  });
  record = await finishLesson(input, quiz, await keepBest(record, quiz, attempt.toObject()));
  const progress = await completeIfEligible(input.pack, input.learner, record);
  return { attemptId: attempt._id.toHexString(), lessonId: quiz.lessonId, grade, progress };
}

/** A learner's own attempt, for the results shown after submission; someone else's is "not found". */
export async function findOwnAttempt(learnerId: string, attemptId: string): Promise<AttemptRecord | null> {
  if (!mongoose.isValidObjectId(attemptId)) return null;
  return attemptModel()
    .findOne({ _id: oid(attemptId), learnerId: oid(learnerId) })
    .lean<AttemptRecord>();
}
