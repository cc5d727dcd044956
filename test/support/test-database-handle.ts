/**
 * The embedded database started by the integration project's global setup, kept on `globalThis` until
 * global teardown (both run in jest's main process, so they share it; test workers only see the URI).
 */
import type { EmbeddedDatabase } from '../../src/platform/db/types';

const HANDLE = Symbol.for('tessera.testDatabase');

type WithHandle = typeof globalThis & { [HANDLE]?: EmbeddedDatabase };

/** Keeps the database for global teardown. */
export function keepTestDatabase(database: EmbeddedDatabase): void {
  (globalThis as WithHandle)[HANDLE] = database;
}

/** Returns the kept database and forgets it (undefined when an external one was used). */
export function takeTestDatabase(): EmbeddedDatabase | undefined {
  const database = (globalThis as WithHandle)[HANDLE];
  (globalThis as WithHandle)[HANDLE] = undefined;
  return database;
}

/** True when an earlier project's global setup (integration, e2e) already started the run's database. */
export function hasTestDatabase(): boolean {
  return (globalThis as WithHandle)[HANDLE] !== undefined;
}
