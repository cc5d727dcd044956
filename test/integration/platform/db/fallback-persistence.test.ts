/**
 * The fallback keeps data across restarts in <dataDir>/fallback. Each server runs in a child process
 * (see test/support/fallback-child.ts), so it can be stopped in order or killed outright.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startFallbackProcess, type FallbackProcess } from '../../../support/fallback-process';

let dataDir: string;
const running: FallbackProcess[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-fallback-'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.kill()));
  await rm(dataDir, { recursive: true, force: true });
});

async function start(): Promise<FallbackProcess> {
  const server = await startFallbackProcess(dataDir);
  running.push(server);
  return server;
}

async function withConnection<T>(uri: string, work: (db: mongoose.mongo.Db) => Promise<T>): Promise<T> {
  const connection = await mongoose.createConnection(uri, { dbName: 'persist_test' }).asPromise();
  try {
    if (!connection.db) throw new Error('not connected');
    return await work(connection.db);
  } finally {
    await connection.close();
  }
}

const learnerId = new mongoose.Types.ObjectId();
const completedAt = new Date('2026-03-02T09:30:00.123Z');
const progress = {
  learner: learnerId,
  pack: 'iot-fundamentals',
  lessons: { 'what-is-iot': { completedAt, score: 0.75 } },
  attempts: [completedAt],
  certificate: new mongoose.mongo.Binary(Buffer.from([0, 1, 2, 254, 255])),
};

async function writeProgress(uri: string): Promise<void> {
  await withConnection(uri, async (db) => {
    await db.collection('progress').createIndex({ learner: 1, pack: 1 }, { unique: true });
    await db.collection('progress').insertOne({ ...progress });
    await db
      .collection('sessions')
      .insertOne({ _id: 'k3JZ6r9XyQbT0vW2nLm8pA4sD7fG1hJ5' as never, expires: completedAt });
  });
}

interface StoredProgress {
  learner: mongoose.Types.ObjectId;
  pack: string;
  lessons: Record<string, { completedAt: Date; score: number }>;
  attempts: Date[];
  certificate: mongoose.mongo.Binary;
}

async function expectProgressBack(uri: string): Promise<void> {
  await withConnection(uri, async (db) => {
    const stored = await db.collection<StoredProgress>('progress').findOne({ learner: learnerId });
    expect(stored?.learner).toBeInstanceOf(mongoose.mongo.ObjectId);
    expect(stored?.learner.toString()).toBe(learnerId.toString());
    expect(stored?.lessons).toEqual({ 'what-is-iot': { completedAt, score: 0.75 } });
    expect(stored?.lessons['what-is-iot']?.completedAt).toBeInstanceOf(Date);
    expect(stored?.attempts).toEqual([completedAt]);
    expect(Buffer.from(stored?.certificate.buffer ?? [])).toEqual(Buffer.from([0, 1, 2, 254, 255]));
    const session = await db.collection('sessions').findOne({ _id: 'k3JZ6r9XyQbT0vW2nLm8pA4sD7fG1hJ5' as never });
    expect(session?.expires).toEqual(completedAt);
    const again = db.collection('progress').insertOne({ learner: learnerId, pack: 'iot-fundamentals' });
    await expect(again).rejects.toMatchObject({ code: 11000 });
  });
}

describe('fallback data across restarts', () => {
  test('after an orderly stop, Dates, ObjectIds, binary data, string ids and unique indexes come back; a dropped database stays dropped', async () => {
    const first = await start();
    await writeProgress(first.uri);
    await first.stop();
    const second = await start();
    await expectProgressBack(second.uri);
    await withConnection(second.uri, (db) => db.dropDatabase());
    await second.stop();
    expect(await readdir(path.join(dataDir, 'fallback'))).not.toContain('persist_test');
    const third = await start();
    await withConnection(third.uri, async (db) => {
      expect(await db.collection('progress').countDocuments()).toBe(0);
    });
  });

  test('writes reach the disk shortly after they happen, so they survive the process being killed', async () => {
    const first = await start();
    await writeProgress(first.uri);
    await first.persisted();
    await first.kill();
    const second = await start();
    await expectProgressBack(second.uri);
  });
});
