import mongoose, { Schema, type Model } from 'mongoose';

/** The best attempt at one quiz: its points and each question's share, to recount when questions change. */
export interface BestResult {
  earned: number;
  possible: number;
  /** questionId → share 0..1 in that attempt. */
  questions: Record<string, number>;
  attemptId: mongoose.Types.ObjectId;
  at: Date;
}

/** Per-quiz record in a learner's progress. */
export interface QuizProgress {
  attempts: number;
  best?: BestResult;
  lastAt?: Date;
}

/**
 * One document per learner per module. Lessons and quizzes are keyed sub-documents
 * (`lessons.<lessonId>`, `quizzes.<quizId>`) so every change is a single atomic update on a path,
 * never a read-modify-write of an array — and never by language: the same for every language read.
 */
export interface ProgressRecord {
  _id: mongoose.Types.ObjectId;
  learnerId: mongoose.Types.ObjectId;
  packId: string;
  /** Absent until the first lesson is done (no default: upserts write these paths directly). */
  lessons?: Record<string, { doneAt: Date }>;
  quizzes?: Record<string, QuizProgress>;
  startedAt: Date;
  lastActivityAt: Date;
  lastLessonId: string | null;
  completedAt: Date | null;
  completedVersion: string | null;
  certificateId: mongoose.Types.ObjectId | null;
}

const schema = new Schema<ProgressRecord>(
  {
    learnerId: { type: Schema.Types.ObjectId, required: true },
    packId: { type: String, required: true },
    lessons: { type: Schema.Types.Mixed },
    quizzes: { type: Schema.Types.Mixed },
    startedAt: { type: Date, required: true },
    lastActivityAt: { type: Date, required: true },
    lastLessonId: { type: String, default: null },
    completedAt: { type: Date, default: null },
    completedVersion: { type: String, default: null },
    certificateId: { type: Schema.Types.ObjectId, default: null },
  },
  { collection: 'progress', minimize: false },
);
// One per learner and module; also serves "my modules" (learnerId prefix) on the dashboard.
schema.index({ learnerId: 1, packId: 1 }, { unique: true });

/** The progress collection. */
export function progressModel(): Model<ProgressRecord> {
  return (
    (mongoose.models.Progress as Model<ProgressRecord> | undefined) ??
    mongoose.model<ProgressRecord>('Progress', schema)
  );
}
