import { resolve } from 'node:path';
import { loadConfig } from '../../config';
import { connectDatabase, disconnectDatabase, resolveDatabase } from '../../platform/db';
import { databaseNameFor } from '../../platform/database-name';
import { createLogger } from '../../platform/logger';
import { findRunningDatabase } from '../../platform/running-database';
import { importPaths } from './import-paths';
import type { ImportReport } from './import-run';

/** Where to import: MONGODB_URI, the embedded database of a running server, or the embedded one started here. */
async function openDatabase(env: Record<string, string | undefined>) {
  const config = loadConfig(env);
  const logger = createLogger({ level: 'warn' });
  const dataDir = resolve(config.dataDir);
  const running = config.mongodbUri ? undefined : await findRunningDatabase(dataDir);
  const database = running
    ? { uri: running, stop: () => Promise.resolve() }
    : await resolveDatabase({ mongodbUri: config.mongodbUri, dataDir }, logger);
  await connectDatabase({ uri: database.uri, dbName: databaseNameFor(database.uri) });
  return { config, database };
}

/** The `packs import` command's work: open the configured database, validate and import, close. */
export async function importWithConfiguredDatabase(
  paths: readonly string[],
  options: { onProgress?: (p: { done: number; total: number; pack: string }) => void } = {},
): Promise<ImportReport> {
  const { config, database } = await openDatabase(process.env);
  try {
    return await importPaths(paths, { platformFrameworkDir: resolve(config.contentDir), ...options });
  } finally {
    await disconnectDatabase();
    await database.stop();
  }
}
