/**
 * Global setup of the jest "integration" project: one database for the whole run. `TEST_MONGODB_URI`
 * (any MongoDB) wins; otherwise the embedded database starts once — mongod when one can be had, else the
 * fallback — in memory. Workers find its URI in `TESSERA_TEST_MONGODB_URI` and use one database each.
 */
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase } from '../../src/platform/db/embedded';
import { redactUri } from '../../src/platform/db/resolve-database';
import type { DbLogger } from '../../src/platform/db/types';
import { hasTestDatabase, keepTestDatabase } from './test-database-handle';

/** Stable across runs so the failed-download marker is remembered (data itself stays in memory). */
const MARKER_DIR = path.join(os.tmpdir(), 'tessera-test-database');

const logger: DbLogger = {
  info: (_fields, message) => process.stderr.write(`\n${message}\n`),
  warn: (fields, message) => process.stderr.write(`\n${message} ${JSON.stringify(fields)}\n`),
};

/** Starts (or adopts) the run's database and publishes its URI to the workers. */
export default async function globalSetup(): Promise<void> {
  const external = process.env.TEST_MONGODB_URI;
  if (external) {
    process.env.TESSERA_TEST_MONGODB_URI = external;
    logger.info({}, `database: TEST_MONGODB_URI (${redactUri(external)})`);
    return;
  }
  // The integration and e2e projects share one database server per run.
  if (hasTestDatabase()) return;
  const database = await startEmbeddedDatabase({ dataDir: MARKER_DIR, persist: false, logger });
  process.env.TESSERA_TEST_MONGODB_URI = database.uri;
  process.env.TESSERA_TEST_DATABASE_KIND = database.kind;
  keepTestDatabase(database);
}
