import mongoose, { Schema, type Model } from 'mongoose';
import type { QuestionAnswer, QuestionGrade } from '../../content/quiz';

/** One submission of one quiz by one learner, as graded at the time. */
export interface AttemptRecord {
  _id: mongoose.Types.ObjectId;
  learnerId: mongoose.Types.ObjectId;
  packId: string;
  packVersion: string;
  lessonId: string;
  quizId: string;
  /** Language the quiz was read in (for analytics; grading does not depend on it). */
  language: string;
  number: number;
  answers: Record<string, QuestionAnswer>;
  grades: QuestionGrade[];
  earned: number;
  possible: number;
  createdAt: Date;
}

const schema = new Schema<AttemptRecord>(
  {
    learnerId: { type: Schema.Types.ObjectId, required: true },
    packId: { type: String, required: true },
    packVersion: { type: String, required: true },
    lessonId: { type: String, required: true },
    quizId: { type: String, required: true },
    language: { type: String, required: true },
    number: { type: Number, required: true },
    answers: { type: Schema.Types.Mixed, required: true },
    grades: { type: Schema.Types.Mixed, required: true },
    earned: { type: Number, required: true },
    possible: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'quiz_attempts', minimize: false },
);
// A learner's attempts at a quiz, newest first; and per-quiz statistics for trainers.
schema.index({ learnerId: 1, packId: 1, quizId: 1, createdAt: -1 });
schema.index({ packId: 1, quizId: 1 });

/** The quiz_attempts collection. */
export function attemptModel(): Model<AttemptRecord> {
  return (
    (mongoose.models.QuizAttempt as Model<AttemptRecord> | undefined) ??
    mongoose.model<AttemptRecord>('QuizAttempt', schema)
  );
}
