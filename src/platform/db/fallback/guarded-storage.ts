/**
 * CongoDB's in-memory storage with what the app relies on and CongoDB 2.2.0 lacks:
 * - unique indexes enforced on every insert, update and upsert (CongoDB stores them but never checks);
 * - `_id` of any BSON type (CongoDB keys documents by `_id.toHexString()`, so connect-mongo's string
 *   session ids failed): ObjectIds keep CongoDB's hex key, other values get a `~`-prefixed EJSON key;
 * - a change hook, so the snapshot writer knows which collections to save.
 * Check and write happen in the same synchronous step, so no other command can slip between them;
 * unique keys are kept in `UniqueKeyCache` so a check costs O(1), not a collection scan.
 */
import type { CongoModule, Doc, MemoryStorage, StoredIndexSpec } from './congo-internals';
import { expandDottedKeys } from './congo-patches';
import { UniqueKeyCache, type CachedWrite } from './unique-key-cache';
import { DuplicateKeyError, duplicateKeyError, type KeyTools } from './unique-keys';

/** What the storage tells its owner. */
export interface StorageHooks {
  /** Every change; `coll` undefined means the whole database changed (dropped). */
  changed(db: string, coll?: string): void;
  /** A write refused for a duplicate key (before the error is thrown). */
  refused(error: DuplicateKeyError): void;
}

/** The storage the fallback server runs on. */
export interface GuardedStorage extends MemoryStorage {
  /** Loads a collection from a snapshot without checks or change notifications. */
  loadCollection(db: string, coll: string, indexes: StoredIndexSpec[], docs: Doc[]): void;
  /** Storage key of an `_id` (the key of `databases.get(db).get(coll)`). */
  keyOf(id: unknown): string;
}

const ID_INDEX: StoredIndexSpec = { name: '_id_', key: { _id: 1 }, unique: true };

/** The key tools built on CongoDB's own query engine and bson copy, so types and semantics match. */
export function congoKeyTools(congo: CongoModule): KeyTools {
  return {
    getNestedValue: (doc, path) => congo.QueryEngine.getNestedValue(doc, path),
    matches: (doc, filter) => congo.QueryEngine.matches(doc, filter),
    stringify: (value) => congo.plugins.bson.EJSON.stringify(value, { relaxed: true }),
  };
}

/** Storage key of an `_id`: ObjectIds as CongoDB keys them (hex), anything else as `~` + EJSON. */
export function storageKeyOf(id: unknown, stringify: (value: unknown) => string): string {
  const candidate = id as { _bsontype?: unknown; toHexString?: unknown } | null;
  if (candidate?._bsontype === 'ObjectId' && typeof candidate.toHexString === 'function') {
    return (candidate as { toHexString(): string }).toHexString();
  }
  return `~${stringify(id)}`;
}

type BaseOps = Pick<
  MemoryStorage,
  'createCollection' | 'dropCollection' | 'dropDatabase' | 'renameCollection' | 'saveIndex' | 'dropIndex'
>;

/** The replacement methods, bound to one storage instance. */
class StorageGuard {
  constructor(
    private readonly store: MemoryStorage,
    private readonly base: BaseOps,
    private readonly tools: KeyTools,
    private readonly hooks: StorageHooks,
  ) {
    this.cache = new UniqueKeyCache(tools);
  }

  private readonly cache: UniqueKeyCache;

  keyOf(id: unknown): string {
    return storageKeyOf(id, this.tools.stringify);
  }

  /** Checks the unique indexes, applies the change to the map, then updates the key cache. */
  private write(db: string, coll: string, storageKey: string, after: Doc): void {
    const collection = this.store.ensureCollection(db, coll);
    const change: CachedWrite = {
      namespace: `${db}.${coll}`,
      specs: this.store.indexes.get(db)?.get(coll) ?? [],
      documents: () => collection.entries(),
      storageKey,
      before: collection.get(storageKey) ?? null,
      after,
    };
    try {
      this.cache.check(change);
    } catch (error) {
      if (error instanceof DuplicateKeyError) this.refuse(error);
      throw error;
    }
    collection.set(storageKey, after);
    this.cache.apply(change);
    this.hooks.changed(db, coll);
  }

  private refuse(error: DuplicateKeyError): never {
    this.hooks.refused(error);
    throw error;
  }

  insertOne(db: string, coll: string, doc: Doc, newId: () => object): Doc {
    const stored: Doc = expandDottedKeys({ ...doc, _id: doc._id ?? newId() });
    const key = this.keyOf(stored._id);
    if (this.store.ensureCollection(db, coll).has(key)) {
      this.refuse(duplicateKeyError(`${db}.${coll}`, ID_INDEX, [stored._id], this.tools));
    }
    this.write(db, coll, key, stored);
    return stored;
  }

  updateById(db: string, coll: string, id: unknown, doc: Doc): boolean {
    const key = this.keyOf(id);
    if (!this.store.ensureCollection(db, coll).has(key)) return false;
    this.write(db, coll, key, doc);
    return true;
  }

  deleteById(db: string, coll: string, id: unknown): boolean {
    const collection = this.store.ensureCollection(db, coll);
    const storageKey = this.keyOf(id);
    const before = collection.get(storageKey);
    if (!before) return false;
    collection.delete(storageKey);
    const specs = this.store.indexes.get(db)?.get(coll) ?? [];
    this.cache.apply({ namespace: `${db}.${coll}`, specs, documents: () => [], storageKey, before, after: null });
    this.hooks.changed(db, coll);
    return true;
  }

  /** A collection, its database or its indexes changed wholesale: forget cached keys, save it. */
  restructured(db: string, coll?: string): void {
    this.cache.invalidate(db, coll);
    this.hooks.changed(db, coll);
  }

  findById(db: string, coll: string, id: unknown): Doc | null {
    return this.store.ensureCollection(db, coll).get(this.keyOf(id)) ?? null;
  }

  async createCollection(db: string, coll: string): Promise<void> {
    const existed = this.store.databases.get(db)?.has(coll) === true;
    await this.base.createCollection(db, coll);
    if (!existed) this.hooks.changed(db, coll);
  }

  loadCollection(db: string, coll: string, indexes: StoredIndexSpec[], docs: Doc[]): void {
    const collection = this.store.ensureCollection(db, coll);
    const specs = indexes.some((spec) => spec.name === '_id_') ? indexes : [ID_INDEX, ...indexes];
    this.store.indexes.get(db)?.set(coll, specs);
    for (const doc of docs) collection.set(this.keyOf(doc._id), doc);
    this.cache.invalidate(db, coll);
  }
}

/** The storage API is promise-based; the guarded work itself is synchronous on purpose. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Runs a storage operation, then reports the namespace it changed. */
function notifying<A extends [string, ...unknown[]], R>(
  run: (...args: A) => Promise<R>,
  changed: (...args: A) => void,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const result = await run(...args);
    changed(...args);
    return result;
  };
}

/**
 * Creates the storage: a CongoDB `MemoryStorageAdapter` whose methods are replaced on the instance
 * (its own `insertMany` and `deleteByIds` call `this.insertOne` / `this.deleteById`, so they follow).
 */
export function createGuardedStorage(congo: CongoModule, hooks: StorageHooks): GuardedStorage {
  const store = new congo.MemoryStorageAdapter();
  const base: BaseOps = {
    createCollection: store.createCollection.bind(store),
    dropCollection: store.dropCollection.bind(store),
    dropDatabase: store.dropDatabase.bind(store),
    renameCollection: store.renameCollection.bind(store),
    saveIndex: store.saveIndex.bind(store),
    dropIndex: store.dropIndex.bind(store),
  };
  const guard = new StorageGuard(store, base, congoKeyTools(congo), hooks);
  const newId = (): object => new congo.plugins.bson.ObjectId();
  return Object.assign(store, {
    insertOne: (db: string, coll: string, doc: Doc) => settle(() => guard.insertOne(db, coll, doc, newId)),
    updateById: (db: string, coll: string, id: unknown, doc: Doc) => settle(() => guard.updateById(db, coll, id, doc)),
    deleteById: (db: string, coll: string, id: unknown) => settle(() => guard.deleteById(db, coll, id)),
    findById: (db: string, coll: string, id: unknown) => settle(() => guard.findById(db, coll, id)),
    createCollection: (db: string, coll: string) => guard.createCollection(db, coll),
    dropCollection: notifying(base.dropCollection, (db, coll) => {
      guard.restructured(db, coll);
    }),
    dropDatabase: notifying(base.dropDatabase, (db) => {
      guard.restructured(db);
    }),
    renameCollection: notifying(base.renameCollection, (db, from, to) => {
      guard.restructured(db, from);
      guard.restructured(db, to);
    }),
    saveIndex: notifying(base.saveIndex, (db, coll) => {
      guard.restructured(db, coll);
    }),
    dropIndex: notifying(base.dropIndex, (db, coll) => {
      guard.restructured(db, coll);
    }),
    loadCollection: guard.loadCollection.bind(guard),
    keyOf: guard.keyOf.bind(guard),
  });
}
