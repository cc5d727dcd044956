/**
 * The three servers of a run, each a child process: the embedded database behind the counting proxy,
 * Tessera itself (production mode, throwaway data folder, bundled packs imported at start), and the bare
 * `node:http` server serving a saved Tessera page.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startChild, waitForMessage } from './children';
import { fromDatabase, hasType } from './ipc-messages';
import { freePort, programArgs, type RunnerKind } from './programs';

/** Shared by every server of a run. */
export interface ServerContext {
  /** The run's temporary folder (logs, data, saved page). */
  root: string;
  runner: RunnerKind;
  serverCore: number | undefined;
  /** Extra Node options for Tessera (`--cpu-prof`). */
  tesseraNodeOptions: string[];
}

/** A running server the bench can reach. */
export interface Running {
  child: ChildProcess;
  base: string;
}

const READY_TIMEOUT_MS = 240_000;

/** The last lines of a child's log, for a failure message. */
export async function logTail(file: string, lines = 15): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Starts the database child; resolves with the proxy's URI once the database answers. */
export async function startDatabase(ctx: ServerContext): Promise<{ child: ChildProcess; uri: string; about: string }> {
  const logFile = join(ctx.root, 'database.log');
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_DB_DIR: join(ctx.root, 'db') };
  // A benchmark must not start a 100 MB download: mongod is used when installed, else the fallback.
  env.MONGOMS_RUNTIME_DOWNLOAD ??= 'false';
  const nodeArgs = programArgs(ctx.runner, 'scripts/bench/database-child');
  const child = startChild({ name: 'database', nodeArgs, env, logFile, ipc: true, core: ctx.serverCore });
  const ready = await waitForMessage(
    child,
    (m) => {
      const message = fromDatabase(m);
      return message?.type === 'ready' || message?.type === 'failed' ? message : undefined;
    },
    'database',
  ).catch(async (error: unknown) => {
    throw new Error(`${String(error)}\n${await logTail(logFile)}`);
  });
  if (ready.type === 'failed') throw new Error(`the database did not start: ${ready.message}`);
  return { child, uri: ready.uri, about: ready.description };
}

async function waitReady(base: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Tessera exited (code ${child.exitCode}):\n${await logTail(logFile)}`);
    const status = await fetch(new URL('/readyz', base)).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(250);
  }
  throw new Error(`Tessera was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${await logTail(logFile)}`);
}

/** Starts Tessera as `npm start` would, against the bench's database, and waits for /readyz. */
export async function startTessera(ctx: ServerContext, databaseUri: string): Promise<Running> {
  const port = await freePort();
  const logFile = join(ctx.root, 'tessera.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: join(ctx.root, 'data'),
    LOG_LEVEL: 'warn',
    MONGODB_URI: databaseUri,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    // Plain http on 127.0.0.1: a Secure cookie would never come back.
    SECURE_COOKIES: 'false',
    // The quiz target registers dozens of learners from one address.
    REGISTER_LIMIT_PER_IP: '100000',
    IMPORT_CONTENT_ON_START: 'true',
  };
  const nodeArgs = [...ctx.tesseraNodeOptions, ...programArgs(ctx.runner, 'src/server')];
  const child = startChild({ name: 'tessera', nodeArgs, env, logFile, ipc: false, core: ctx.serverCore });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(base, child, logFile);
  return { child, base };
}

/** Saves `body` (the bytes Tessera sent) and starts the bare server on it. */
export async function startBare(ctx: ServerContext, body: Buffer, contentType: string): Promise<Running> {
  const file = join(ctx.root, 'page.html');
  await writeFile(file, body);
  const logFile = join(ctx.root, 'bare.log');
  const nodeArgs = [...programArgs(ctx.runner, 'scripts/bench/bare-server'), file, contentType];
  const child = startChild({ name: 'bare', nodeArgs, env: process.env, logFile, ipc: true, core: ctx.serverCore });
  const port = await waitForMessage(
    child,
    (m) => (hasType(m) && m.type === 'ready' ? Number((m as { port?: unknown }).port) : undefined),
    'bare server',
  );
  return { child, base: `http://127.0.0.1:${port}` };
}
