import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { importContentDir } from './content/import';
import { CatalogCache } from './features/catalog';
import { connectDatabase, disconnectDatabase, isDatabaseReady, resolveDatabase } from './platform/db';
import { databaseNameFor } from './platform/database-name';
import { createLogger, type Logger } from './platform/logger';
import { announceRunningDatabase, withdrawRunningDatabase } from './platform/running-database';
import { loadSessionSecret } from './platform/session-secret';
import { installGracefulShutdown } from './platform/shutdown';

/** Imports the bundled packs; a failure is logged and the server starts with what is stored. */
async function importBundled(config: Config, logger: Logger): Promise<void> {
  if (!config.importContentOnStart) return;
  try {
    await importContentDir(resolve(config.contentDir), logger);
  } catch (error) {
    logger.error({ err: error, dir: config.contentDir }, 'importing the bundled packs failed; serving what is stored');
  }
}

/** Boot order: config → database → bundled packs → listen. */
async function main(config: Config, logger: Logger): Promise<void> {
  const dataDir = resolve(config.dataDir);
  const database = await resolveDatabase({ mongodbUri: config.mongodbUri, dataDir }, logger);
  const connection = await connectDatabase({ uri: database.uri, dbName: databaseNameFor(database.uri) });
  if (database.kind !== 'external') await announceRunningDatabase(dataDir, database.uri);
  await importBundled(config, logger);
  const catalog = new CatalogCache({ logger });
  await catalog.refresh(true);
  catalog.start();
  const sessionSecret = await loadSessionSecret(config.sessionSecret, dataDir);
  const app = buildApp({ config, logger, connection, sessionSecret, isDatabaseReady, catalog });
  const server = createServer(app);
  server.listen(config.port, config.host, () => {
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    logger.info({ url: `http://${host}:${config.port}` }, 'Tessera is listening');
  });
  installGracefulShutdown({
    server,
    logger,
    cleanup: async () => {
      catalog.stop();
      await disconnectDatabase();
      await withdrawRunningDatabase(dataDir);
      await database.stop();
    },
  });
}

function start(): void {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    // One readable line naming the variable; no stack trace for a configuration mistake.
    console.error(error instanceof ConfigError ? error.message : String(error));
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel });
  main(config, logger).catch((error: unknown) => {
    logger.fatal({ err: error }, 'Tessera could not start');
    process.exit(1);
  });
}

start();
