/**
 * Integration tests on a real database: one database per jest worker, `tessera_w<worker>_test`, emptied
 * before every test (indexes kept). Refuses any database whose name does not end in `_test`.
 */
import mongoose from 'mongoose';
import { connectDatabase, disconnectDatabase } from '../../src/platform/db/connect';

/** Throws unless `name` ends in `_test`, so a test can never empty a real database. */
export function assertTestDatabaseName(name: string): void {
  if (!/^[\w-]+_test$/.test(name)) {
    throw new Error(`refusing to use database "${name}" for tests: test database names end in "_test"`);
  }
}

/** The URI the global setup published. */
export function testDatabaseUri(): string {
  const uri = process.env.TESSERA_TEST_MONGODB_URI;
  if (!uri) {
    throw new Error('no test database: run with `npx jest --selectProjects integration` (its global setup starts one)');
  }
  return uri;
}

/** This worker's database name. */
export function testDatabaseName(workerId = process.env.JEST_WORKER_ID ?? '1'): string {
  return `tessera_w${workerId}_test`;
}

/** What kind of server the run got: `mongod`, `fallback`, or `external` (TEST_MONGODB_URI). */
export function testDatabaseKind(): 'mongod' | 'fallback' | 'external' {
  const kind = process.env.TESSERA_TEST_DATABASE_KIND;
  return kind === 'mongod' || kind === 'fallback' ? kind : 'external';
}

/** Deletes every document of every collection of the connected test database; indexes stay. */
export async function emptyTestDatabase(connection: mongoose.Connection = mongoose.connection): Promise<void> {
  assertTestDatabaseName(connection.name);
  const db = connection.db;
  if (!db) throw new Error('the test database is not connected');
  const collections = await db.listCollections({}, { nameOnly: true }).toArray();
  await Promise.all(
    collections.filter(({ name }) => !name.startsWith('system.')).map(({ name }) => db.collection(name).deleteMany({})),
  );
}

/** Call at the top of an integration test file: connect before all, empty before each, disconnect after all. */
export function useTestDatabase(): void {
  beforeAll(async () => {
    const name = testDatabaseName();
    assertTestDatabaseName(name);
    await connectDatabase({ uri: testDatabaseUri(), dbName: name });
    // A file's own beforeAll (e.g. importing packs) must not see what the worker's previous file left.
    await emptyTestDatabase();
  });
  beforeEach(async () => {
    await emptyTestDatabase();
  });
  afterAll(async () => {
    await disconnectDatabase();
  });
}
