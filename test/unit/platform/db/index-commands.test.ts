import type {
  CommandContext,
  Doc,
  MemoryStorage,
  StoredIndexSpec,
} from '../../../../src/platform/db/fallback/congo-internals';
import { createIndexCommands, toIndexSpec } from '../../../../src/platform/db/fallback/index-commands';
import { keyTools } from './key-tools';

/** The storage calls the index commands make, over one in-memory collection. */
function fakeStorage(docs: Doc[] = []): MemoryStorage {
  let indexes: StoredIndexSpec[] = [{ name: '_id_', key: { _id: 1 }, unique: true }];
  let exists = false;
  const storage: Partial<MemoryStorage> = {
    collectionExists: () => Promise.resolve(exists),
    createCollection: () => {
      exists = true;
      return Promise.resolve();
    },
    getIndexes: () => Promise.resolve(indexes),
    findAll: () => Promise.resolve(docs),
    saveIndex: (_db, _coll, name, spec) => {
      indexes = [...indexes, { name, ...spec }];
      return Promise.resolve();
    },
    dropIndex: (_db, _coll, name) => {
      indexes = indexes.filter((index) => index.name !== name);
      return Promise.resolve(true);
    },
  };
  return storage as MemoryStorage;
}

function run(storage: MemoryStorage, command: Doc): Promise<Doc> {
  const context: CommandContext = { storage, database: 'tessera', command };
  return createIndexCommands(keyTools, () => 0).handle(context);
}

const createEmail = (options: Doc = {}) => ({
  createIndexes: 'users',
  indexes: [{ key: { email: 1 }, name: 'email_1', unique: true, ...options }],
});

describe('index commands of the fallback', () => {
  test('create then list shows the index with its options and _id_ without a unique flag', async () => {
    const storage = fakeStorage();
    expect(await run(storage, createEmail({ partialFilterExpression: { kind: 'learner' } }))).toMatchObject({
      ok: 1,
      numIndexesBefore: 1,
      numIndexesAfter: 2,
      createdCollectionAutomatically: true,
    });
    const listed = await run(storage, { listIndexes: 'users' });
    expect((listed.cursor as { firstBatch: Doc[] }).firstBatch).toEqual([
      { v: 2, key: { _id: 1 }, name: '_id_' },
      { v: 2, key: { email: 1 }, name: 'email_1', unique: true, partialFilterExpression: { kind: 'learner' } },
    ]);
  });

  test('a unique index over existing duplicates is refused with 11000 and not saved', async () => {
    const storage = fakeStorage([{ email: 'a@x' }, { email: 'a@x' }]);
    expect(await run(storage, createEmail())).toMatchObject({ ok: 0, code: 11000, keyValue: { email: 'a@x' } });
    expect(await storage.getIndexes('tessera', 'users')).toHaveLength(1);
  });

  test('creating the same index twice is fine; the same name with another key or options is a conflict', async () => {
    const storage = fakeStorage();
    await run(storage, createEmail());
    expect(await run(storage, createEmail())).toMatchObject({ ok: 1 });
    const otherKey = { createIndexes: 'users', indexes: [{ key: { mail: 1 }, name: 'email_1' }] };
    expect(await run(storage, otherKey)).toMatchObject({ ok: 0, code: 86 });
    expect(await run(storage, createEmail({ unique: false }))).toMatchObject({ ok: 0, code: 85 });
  });

  test('listing or dropping on a missing collection answers NamespaceNotFound (26)', async () => {
    expect(await run(fakeStorage(), { listIndexes: 'nothing' })).toMatchObject({ ok: 0, code: 26 });
    expect(await run(fakeStorage(), { dropIndexes: 'nothing', index: '*' })).toMatchObject({ ok: 0, code: 26 });
  });

  test("dropIndexes '*' keeps _id_, an unknown name answers IndexNotFound (27)", async () => {
    const storage = fakeStorage();
    await run(storage, createEmail());
    expect(await run(storage, { dropIndexes: 'users', index: 'nope_1' })).toMatchObject({ ok: 0, code: 27 });
    expect(await run(storage, { dropIndexes: 'users', index: '*' })).toMatchObject({ ok: 1, nIndexesWas: 2 });
    expect((await storage.getIndexes('tessera', 'users')).map((index) => index.name)).toEqual(['_id_']);
  });

  test('an index without a name gets mongod’s generated one; one without a key is unreadable', () => {
    expect(toIndexSpec({ key: { learner: 1, at: -1 } })?.name).toBe('learner_1_at_-1');
    expect(toIndexSpec({ name: 'x' })).toBeNull();
  });
});
