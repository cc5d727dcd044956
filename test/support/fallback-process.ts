/** Starts, drives and kills a fallback server in a child process (see fallback-child.ts). */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CHILD = path.join(__dirname, 'fallback-child.ts');

/** A running child fallback server. */
export interface FallbackProcess {
  uri: string;
  /** Resolves once every write acknowledged so far is on disk, saved by the server's own timer. */
  persisted(): Promise<void>;
  /** Orderly stop: the server saves what is left. */
  stop(): Promise<void>;
  /** SIGKILL: nothing more is saved. */
  kill(): Promise<void>;
}

async function nextEvent(events: AsyncIterator<string>, wanted: string, stderr: () => string) {
  for (;;) {
    const line = await events.next();
    if (line.done === true) throw new Error(`fallback child ended before "${wanted}": ${stderr()}`);
    const event = JSON.parse(line.value) as { event: string; uri?: string };
    if (event.event === wanted) return event;
  }
}

function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
}

/** Starts `fallback-child.ts` on `dataDir` and waits until it listens. */
export async function startFallbackProcess(dataDir: string): Promise<FallbackProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const events = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const ready = await nextEvent(events, 'ready', () => stderr);
  const command = async (line: string, wanted: string) => {
    child.stdin.write(`${line}\n`);
    await nextEvent(events, wanted, () => stderr);
  };
  return {
    uri: ready.uri ?? '',
    persisted: () => command('persisted', 'persisted'),
    stop: async () => {
      await command('stop', 'stopped');
      await exited(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}
