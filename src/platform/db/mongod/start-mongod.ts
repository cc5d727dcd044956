/**
 * Runs a standalone mongod through mongodb-memory-server. Standalone, not a single-node replica set: a
 * replica set's configuration stores its host and port, so a persisted one fails to come back on another
 * port, and the app must not rely on transactions anyway (the fallback cannot roll them back).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { MongoMemoryServer } from 'mongodb-memory-server-core';

/** A running mongod. */
export interface RunningMongod {
  uri: string;
  /** `<dataDir>/mongod` with persist, else null (a temporary folder removed on stop). */
  dbPath: string | null;
  stop(): Promise<void>;
}

/** Starts mongod from `binary` on 127.0.0.1 and a free port. */
export async function startMongod(binary: string, dataDir: string, persist: boolean): Promise<RunningMongod> {
  const dbPath = persist ? path.join(dataDir, 'mongod') : null;
  if (dbPath) await mkdir(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    binary: { systemBinary: binary },
    instance: { ip: '127.0.0.1', storageEngine: 'wiredTiger', ...(dbPath ? { dbPath } : {}) },
  });
  return {
    uri: server.getUri(),
    dbPath,
    stop: async () => {
      // doCleanup removes only the temporary folder mongodb-memory-server made, never a given dbPath.
      await server.stop({ doCleanup: true, force: false });
    },
  };
}
