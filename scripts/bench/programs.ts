/**
 * How the bench runs Tessera and its own child programs: compiled JavaScript (the default, what
 * `npm start` runs) or TypeScript through tsx (`--runner tsx`, no build step, slower start).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Where compiled output goes: outside dist/ so the bench never overwrites what `npm start` built. */
const OUT_DIR = join('node_modules', '.cache', 'tessera-bench');

/** Compiled or transpiled on the fly. */
export type RunnerKind = 'dist' | 'tsx';

/** The Node arguments that run a program of the repository, named without extension (`src/server`). */
export function programArgs(runner: RunnerKind, program: string): string[] {
  return runner === 'dist' ? [join(OUT_DIR, `${program}.js`)] : ['--import', 'tsx', `${program}.ts`];
}

/**
 * Compiles src/ and scripts/ with the build settings (incremental). Type errors in files being edited
 * elsewhere do not stop the bench as long as the programs were emitted; they are reported as a warning.
 */
export function compile(runner: RunnerKind, say: (line: string) => void): void {
  if (runner === 'tsx') return;
  say(`compiling to ${OUT_DIR} (tsc, incremental) ...`);
  const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
  const args = [
    tsc,
    '-p',
    'tsconfig.build.json',
    '--outDir',
    OUT_DIR,
    '--tsBuildInfoFile',
    join(OUT_DIR, '.tsbuildinfo'),
  ];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const needed = ['src/server', 'scripts/bench/bare-server', 'scripts/bench/database-child'];
  const missing = needed.filter((p) => !existsSync(join(OUT_DIR, `${p}.js`)));
  if (missing.length > 0) {
    throw new Error(`the build did not produce ${missing.join(', ')}:\n${result.stdout}${result.stderr}`);
  }
  if (result.status !== 0) {
    const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
    say(`warning: tsc reported ${errors.length} type error(s); benchmarking the emitted code anyway:`);
    for (const line of errors.slice(0, 5)) say(`  ${line}`);
  }
}

/** A TCP port free right now on 127.0.0.1 (Tessera needs one in PORT before it starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
