/**
 * What the embedded fallback cannot do is refused with an error, never silently done wrong.
 * These tests only run when the run's database is the fallback (a mongod does all of this).
 */
import mongoose from 'mongoose';
import { testDatabaseKind, useTestDatabase } from '../../../support/database';

useTestDatabase();

const onFallback = testDatabaseKind() === 'fallback' ? test : test.skip;

function collection(name: string): mongoose.mongo.Collection {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  return db.collection(name);
}

describe('the embedded fallback refuses what it would get wrong', () => {
  onFallback('a positional $ update is refused and changes nothing', async () => {
    const lessons = collection('lessons_limits');
    await lessons.insertOne({ items: [{ id: 'a', done: false }] });
    await expect(lessons.updateOne({ 'items.id': 'a' }, { $set: { 'items.$.done': true } })).rejects.toMatchObject({
      code: 115,
      message: expect.stringMatching(/positional updates/) as unknown,
    });
    expect((await lessons.findOne({}))?.items).toEqual([{ id: 'a', done: false }]);
  });

  onFallback('arrayFilters are refused', async () => {
    const lessons = collection('lessons_limits');
    await lessons.insertOne({ items: [{ id: 'a', done: false }] });
    const update = lessons.updateOne({}, { $set: { 'items.$[i].done': true } }, { arrayFilters: [{ 'i.id': 'a' }] });
    await expect(update).rejects.toMatchObject({ code: 115 });
  });

  onFallback('a query with a collation is refused', async () => {
    const people = collection('people_limits');
    await people.insertOne({ name: 'Ana' });
    const query = people.find({ name: 'ANA' }).collation({ locale: 'en', strength: 2 }).toArray();
    await expect(query).rejects.toMatchObject({ message: expect.stringMatching(/ignores collations/) as unknown });
  });

  onFallback('a transaction is refused as a standalone mongod refuses it, and writes nothing', async () => {
    const session = mongoose.connection.getClient().startSession();
    const orders = collection('orders_limits');
    try {
      session.startTransaction();
      await expect(orders.insertOne({ total: 1 }, { session })).rejects.toMatchObject({ code: 20 });
    } finally {
      await session.endSession();
    }
    expect(await orders.countDocuments()).toBe(0);
  });

  onFallback('$text search fails with an error', async () => {
    const pages = collection('pages_limits');
    await pages.insertOne({ body: 'smart city sensors' });
    await expect(pages.find({ $text: { $search: 'sensors' } }).toArray()).rejects.toThrow(/\$text/);
  });
});
