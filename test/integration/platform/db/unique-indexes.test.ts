import mongoose from 'mongoose';
import { useTestDatabase } from '../../../support/database';

useTestDatabase();

interface Learner {
  email: string;
  name?: string;
}

const Learner = mongoose.model<Learner>(
  'UniqueIndexLearner',
  new mongoose.Schema<Learner>({ email: { type: String, required: true, unique: true }, name: String }),
);

interface Enrolment {
  learner: string;
  pack: string;
}

const Enrolment = mongoose.model<Enrolment>(
  'UniqueIndexEnrolment',
  new mongoose.Schema<Enrolment>({ learner: String, pack: String }).index({ learner: 1, pack: 1 }, { unique: true }),
);

interface MongoDuplicate {
  code?: number;
  message: string;
  keyValue?: Record<string, unknown>;
}

async function duplicateOf(write: Promise<unknown>): Promise<MongoDuplicate> {
  try {
    await write;
  } catch (error) {
    return error as MongoDuplicate;
  }
  throw new Error('the write was accepted although it duplicates a unique key');
}

beforeAll(async () => {
  await Learner.init();
  await Enrolment.init();
});

describe('unique indexes', () => {
  test('a second insert with a taken email fails with E11000 and stores nothing', async () => {
    await Learner.create({ email: 'ana@example.org' });
    const error = await duplicateOf(Learner.create({ email: 'ana@example.org', name: 'copy' }));
    expect(error.code).toBe(11000);
    expect(error.message).toMatch(/E11000 duplicate key error/);
    expect(error.keyValue).toEqual({ email: 'ana@example.org' });
    expect(await Learner.countDocuments({ email: 'ana@example.org' })).toBe(1);
  });

  test('updateOne that would take another learner’s email fails with 11000 and changes nothing', async () => {
    await Learner.create([{ email: 'ana@example.org' }, { email: 'ben@example.org' }]);
    const error = await duplicateOf(
      Learner.updateOne({ email: 'ben@example.org' }, { $set: { email: 'ana@example.org' } }),
    );
    expect(error.code).toBe(11000);
    expect(await Learner.countDocuments({ email: 'ben@example.org' })).toBe(1);
  });

  test('an upsert that inserts a taken email fails with 11000', async () => {
    await Learner.create({ email: 'ana@example.org', name: 'Ana' });
    const error = await duplicateOf(
      Learner.updateOne({ name: 'Nobody' }, { $set: { email: 'ana@example.org' } }, { upsert: true }),
    );
    expect(error.code).toBe(11000);
    expect(await Learner.countDocuments()).toBe(1);
  });

  test('findOneAndUpdate with upsert onto a taken email fails with 11000', async () => {
    await Learner.create({ email: 'ana@example.org' });
    const error = await duplicateOf(
      Learner.findOneAndUpdate({ name: 'Nobody' }, { $set: { email: 'ana@example.org' } }, { upsert: true }).exec(),
    );
    expect(error.code).toBe(11000);
  });

  test('a compound unique index refuses the same pair but accepts the same learner in another pack', async () => {
    await Enrolment.create({ learner: 'ana', pack: 'iot-fundamentals' });
    await Enrolment.create({ learner: 'ana', pack: 'cyber-basics' });
    const error = await duplicateOf(Enrolment.create({ learner: 'ana', pack: 'iot-fundamentals' }));
    expect(error.code).toBe(11000);
    expect(error.keyValue).toEqual({ learner: 'ana', pack: 'iot-fundamentals' });
  });

  test('an insertMany with one duplicate reports code 11000 and keeps the documents before it', async () => {
    const error = await duplicateOf(
      Learner.insertMany([{ email: 'a@example.org' }, { email: 'b@example.org' }, { email: 'a@example.org' }]),
    );
    expect(error.code).toBe(11000);
    expect(await Learner.countDocuments()).toBe(2);
  });

  test('after its collection is dropped and the index rebuilt, duplicates are still refused', async () => {
    await Learner.collection.drop();
    await Learner.createIndexes();
    await Learner.create({ email: 'ana@example.org' });
    const error = await duplicateOf(Learner.create({ email: 'ana@example.org' }));
    expect(error.code).toBe(11000);
  });

  test('after the whole database is dropped, indexes are listed fresh and enforced once rebuilt', async () => {
    await Learner.create({ email: 'ana@example.org' });
    await mongoose.connection.dropDatabase();
    await Learner.createIndexes();
    const names = (await Learner.collection.listIndexes().toArray()).map((index: { name?: unknown }) =>
      String(index.name),
    );
    expect(names.sort()).toEqual(['_id_', 'email_1']);
    await Learner.create({ email: 'ana@example.org' });
    expect((await duplicateOf(Learner.create({ email: 'ana@example.org' }))).code).toBe(11000);
  });
});
