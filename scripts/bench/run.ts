/**
 * `npm run bench`: in one run, Tessera (a child process, production mode, throwaway data) against an
 * embedded database behind a counting proxy, and a bare `node:http` server serving a saved copy of a
 * real lesson page, loaded in turn on 127.0.0.1. Prints requests/s, p99, the ratio to the bare server,
 * database round trips per request, and the targets of issue 3. Exit 0 with a report (even when a target
 * fails), 1 when the bench itself could not run, 2 on a bad option. See docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { cleanUp, cleanUpOnSignals, isStopping, pinCores, temporaryFolder, type Pinning } from './children';
import { parseBenchArgs, USAGE, type BenchOptions } from './cli-args';
import { measureRounds, type Row } from './measure';
import { compile } from './programs';
import { checkTargets, formatChecks, formatDetails, formatTable } from './report';
import { WireCounter } from './round-trips';
import { startDatabase, startTessera, type ServerContext } from './servers';
import { planTargets } from './targets';

const say = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};
const print = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** What the figures depend on: when, where, how loaded, and which page. */
interface RunFacts {
  pinning: Pinning;
  database: string;
  loadBefore: number[];
  lesson: string;
}

function header(options: BenchOptions, facts: RunFacts): string[] {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the figures still stand.
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = facts.loadBefore.map((n) => n.toFixed(1)).join(' ');
  const { connections, warmupSeconds, durationSeconds, rounds } = options;
  return [
    `Tessera bench — ${new Date().toISOString()} — commit ${commit}`,
    `machine: ${cpus().length} cores (${cpu}), Node ${process.version}, load average before the run: ${load}`,
    `load: autocannon, ${connections} connections, ${warmupSeconds} s warm-up + ${durationSeconds} s per target, ` +
      `${rounds} round(s), medians; ${facts.pinning.note}`,
    `Tessera: ${options.runner === 'dist' ? 'compiled' : 'through tsx'}, NODE_ENV=production; lesson: ${facts.lesson}`,
    `database: ${facts.database}`,
  ];
}

function report(lines: string[], rows: Row[]): void {
  for (const line of lines) print(line);
  print();
  print(formatTable(rows));
  print();
  for (const line of formatDetails(rows)) print(`- ${line}`);
  print();
  for (const line of formatChecks(checkTargets(rows))) print(line);
}

async function run(options: BenchOptions): Promise<void> {
  // npm runs scripts from the project root; a relative --cpu-prof folder means the caller's folder.
  const profileDir = options.cpuProfDir && resolve(process.env.INIT_CWD ?? process.cwd(), options.cpuProfDir);
  process.chdir(resolve(__dirname, '..', '..'));
  const loadBefore = loadavg();
  const pinning = pinCores(options.pin);
  compile(options.runner, say);
  const ctx: ServerContext = {
    root: await temporaryFolder('tessera-bench-'),
    runner: options.runner,
    serverCore: pinning.serverCore,
    tesseraNodeOptions: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  };
  say('starting the database and Tessera (the bundled packs are imported first) ...');
  const database = await startDatabase(ctx);
  const tessera = await startTessera(ctx, database.uri);
  const counter = new WireCounter(database.child);
  const background = await counter.background(2500);
  const pids = { server: tessera.child.pid, database: database.child.pid };
  const plan = await planTargets(ctx, { tessera, pids }, options);
  if (plan.lessonNote.includes('(')) say(plan.lessonNote);
  const { connections, durationSeconds, warmupSeconds, rounds } = options;
  const settings = { connections, durationSeconds, warmupSeconds };
  const rows = await measureRounds(plan.targets, { settings, rounds, counter, background, say });
  if (isStopping()) throw new Error('interrupted; no report');
  const lesson = `${plan.lessonPath}, ${plan.lessonNote}`;
  report(header(options, { pinning, database: database.about, loadBefore, lesson }), rows);
}

async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions | null;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (options === null) {
    print(USAGE);
    return 0;
  }
  cleanUpOnSignals();
  try {
    await run(options);
    return 0;
  } catch (error) {
    say(`could not run: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await cleanUp();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
