/**
 * Finds a mongod binary in the order of docs/database.md: `MONGOMS_SYSTEM_BINARY`, mongodb-memory-server's
 * binary cache, a `mongod` on PATH, then a one-time download — bounded by a timeout and skipped for 24 h
 * after a failure (see download-marker.ts). The finders are injected so the order is unit-tested offline.
 */
import type { DbLogger } from '../types';
import { clearDownloadMarker, nextDownloadAttempt, readDownloadMarker, writeDownloadMarker } from './download-marker';

/** Where a binary came from. */
export type BinarySource = 'MONGOMS_SYSTEM_BINARY' | 'cache' | 'PATH' | 'download';

/** A binary, or why there is none. */
export type BinaryLookup = { path: string; source: BinarySource } | { path: null; reason: string };

/** The ways to get a binary (mongodb-memory-server's, in production). */
export interface BinaryFinders {
  /** The MongoDB version a download would fetch. */
  version: string;
  /** `MONGOMS_SYSTEM_BINARY` or the cache; throws if `MONGOMS_SYSTEM_BINARY` names no executable. */
  locateConfigured(): Promise<{ path: string; source: 'MONGOMS_SYSTEM_BINARY' | 'cache' } | undefined>;
  findOnPath(): Promise<string | undefined>;
  /** False when `MONGOMS_RUNTIME_DOWNLOAD` is off. */
  downloadAllowed(): boolean;
  download(): Promise<string>;
}

/** Settings of the lookup. */
export interface FindBinaryOptions {
  dataDir: string;
  logger: DbLogger;
  downloadTimeoutMs: number;
  now?: () => Date;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Resolves with the task's result, or rejects after `ms`; the task keeps running but can no longer throw. */
export async function withTimeout<T>(task: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  task.catch(() => undefined);
  try {
    return await Promise.race([task, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Looks for a binary without downloading. */
async function findInstalled(finders: BinaryFinders): Promise<BinaryLookup | { misconfigured: string }> {
  try {
    const configured = await finders.locateConfigured();
    if (configured) return configured;
  } catch (error) {
    return { misconfigured: `MONGOMS_SYSTEM_BINARY is set but unusable: ${messageOf(error)}` };
  }
  const onPath = await finders.findOnPath();
  return onPath ? { path: onPath, source: 'PATH' } : { path: null, reason: 'no mongod found' };
}

/** Finds or downloads a mongod binary; never throws. */
export async function findMongodBinary(finders: BinaryFinders, options: FindBinaryOptions): Promise<BinaryLookup> {
  const installed = await findInstalled(finders);
  if ('misconfigured' in installed) {
    const onPath = await finders.findOnPath();
    return onPath ? { path: onPath, source: 'PATH' } : { path: null, reason: installed.misconfigured };
  }
  if (installed.path !== null) return installed;
  if (!finders.downloadAllowed()) return { path: null, reason: 'no mongod found; MONGOMS_RUNTIME_DOWNLOAD is off' };
  return tryDownload(finders, options);
}

async function tryDownload(finders: BinaryFinders, options: FindBinaryOptions): Promise<BinaryLookup> {
  const now = options.now ?? (() => new Date());
  const failure = await readDownloadMarker(options.dataDir);
  if (failure && nextDownloadAttempt(failure) > now()) {
    const retry = nextDownloadAttempt(failure).toISOString();
    return {
      path: null,
      reason: `no mongod found; its download failed at ${failure.failedAt}, next try after ${retry}`,
    };
  }
  try {
    const path = await withTimeout(
      finders.download(),
      options.downloadTimeoutMs,
      `downloading mongod ${finders.version}`,
    );
    await clearDownloadMarker(options.dataDir);
    return { path, source: 'download' };
  } catch (error) {
    const reason = messageOf(error).split('\n').join(' ').slice(0, 300);
    await writeDownloadMarker(options.dataDir, { failedAt: now().toISOString(), version: finders.version, reason });
    options.logger.warn(
      { version: finders.version, reason, retryAfterHours: 24 },
      'database: downloading mongod failed; using the embedded fallback (no new attempt for 24 h)',
    );
    return { path: null, reason: `no mongod found; its download failed (${reason})` };
  }
}
