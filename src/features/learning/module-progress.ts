import type { PublishedPack, PublishedQuiz } from '../catalog/published-pack';
import type { ProgressRecord, QuizProgress } from './progress.model';

/** One quiz's standing for a learner, against the current version. */
export interface QuizStanding {
  quizId: string;
  lessonId: string;
  earned: number;
  possible: number;
  attempts: number;
  /** Attempts left, or null when unlimited. */
  remaining: number | null;
  attempted: boolean;
}

/** A learner's standing in one module, computed against the published version. */
export interface ModuleProgress {
  packId: string;
  doneLessons: ReadonlySet<string>;
  totalLessons: number;
  /** Whole percent of lessons done, 0..100. */
  percent: number;
  earned: number;
  possible: number;
  /** Module score 0..1: best attempts' points over all quiz points (1 when the module has no quiz). */
  score: number;
  passScore: number;
  passed: boolean;
  complete: boolean;
  /** First lesson not done yet, in pack order, else null. */
  nextLessonId: string | null;
  quizzes: ReadonlyMap<string, QuizStanding>;
  started: boolean;
  lastActivityAt: Date | null;
  completedAt: Date | null;
}

/**
 * Recounts the best attempt on the questions the quiz has now: removed questions stop counting,
 * new ones count as not yet answered (format section 6).
 */
function standing(quiz: PublishedQuiz, record: QuizProgress | undefined, maxAttempts: number): QuizStanding {
  const shares = record?.best?.questions ?? {};
  const earned = quiz.questions.reduce((sum, q) => sum + (shares[q.id] ?? 0) * q.points, 0);
  const attempts = record?.attempts ?? 0;
  return {
    quizId: quiz.id,
    lessonId: quiz.lessonId,
    earned,
    possible: quiz.points,
    attempts,
    remaining: maxAttempts > 0 ? Math.max(0, maxAttempts - attempts) : null,
    attempted: attempts > 0,
  };
}

/** Pure: the learner's standing in a module from their progress document (null: not started). */
export function computeModuleProgress(pack: PublishedPack, progress: ProgressRecord | null): ModuleProgress {
  const done = new Set(pack.lessons.filter((l) => progress?.lessons?.[l.id] !== undefined).map((l) => l.id));
  const quizzes = new Map<string, QuizStanding>();
  for (const quiz of pack.quizzes.values()) {
    quizzes.set(quiz.id, standing(quiz, progress?.quizzes?.[quiz.id], pack.manifest.maxAttempts));
  }
  const earned = [...quizzes.values()].reduce((sum, q) => sum + q.earned, 0);
  const possible = pack.totalPoints;
  const score = possible === 0 ? 1 : earned / possible;
  const passed = score + 1e-9 >= pack.manifest.passScore;
  const totalLessons = pack.lessons.length;
  return {
    packId: pack.id,
    doneLessons: done,
    totalLessons,
    percent: totalLessons === 0 ? 0 : Math.round((100 * done.size) / totalLessons),
    earned,
    possible,
    score,
    passScore: pack.manifest.passScore,
    passed,
    complete: done.size === totalLessons && passed,
    nextLessonId: pack.lessons.find((l) => !done.has(l.id))?.id ?? null,
    quizzes,
    started: progress !== null,
    lastActivityAt: progress?.lastActivityAt ?? null,
    completedAt: progress?.completedAt ?? null,
  };
}

/** Whether every quiz of a lesson has been attempted (a lesson with quizzes is then done by itself). */
export function allLessonQuizzesAttempted(pack: PublishedPack, lessonId: string, progress: ModuleProgress): boolean {
  const lessonQuizzes = [...pack.quizzes.values()].filter((q) => q.lessonId === lessonId);
  return lessonQuizzes.length > 0 && lessonQuizzes.every((q) => progress.quizzes.get(q.id)?.attempted === true);
}
