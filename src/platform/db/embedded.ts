/**
 * The database `npm start` and the tests run when no `MONGODB_URI` is given: a real mongod when one can
 * be had, else the embedded fallback server. Announced in exactly one info line. See docs/database.md.
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from './display-path';
import { startFallbackDatabase } from './fallback/fallback-server';
import { findMongodBinary, type BinaryLookup } from './mongod/find-binary';
import { mongoMemoryServerFinders } from './mongod/mms-finders';
import { startMongod } from './mongod/start-mongod';
import type { EmbeddedDatabase, EmbeddedDatabaseOptions } from './types';

export type { DbLogger, EmbeddedDatabase, EmbeddedDatabaseOptions } from './types';

const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000;

/** Why mongod is not used: a short form for the announcement, the detail for its fields. */
interface NoMongod {
  summary: string;
  detail: string;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Finds a binary; never throws (an unsupported platform, say, just means no mongod). */
async function locateBinary(options: EmbeddedDatabaseOptions): Promise<BinaryLookup> {
  try {
    return await findMongodBinary(await mongoMemoryServerFinders(), {
      dataDir: options.dataDir,
      logger: options.logger,
      downloadTimeoutMs: options.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
    });
  } catch (error) {
    return { path: null, reason: `looking for mongod failed: ${messageOf(error)}` };
  }
}

async function tryMongod(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase | NoMongod> {
  const binary = await locateBinary(options);
  if (binary.path === null) return { summary: 'no mongod found', detail: binary.reason };
  try {
    const mongod = await startMongod(binary.path, options.dataDir, options.persist);
    const where = mongod.dbPath ? `data in ${displayPath(mongod.dbPath)}` : 'data in a temporary folder';
    const from = `${binary.source === 'PATH' ? 'from PATH' : `from ${binary.source}`}: ${binary.path}`;
    return {
      uri: mongod.uri,
      kind: 'mongod',
      description: `embedded mongod (standalone, ${from}) — ${where}`,
      stop: () => mongod.stop(),
    };
  } catch (error) {
    // Another mongod on the same data folder: using the fallback would silently show other data.
    if (/DBPathInUse|already running|lock file/i.test(messageOf(error))) throw error;
    options.logger.warn({ err: error, binary: binary.path }, 'database: mongod was found but did not start');
    return { summary: 'mongod did not start', detail: `${binary.path}: ${messageOf(error)}` };
  }
}

async function hasFiles(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

/** Data kept by the other kind of embedded database is not visible to this one: say so, never hide it. */
async function warnAboutOtherData(options: EmbeddedDatabaseOptions, kind: EmbeddedDatabase['kind']): Promise<void> {
  const other = path.join(options.dataDir, kind === 'mongod' ? 'fallback' : 'mongod');
  if (!(await hasFiles(other))) return;
  options.logger.warn(
    { otherData: displayPath(other), using: kind },
    `database: ${displayPath(other)} holds data of the other embedded database, which this one does not see; ` +
      'copy it over with mongodump/mongorestore (or mongoexport/mongoimport) if you need it',
  );
}

/** Starts mongod if one can be had, else the fallback; logs one info line saying which and where the data is. */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  await mkdir(options.dataDir, { recursive: true });
  const mongod = await tryMongod(options);
  let database: EmbeddedDatabase;
  let reason: string | undefined;
  if ('uri' in mongod) {
    database = mongod;
  } else {
    const fallback = await startFallbackDatabase(options);
    database = { ...fallback, description: `${fallback.description}; ${mongod.summary}` };
    reason = mongod.detail;
  }
  if (options.persist) await warnAboutOtherData(options, database.kind);
  options.logger.info(
    { database: database.kind, uri: database.uri, mongod: reason },
    `database: ${database.description}`,
  );
  return database;
}
