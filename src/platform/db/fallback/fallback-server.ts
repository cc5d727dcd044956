/**
 * The embedded fallback database: CongoDB's wire-protocol server (`@push.rocks/smartmongo@2.2.0`, pure
 * TypeScript) on 127.0.0.1, with our storage, index commands, write serialisation and EJSON snapshots
 * in place of its own. Used only where no mongod can be had (see docs/database.md).
 */
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DbLogger, EmbeddedDatabase } from '../types';
import { displayPath } from '../display-path';
import { DuplicateKeyLog, gateCommands } from './command-gate';
import { lockDataFolder } from './data-lock';
import { loadCongo, type CongoModule, type CongoServer } from './congo-internals';
import { patchUpdateEngine } from './congo-patches';
import { congoKeyTools, createGuardedStorage, type GuardedStorage } from './guarded-storage';
import { createIndexCommands } from './index-commands';
import { KeyedMutex } from './keyed-mutex';
import { formatSnapshot, readSnapshot } from './snapshot-files';
import { SnapshotWriter, type SnapshotSource } from './snapshot-writer';
import { startTtlMonitor, ttlNamespaces, type TtlStore } from './ttl-monitor';

/** Options of the fallback; `quietMs` shortens the save delay in tests. */
export interface FallbackOptions {
  dataDir: string;
  persist: boolean;
  logger: DbLogger;
  quietMs?: number;
}

/** A running fallback server. */
export interface FallbackDatabase extends EmbeddedDatabase {
  kind: 'fallback';
  /** Resolves once every write acknowledged before the call is on disk (immediately without persist). */
  whenPersisted(): Promise<void>;
}

const ejsonOf = (congo: CongoModule) => ({
  stringify: (value: unknown) => congo.plugins.bson.EJSON.stringify(value, { relaxed: true }),
  parse: (text: string) => congo.plugins.bson.EJSON.parse(text, { relaxed: true }),
});

function snapshotSource(congo: CongoModule, storage: () => GuardedStorage): SnapshotSource {
  const { stringify } = ejsonOf(congo);
  return {
    serialize(db, coll) {
      const docs = storage().databases.get(db)?.get(coll);
      if (!docs) return null;
      const indexes = storage().indexes.get(db)?.get(coll) ?? [];
      return formatSnapshot({ database: db, collection: coll, indexes, documents: [...docs.values()] }, stringify);
    },
    collections: (db) => [...(storage().databases.get(db)?.keys() ?? [])],
  };
}

async function loadSnapshot(congo: CongoModule, storage: GuardedStorage, root: string, logger: DbLogger) {
  const { collections, unreadable } = await readSnapshot(root, ejsonOf(congo).parse);
  for (const item of collections) storage.loadCollection(item.database, item.collection, item.indexes, item.documents);
  for (const { file, reason } of unreadable) {
    logger.warn({ file, reason }, 'database: a fallback data file could not be read; it was set aside and not loaded');
  }
}

function ttlStore(congo: CongoModule, storage: GuardedStorage): TtlStore {
  return {
    namespaces: () => ttlNamespaces(storage.indexes),
    documents: (db, coll) => [...(storage.databases.get(db)?.get(coll)?.values() ?? [])],
    remove: async (db, coll, id) => {
      await storage.deleteById(db, coll, id);
    },
    getNestedValue: (doc, field) => congo.QueryEngine.getNestedValue(doc, field),
  };
}

/** Builds the server with our storage and router in place of CongoDB's (fields of CongoServer 2.2.0). */
function buildServer(congo: CongoModule, storage: GuardedStorage, locks: KeyedMutex, duplicates: DuplicateKeyLog) {
  const server = new congo.CongoServer({ port: 0, host: '127.0.0.1', storage: 'memory' });
  server.storage = storage;
  server.commandRouter = new congo.CommandRouter(storage, server);
  const indexCommands = createIndexCommands(congoKeyTools(congo), () => congo.plugins.bson.Long.fromNumber(0));
  for (const name of ['createIndexes', 'listIndexes', 'dropIndexes'])
    server.commandRouter.handlers.set(name, indexCommands);
  gateCommands(server.commandRouter, locks, duplicates);
  return server;
}

function listeningPort(server: CongoServer): number {
  const address = server.server?.address() as AddressInfo | null | undefined;
  if (!address || typeof address.port !== 'number') throw new Error('the fallback server did not report its port');
  return address.port;
}

/** The parts of a fallback server, wired together but not yet listening. */
async function assemble(options: FallbackOptions) {
  const congo = await loadCongo();
  patchUpdateEngine(congo.UpdateEngine, (doc, filter) => congo.QueryEngine.matches(doc, filter));
  const root = path.join(options.dataDir, 'fallback');
  const locks = new KeyedMutex();
  const duplicates = new DuplicateKeyLog();
  const source = snapshotSource(congo, () => storage);
  const writer = options.persist
    ? new SnapshotWriter({ root, source, logger: options.logger, quietMs: options.quietMs })
    : null;
  const storage = createGuardedStorage(congo, {
    changed: (db, coll) => {
      writer?.changed(db, coll);
    },
    refused: (error) => {
      duplicates.remember(error);
    },
  });
  const unlock = options.persist ? await lockDataFolder(root) : () => Promise.resolve();
  try {
    if (options.persist) await loadSnapshot(congo, storage, root, options.logger);
  } catch (error) {
    await unlock();
    throw error;
  }
  return { congo, root, locks, writer, storage, unlock, server: buildServer(congo, storage, locks, duplicates) };
}

/** Starts the fallback server; with `persist`, data is loaded from and saved to `<dataDir>/fallback`. */
export async function startFallbackDatabase(options: FallbackOptions): Promise<FallbackDatabase> {
  const { congo, root, locks, writer, storage, unlock, server } = await assemble(options);
  await server.start().catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const ttl = startTtlMonitor({
    store: ttlStore(congo, storage),
    runLocked: (namespace, task) => locks.run(namespace, task),
    onError: (err) => {
      options.logger.warn({ err }, 'database: removing expired documents failed');
    },
  });
  // Stop accepting commands first, let queued writes finish, then save what they changed.
  const stop = async (): Promise<void> => {
    ttl.stop();
    await server.stop();
    await locks.idle();
    await writer?.close();
    await unlock();
  };
  let stopping: Promise<void> | null = null;
  const where = options.persist ? `data in ${displayPath(root)}` : 'data in memory only';
  return {
    uri: `mongodb://127.0.0.1:${listeningPort(server)}/`,
    kind: 'fallback',
    description: `embedded fallback (CongoDB, MongoDB wire-compatible) — ${where}`,
    whenPersisted: () => writer?.whenPersisted() ?? Promise.resolve(),
    stop: () => (stopping ??= stop()),
  };
}
