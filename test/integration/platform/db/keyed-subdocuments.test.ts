import mongoose from 'mongoose';
import { useTestDatabase } from '../../../support/database';

useTestDatabase();

interface LessonState {
  completedAt: Date;
  score?: number;
}

interface Progress {
  learner: mongoose.Types.ObjectId;
  pack: string;
  lessons: Record<string, LessonState>;
}

const Progress = mongoose.model<Progress>(
  'KeyedProgress',
  new mongoose.Schema<Progress>(
    {
      learner: mongoose.Schema.Types.ObjectId,
      pack: String,
      lessons: { type: mongoose.Schema.Types.Mixed, default: {} },
    },
    { minimize: false },
  ),
);

describe('keyed sub-documents (lessons.<lessonId>), the replacement for positional updates', () => {
  test('$set on lessons.what-is-iot adds that lesson and keeps the others', async () => {
    const learner = new mongoose.Types.ObjectId();
    const earlier = new Date('2026-03-01T10:00:00Z');
    await Progress.create({ learner, pack: 'iot-fundamentals', lessons: { 'sensors-101': { completedAt: earlier } } });
    const completedAt = new Date('2026-03-02T09:30:00Z');
    await Progress.updateOne(
      { learner, pack: 'iot-fundamentals' },
      { $set: { 'lessons.what-is-iot': { completedAt, score: 0.8 } } },
    );
    const stored = await Progress.findOne({ learner }).lean();
    expect(stored?.lessons).toEqual({
      'sensors-101': { completedAt: earlier },
      'what-is-iot': { completedAt, score: 0.8 },
    });
  });

  test('an upsert with $set on a keyed path creates the document with that lesson only', async () => {
    const learner = new mongoose.Types.ObjectId();
    const completedAt = new Date('2026-03-02T09:30:00Z');
    await Progress.updateOne(
      { learner, pack: 'iot-fundamentals' },
      { $set: { 'lessons.what-is-iot.completedAt': completedAt }, $max: { 'lessons.what-is-iot.score': 0.5 } },
      { upsert: true },
    );
    const stored = await Progress.findOne({ learner }).lean();
    expect(stored?.pack).toBe('iot-fundamentals');
    expect(stored?.lessons).toEqual({ 'what-is-iot': { completedAt, score: 0.5 } });
  });

  test('$max on a keyed score keeps the best result', async () => {
    const learner = new mongoose.Types.ObjectId();
    await Progress.create({ learner, pack: 'p', lessons: { quiz: { completedAt: new Date(), score: 0.9 } } });
    await Progress.updateOne({ learner }, { $max: { 'lessons.quiz.score': 0.4 } });
    expect((await Progress.findOne({ learner }).lean())?.lessons.quiz?.score).toBe(0.9);
    await Progress.updateOne({ learner }, { $max: { 'lessons.quiz.score': 1 } });
    expect((await Progress.findOne({ learner }).lean())?.lessons.quiz?.score).toBe(1);
  });

  test('a query on a keyed path finds only the learners who completed that lesson', async () => {
    const done = new mongoose.Types.ObjectId();
    await Progress.create([
      { learner: done, pack: 'p', lessons: { 'what-is-iot': { completedAt: new Date() } } },
      { learner: new mongoose.Types.ObjectId(), pack: 'p', lessons: { other: { completedAt: new Date() } } },
    ]);
    const found = await Progress.find({ 'lessons.what-is-iot.completedAt': { $exists: true } }).lean();
    expect(found.map((doc) => doc.learner.toString())).toEqual([done.toString()]);
  });

  test('$unset on a keyed path removes only that lesson', async () => {
    const learner = new mongoose.Types.ObjectId();
    const at = new Date('2026-03-01T10:00:00Z');
    await Progress.create({ learner, pack: 'p', lessons: { a: { completedAt: at }, b: { completedAt: at } } });
    await Progress.updateOne({ learner }, { $unset: { 'lessons.a': '' } });
    expect((await Progress.findOne({ learner }).lean())?.lessons).toEqual({ b: { completedAt: at } });
  });
});
