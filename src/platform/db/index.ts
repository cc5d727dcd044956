/** The database layer: choose and start a database, connect mongoose to it, watch it. */
export { connectDatabase, disconnectDatabase, isDatabaseReady, onDatabaseCommand } from './connect';
export type { DatabaseCommandEvent } from './connect';
export { startEmbeddedDatabase } from './embedded';
export { resolveDatabase, redactUri } from './resolve-database';
export type { ResolvedDatabase } from './resolve-database';
export type { DbLogger, EmbeddedDatabase, EmbeddedDatabaseOptions } from './types';
