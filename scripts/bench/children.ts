/**
 * Child processes and temporary folders of the bench, each registered for clean-up the moment it exists,
 * so a failure or Ctrl-C at any point leaves nothing running and nothing on disk.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

type Task = () => Promise<void>;

const tasks: Task[] = [];
let cleaning: Promise<void> | undefined;
let stopping = false;

/** True once Ctrl-C or a kill signal arrived: no new work should start. */
export function isStopping(): boolean {
  return stopping;
}

/** Runs every clean-up task once, newest first (Tessera stops before its database). */
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const task of tasks.splice(0).reverse()) await task().catch(() => undefined);
  })();
  return cleaning;
}

/** Cleans up on Ctrl-C or kill, then exits with the conventional code. */
export function cleanUpOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      stopping = true;
      process.stderr.write(`\nbench: ${signal}, stopping children and removing temporary files\n`);
      void cleanUp().finally(() => process.exit(code));
    });
  }
}

/** A new temporary folder, removed at clean-up. */
export async function temporaryFolder(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  tasks.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Which core each side runs on, when the machine has two and `taskset` works. */
export interface Pinning {
  serverCore: number | undefined;
  loadCore: number | undefined;
  note: string;
}

/** Pins this process (the load generator) to the last core and leaves the first one to the servers. */
export function pinCores(enabled: boolean): Pinning {
  const cores = cpus().length;
  if (!enabled) return { serverCore: undefined, loadCore: undefined, note: 'not pinned (--no-pin)' };
  if (cores < 2) return { serverCore: undefined, loadCore: undefined, note: `not pinned (${cores} core)` };
  const loadCore = cores - 1;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(loadCore), String(process.pid)], { stdio: 'ignore' });
    return { serverCore: 0, loadCore, note: `servers on core 0, load generator on core ${loadCore} (taskset)` };
  } catch {
    return { serverCore: undefined, loadCore: undefined, note: 'not pinned (taskset failed or is missing)' };
  }
}

/** What to start: a Node program, where its output goes, and whether it talks over IPC. */
export interface ChildSpec {
  name: string;
  nodeArgs: string[];
  env: NodeJS.ProcessEnv;
  logFile: string;
  ipc: boolean;
  core: number | undefined;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts a Node child (pinned when asked), its output in `logFile`; stopped at clean-up. */
export function startChild(spec: ChildSpec): ChildProcess {
  const node = [process.execPath, ...spec.nodeArgs];
  const [command, ...args] = spec.core === undefined ? node : ['taskset', '-c', String(spec.core), ...node];
  const log = createWriteStream(spec.logFile);
  const child = spawn(command ?? process.execPath, args, {
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe', ...(spec.ipc ? (['ipc'] as const) : [])],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  tasks.push(() => stopChild(child));
  return child;
}

/** Resolves with the first IPC message `accept` returns a value for; rejects if the child exits first. */
export function waitForMessage<T>(
  child: ChildProcess,
  accept: (message: unknown) => T | undefined,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown): void => {
      const value = accept(message);
      if (value === undefined) return;
      child.off('message', onMessage).off('exit', onExit);
      resolve(value);
    };
    const onExit = (code: number | null): void => {
      child.off('message', onMessage);
      reject(new Error(`${what}: the child process exited (code ${String(code)})`));
    };
    child.on('message', onMessage).once('exit', onExit);
  });
}
