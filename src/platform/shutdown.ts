import type { Server } from 'node:http';
import type { Logger } from 'pino';

/**
 * On SIGTERM/SIGINT: stop accepting connections, let requests in flight finish (up to a grace
 * period), then run the clean-up steps (database, embedded server) and exit.
 */
export function installGracefulShutdown(options: {
  server: Server;
  logger: Logger;
  cleanup: () => Promise<void>;
  graceMs?: number;
}): void {
  const { server, logger } = options;
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests');
    const force = setTimeout(() => {
      logger.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    }, options.graceMs ?? 10_000);
    force.unref();
    server.close(() => {
      options
        .cleanup()
        .then(() => {
          logger.info('stopped');
          process.exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'clean-up failed');
          process.exit(1);
        });
    });
    server.closeIdleConnections();
  };
  process.once('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.once('SIGINT', () => {
    stop('SIGINT');
  });
}
