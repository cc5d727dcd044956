import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import type { Doc } from '../../../../src/platform/db/fallback/congo-internals';
import { collectionFile, formatSnapshot, readSnapshot } from '../../../../src/platform/db/fallback/snapshot-files';
import { SnapshotWriter, type SnapshotSource } from '../../../../src/platform/db/fallback/snapshot-writer';

const { EJSON } = mongoose.mongo.BSON;
const stringify = (value: unknown) => EJSON.stringify(value, { relaxed: true });
const parse = (text: string): unknown => EJSON.parse(text, { relaxed: true });

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tessera-snapshot-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** An in-memory "storage" of db → collection → documents that the writer saves. */
function memorySource(data: Map<string, Map<string, Doc[]>>): SnapshotSource {
  return {
    serialize: (db, coll) => {
      const documents = data.get(db)?.get(coll);
      return documents ? formatSnapshot({ database: db, collection: coll, indexes: [], documents }, stringify) : null;
    },
    collections: (db) => [...(data.get(db)?.keys() ?? [])],
  };
}

const logger = { info: jest.fn(), warn: jest.fn() };

describe('snapshot files', () => {
  test('a collection comes back with Dates, ObjectIds and binary data as they were', async () => {
    const doc = {
      _id: new mongoose.Types.ObjectId(),
      at: new Date('2026-03-02T09:30:00.123Z'),
      bin: new mongoose.mongo.Binary(Buffer.from([0, 255])),
    };
    await mkdir(path.dirname(collectionFile(root, 'tessera', 'fs.files')), { recursive: true });
    const text = formatSnapshot(
      { database: 'tessera', collection: 'fs.files', indexes: [], documents: [doc] },
      stringify,
    );
    await writeFile(collectionFile(root, 'tessera', 'fs.files'), text);
    const { collections } = await readSnapshot(root, parse);
    const [loaded] = collections;
    expect(loaded?.collection).toBe('fs.files');
    expect(loaded?.documents[0]?._id).toBeInstanceOf(mongoose.mongo.ObjectId);
    expect(loaded?.documents[0]?.at).toEqual(doc.at);
    expect(loaded?.documents[0]?.bin).toBeInstanceOf(mongoose.mongo.Binary);
  });

  test('an unreadable file is set aside and reported; a leftover temporary file is deleted', async () => {
    const dir = path.join(root, 'tessera');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'users.json'), '{"format": "something else"');
    await writeFile(path.join(dir, 'users.json.123.tmp'), 'half written');
    const { collections, unreadable } = await readSnapshot(root, parse);
    expect(collections).toEqual([]);
    expect(unreadable.map((item) => path.basename(item.file))).toEqual(['users.json']);
    const left = await readdir(dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^users\.json\.unreadable-\d+$/);
  });

  test('a missing data folder reads as empty', async () => {
    expect(await readSnapshot(path.join(root, 'absent'), parse)).toEqual({ collections: [], unreadable: [] });
  });
});

describe('the snapshot writer', () => {
  test('saves a changed collection shortly after the change, without being asked', async () => {
    const data = new Map([['tessera', new Map([['users', [{ _id: 1, name: 'Ana' }] as Doc[]]])]]);
    const writer = new SnapshotWriter({ root, source: memorySource(data), logger, quietMs: 5 });
    writer.changed('tessera', 'users');
    await writer.whenPersisted();
    const saved = parse(await readFile(collectionFile(root, 'tessera', 'users'), 'utf8')) as { documents: Doc[] };
    expect(saved.documents).toEqual([{ _id: 1, name: 'Ana' }]);
    await writer.close();
  });

  test('close saves what is pending at once', async () => {
    const data = new Map([['tessera', new Map([['users', [{ _id: 1 }] as Doc[]]])]]);
    const writer = new SnapshotWriter({
      root,
      source: memorySource(data),
      logger,
      quietMs: 60_000,
      maxDelayMs: 60_000,
    });
    writer.changed('tessera', 'users');
    await writer.close();
    expect(await readdir(path.join(root, 'tessera'))).toEqual(['users.json']);
  });

  test('a dropped collection and a dropped database disappear from disk', async () => {
    const data = new Map([
      [
        'tessera',
        new Map([
          ['users', [] as Doc[]],
          ['sessions', [] as Doc[]],
        ]),
      ],
    ]);
    const writer = new SnapshotWriter({ root, source: memorySource(data), logger, quietMs: 5 });
    writer.changed('tessera', 'users');
    writer.changed('tessera', 'sessions');
    await writer.whenPersisted();
    data.get('tessera')?.delete('sessions');
    writer.changed('tessera', 'sessions');
    await writer.whenPersisted();
    expect(await readdir(path.join(root, 'tessera'))).toEqual(['users.json']);
    data.delete('tessera');
    writer.changed('tessera');
    await writer.close();
    expect(await readdir(root)).toEqual([]);
  });
});
