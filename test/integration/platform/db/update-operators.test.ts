import mongoose from 'mongoose';
import { useTestDatabase } from '../../../support/database';

useTestDatabase();

function collection<T extends mongoose.mongo.Document = mongoose.mongo.Document>(
  name: string,
): mongoose.mongo.Collection<T> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  return db.collection<T>(name);
}

describe('update operators the app relies on', () => {
  test('$setOnInsert with a dotted path creates a nested field on insert and leaves it alone on update', async () => {
    const createdAt = new Date('2026-01-01T00:00:00Z');
    const progress = collection('progress_ops');
    const upsert = (seenAt: Date) =>
      progress.updateOne(
        { learner: 'ana' },
        { $set: { lastSeenAt: seenAt }, $setOnInsert: { 'meta.createdAt': createdAt } },
        { upsert: true },
      );
    await upsert(new Date('2026-01-02T00:00:00Z'));
    await upsert(new Date('2026-01-03T00:00:00Z'));
    const stored = await progress.findOne({ learner: 'ana' }, { projection: { _id: 0 } });
    expect(stored).toEqual({ learner: 'ana', lastSeenAt: new Date('2026-01-03T00:00:00Z'), meta: { createdAt } });
  });

  test('$pull with an operator condition removes the matching elements only', async () => {
    const scores = collection<{ learner: string; scores: number[] }>('scores_ops');
    await scores.insertOne({ learner: 'ana', scores: [1, 5, 9, 3] });
    await scores.updateOne({ learner: 'ana' }, { $pull: { scores: { $gte: 5 } } });
    expect((await scores.findOne({ learner: 'ana' }))?.scores).toEqual([1, 3]);
  });

  test('$pull with a field condition removes the matching sub-documents only', async () => {
    const carts = collection<{ items: { sku: string; qty: number }[] }>('carts_ops');
    await carts.insertOne({
      items: [
        { sku: 'a', qty: 0 },
        { sku: 'b', qty: 2 },
      ],
    });
    await carts.updateOne({}, { $pull: { items: { qty: { $lt: 1 } } } });
    expect((await carts.findOne({}))?.items).toEqual([{ sku: 'b', qty: 2 }]);
  });

  test('binary data and Decimal128 fields survive an update of another field', async () => {
    const files = collection('files_ops');
    const thumbnail = new mongoose.mongo.Binary(Buffer.from([137, 80, 78, 71]));
    await files.insertOne({ name: 'a', thumbnail, price: mongoose.mongo.Decimal128.fromString('9.99') });
    await files.updateOne({ name: 'a' }, { $set: { renamed: true } });
    const stored = await files.findOne({ name: 'a' });
    expect(stored?.thumbnail).toBeInstanceOf(mongoose.mongo.Binary);
    expect(Buffer.from((stored?.thumbnail as mongoose.mongo.Binary).buffer)).toEqual(Buffer.from([137, 80, 78, 71]));
    expect(String(stored?.price)).toBe('9.99');
  });
});
