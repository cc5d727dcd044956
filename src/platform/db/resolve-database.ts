/**
 * Chooses the database: the configured `MONGODB_URI` when there is one, else the embedded database
 * (mongod or the fallback) with data kept under `dataDir`. Logs exactly one info line saying which.
 */
import { startEmbeddedDatabase } from './embedded';
import type { DbLogger } from './types';

/** The database the app will connect to. */
export interface ResolvedDatabase {
  uri: string;
  kind: 'external' | 'mongod' | 'fallback';
  /** Stops an embedded database; a no-op for an external one. */
  stop(): Promise<void>;
}

/** The URI with any password replaced, fit for a log line. */
export function redactUri(uri: string): string {
  return uri.replace(/^(mongodb(?:\+srv)?:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

/** The configured MongoDB if `mongodbUri` is set, else an embedded database persisted in `dataDir`. */
export async function resolveDatabase(
  config: { mongodbUri?: string; dataDir: string },
  logger: DbLogger,
): Promise<ResolvedDatabase> {
  if (config.mongodbUri) {
    const uri = config.mongodbUri;
    logger.info({ database: 'external', uri: redactUri(uri) }, `database: MongoDB at ${redactUri(uri)} (MONGODB_URI)`);
    return { uri, kind: 'external', stop: () => Promise.resolve() };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, persist: true, logger });
  return { uri: embedded.uri, kind: embedded.kind, stop: () => embedded.stop() };
}
