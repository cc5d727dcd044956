import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { connectDatabase, disconnectDatabase, isDatabaseReady, resolveDatabase } from './platform/db';
import { createLogger, type Logger } from './platform/logger';
import { loadSessionSecret } from './platform/session-secret';
import { installGracefulShutdown } from './platform/shutdown';

/** Boot order: config → database → bundled packs → listen. */
async function main(config: Config, logger: Logger): Promise<void> {
  const dataDir = resolve(config.dataDir);
  const database = await resolveDatabase({ mongodbUri: config.mongodbUri, dataDir }, logger);
  const connection = await connectDatabase({ uri: database.uri });
  const sessionSecret = await loadSessionSecret(config.sessionSecret, dataDir);
  const app = buildApp({ config, logger, connection, sessionSecret, isDatabaseReady });
  const server = createServer(app);
  server.listen(config.port, config.host, () => {
    logger.info(
      { url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}` },
      'Tessera is listening',
    );
  });
  installGracefulShutdown({
    server,
    logger,
    cleanup: async () => {
      await disconnectDatabase();
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
