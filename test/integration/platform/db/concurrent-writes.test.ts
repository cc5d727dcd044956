import mongoose from 'mongoose';
import { useTestDatabase } from '../../../support/database';

useTestDatabase();

interface Counter {
  key: string;
  n: number;
  firstSeenAt?: Date;
}

const Counter = mongoose.model<Counter>(
  'ConcurrentCounter',
  new mongoose.Schema<Counter>({ key: { type: String, unique: true }, n: Number, firstSeenAt: Date }),
);

beforeAll(async () => {
  await Counter.init();
});

describe('concurrent writes to one document', () => {
  test('20 concurrent $inc upserts on one key leave one document with n = 20', async () => {
    const firstSeenAt = new Date('2026-01-01T00:00:00Z');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        Counter.findOneAndUpdate(
          { key: 'what-is-iot' },
          { $inc: { n: 1 }, $setOnInsert: { firstSeenAt } },
          { upsert: true, new: true },
        ).exec(),
      ),
    );
    const stored = await Counter.find({ key: 'what-is-iot' }).lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.n).toBe(20);
    expect(stored[0]?.firstSeenAt).toEqual(firstSeenAt);
  });

  test('50 concurrent updateOne $inc on an existing document lose no increment', async () => {
    await Counter.create({ key: 'quiz-attempts', n: 0 });
    await Promise.all(
      Array.from({ length: 50 }, () => Counter.updateOne({ key: 'quiz-attempts' }, { $inc: { n: 1 } })),
    );
    expect((await Counter.findOne({ key: 'quiz-attempts' }).lean())?.n).toBe(50);
  });
});
