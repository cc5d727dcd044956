import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** One JSON logger per process; tests pass level 'silent'. */
export function createLogger(options: { level: string; name?: string }): Logger {
  return pino({
    name: options.name ?? 'tessera',
    level: options.level,
    // Never log secrets that may sit on a request or a thrown driver error.
    redact: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password', 'passwordHash'],
  });
}
