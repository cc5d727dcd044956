/**
 * Typed view of the parts of CongoDB (`@push.rocks/smartmongo@2.2.0`, folder `dist_ts/congodb`) that the
 * fallback wrapper touches. None of this is public API: field names, constructor shapes and the storage
 * layout were read from the 2.2.0 sources, so the loader refuses any other version rather than misbehave.
 */
import { readFile } from 'node:fs/promises';
import type { UpdateEngineStatics } from './congo-patches';

/** The only smartmongo version whose internals this wrapper was written against. */
export const PINNED_SMARTMONGO_VERSION = '2.2.0';

/** A stored document; `_id` may be an ObjectId (CongoDB's assumption) or any other BSON value (ours). */
export type Doc = Record<string, unknown>;

/** An index as kept in `MemoryStorageAdapter.indexes` (we add `partialFilterExpression`). */
export interface StoredIndexSpec {
  name: string;
  key: Record<string, unknown>;
  unique?: boolean;
  sparse?: boolean;
  expireAfterSeconds?: number;
  partialFilterExpression?: Doc;
}

/** `MemoryStorageAdapter` 2.2.0: `databases` is db → collection → (`_id` key → document). */
export interface MemoryStorage {
  databases: Map<string, Map<string, Map<string, Doc>>>;
  indexes: Map<string, Map<string, StoredIndexSpec[]>>;
  initialize(): Promise<void>;
  close(): Promise<void>;
  /** Synchronous: creates the database and collection maps if missing and returns the documents map. */
  ensureCollection(db: string, coll: string): Map<string, Doc>;
  createCollection(db: string, coll: string): Promise<void>;
  collectionExists(db: string, coll: string): Promise<boolean>;
  dropCollection(db: string, coll: string): Promise<boolean>;
  dropDatabase(db: string): Promise<boolean>;
  renameCollection(db: string, from: string, to: string): Promise<void>;
  insertOne(db: string, coll: string, doc: Doc): Promise<Doc>;
  findAll(db: string, coll: string): Promise<Doc[]>;
  findById(db: string, coll: string, id: unknown): Promise<Doc | null>;
  updateById(db: string, coll: string, id: unknown, doc: Doc): Promise<boolean>;
  deleteById(db: string, coll: string, id: unknown): Promise<boolean>;
  saveIndex(db: string, coll: string, name: string, spec: Omit<StoredIndexSpec, 'name'>): Promise<void>;
  getIndexes(db: string, coll: string): Promise<StoredIndexSpec[]>;
  dropIndex(db: string, coll: string, name: string): Promise<boolean>;
}

/** What a command handler receives (`CommandRouter.route` builds it). */
export interface CommandContext {
  storage: MemoryStorage;
  database: string;
  command: Doc;
  documentSequences?: Map<string, Doc[]>;
}

/** A CongoDB command handler: every handler class has one `handle` method. */
export interface CommandHandler {
  handle(context: CommandContext): Promise<Doc>;
}

/** One parsed wire message, as `WireProtocol.parseMessage` returns it. */
export interface ParsedCommand {
  commandName: string;
  command: Doc;
  database: string;
  documentSequences?: Map<string, Doc[]>;
}

/** `CommandRouter` 2.2.0: handlers by command name, and the `route` the server calls per message. */
export interface CommandRouter {
  handlers: Map<string, CommandHandler>;
  route(parsed: ParsedCommand): Promise<Doc>;
}

/** `CongoServer` 2.2.0: we replace `storage` and `commandRouter` before `start()`. */
export interface CongoServer {
  storage: MemoryStorage;
  commandRouter: CommandRouter;
  server: { address(): unknown } | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The subset of bson 6 (CongoDB's own copy) the wrapper needs; its types must match CongoDB's. */
export interface CongoBson {
  ObjectId: new () => object;
  Long: { fromNumber(value: number): object };
  EJSON: {
    stringify(value: unknown, options?: { relaxed?: boolean }): string;
    parse(text: string, options?: { relaxed?: boolean }): unknown;
  };
}

/** The module `@push.rocks/smartmongo/dist_ts/congodb/index.js`, as far as we use it. */
export interface CongoModule {
  CongoServer: new (options: { port: number; host: string; storage: 'memory' }) => CongoServer;
  CommandRouter: new (storage: MemoryStorage, server: CongoServer) => CommandRouter;
  MemoryStorageAdapter: new () => MemoryStorage;
  QueryEngine: {
    matches(doc: Doc, filter: Doc): boolean;
    getNestedValue(doc: Doc, path: string): unknown;
  };
  UpdateEngine: UpdateEngineStatics;
  plugins: { bson: CongoBson };
}

/** Checks the installed smartmongo version, then loads CongoDB (an ES module) with a native `import()`. */
export async function loadCongo(): Promise<CongoModule> {
  const manifest = JSON.parse(await readFile(require.resolve('@push.rocks/smartmongo/package.json'), 'utf8')) as {
    version?: unknown;
  };
  if (manifest.version !== PINNED_SMARTMONGO_VERSION) {
    throw new Error(
      `the embedded fallback wraps internals of @push.rocks/smartmongo ${PINNED_SMARTMONGO_VERSION}, ` +
        `found ${String(manifest.version)}: pin it back or re-check src/platform/db/fallback/`,
    );
  }
  const loaded: unknown = await import('@push.rocks/smartmongo/dist_ts/congodb/index.js');
  assertCongoShape(loaded);
  return loaded;
}

function assertCongoShape(value: unknown): asserts value is CongoModule {
  const mod = value as Partial<Record<keyof CongoModule, unknown>>;
  const ok =
    typeof mod.CongoServer === 'function' &&
    typeof mod.CommandRouter === 'function' &&
    typeof mod.MemoryStorageAdapter === 'function' &&
    typeof mod.QueryEngine === 'function' &&
    typeof mod.UpdateEngine === 'function' &&
    typeof mod.plugins === 'object';
  if (!ok) throw new Error('CongoDB module does not have the 2.2.0 shape this wrapper expects');
}
