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
import { cleanUp, cleanUpOnSignals, pinCores, temporaryFolder, type Pinning } from './children';
import { parseBenchArgs, USAGE, type BenchOptions, type TargetKey } from './cli-args';
import { HttpSession } from './http-session';
import type { LoadSettings, RequestShape } from './load';
import { measure, type MeasureContext, type TargetSpec } from './measure';
import { planQuizzes } from './quiz-plan';
import { checkTargets, formatChecks, formatDetails, formatTable, type Row } from './report';
import { WireCounter } from './round-trips';
import { startBare, startDatabase, startTessera, type Running, type ServerContext } from './servers';
import { compile } from './programs';
import { allLessonUrls, chooseLesson, findPacks, type LessonChoice } from './tessera-pages';

const say = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};
const print = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

let learnerSerial = 0;

/** A new learner, registered through the real form. */
async function newLearner(base: string): Promise<HttpSession> {
  const learner = new HttpSession(base);
  learnerSerial += 1;
  await learner.register(`Bench Learner ${learnerSerial}`, `bench-${learnerSerial}-${Date.now()}@example.org`);
  return learner;
}

const get = (path: string, headers: Record<string, string> = {}): RequestShape => ({ method: 'GET', path, headers });

/** The page the bare server serves: Tessera's exact bytes and content type. */
async function savePage(ctx: ServerContext, base: string, path: string): Promise<Running> {
  const response = await fetch(new URL(path, base));
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}; nothing to serve bare`);
  const body = Buffer.from(await response.arrayBuffer());
  return startBare(ctx, body, response.headers.get('content-type') ?? 'text/html; charset=utf-8');
}

function pageTargets(tessera: string, lesson: LessonChoice, reader: HttpSession, samples: number): TargetSpec[] {
  const standIn = !lesson.isLesson;
  const note = standIn ? lesson.note : undefined;
  const anonymous = get(lesson.path);
  const loggedIn = get(lesson.path, { cookie: reader.cookieHeader() });
  const catalogue = get('/modules');
  const counting = (shape: RequestShape) => ({ count: samples, shapeFor: () => shape });
  return [
    {
      key: 'anonymous',
      label: 'lesson, anonymous',
      load: { base: tessera, request: anonymous },
      counting: counting(anonymous),
      note,
      standIn,
    },
    {
      key: 'logged-in',
      label: 'lesson, logged in',
      load: { base: tessera, request: loggedIn },
      counting: counting(loggedIn),
      note,
      standIn,
    },
    {
      key: 'catalogue',
      label: 'catalogue /modules',
      load: { base: tessera, request: catalogue },
      counting: counting(catalogue),
    },
  ];
}

/** The quiz target, sized from the logged-in page's rate so learners rarely run out of attempts. */
async function quizTarget(
  tessera: string,
  packs: string[],
  expectedRps: number,
  options: BenchOptions,
): Promise<{ spec: TargetSpec } | { row: Row }> {
  const label = 'quiz submission';
  const lessonPages = await allLessonUrls(new HttpSession(tessera), packs);
  say(`quiz: looking for quiz forms on ${lessonPages.length} lesson page(s) and registering learners ...`);
  const wanted = Math.ceil(expectedRps * (options.warmupSeconds + options.durationSeconds));
  const plan = await planQuizzes({
    lessonPages,
    wanted,
    reserve: options.samples,
    maxLearners: options.maxLearners,
    newLearner: () => newLearner(tessera),
  });
  if (typeof plan === 'string') {
    return { row: { key: 'quiz', label, load: undefined, roundTrips: undefined, note: plan, standIn: false } };
  }
  let next = 0;
  const nextShape = (): RequestShape => plan.load[next++ % plan.load.length] ?? get('/');
  const first = plan.load[0] ?? get('/');
  const note =
    `${plan.quizzes} quizzes × ${plan.learners} learners × 3 attempts (maxAttempts: 3); ${plan.load.length} submissions for load, ` +
    `a 409 means a learner had used their attempts; round trips counted on first attempts`;
  const counting = { count: plan.reserved.length, shapeFor: (i: number) => plan.reserved[i] ?? first };
  return { spec: { key: 'quiz', label, load: { base: tessera, request: first, next: nextShape }, counting, note } };
}

function header(options: BenchOptions, pinning: Pinning, database: string, load: number[]): string[] {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the figures still stand.
  }
  return [
    `Tessera bench — ${new Date().toISOString()}`,
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average before the run ${load.map((n) => n.toFixed(1)).join(' ')}, Node ${process.version}, commit ${commit}`,
    `load: autocannon, ${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s per target; ${pinning.note}`,
    `Tessera: ${options.runner === 'dist' ? 'compiled' : 'tsx'}, NODE_ENV=production; database: ${database}`,
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

async function runTargets(
  options: BenchOptions,
  tessera: Running,
  ctx: ServerContext,
  m: MeasureContext,
): Promise<Row[]> {
  const wanted = (key: TargetKey): boolean => options.only?.has(key) ?? true;
  const visitor = new HttpSession(tessera.base);
  const packs = await findPacks(visitor, 'modules-content');
  const lesson = await chooseLesson(visitor, packs, options.pack);
  if (!lesson.isLesson) say(lesson.note);
  const reader = await newLearner(tessera.base);
  const rows: Row[] = [];
  const bare = wanted('bare') ? await savePage(ctx, tessera.base, lesson.path) : undefined;
  const bareSpec = (key: 'bare' | 'bare-again', when: string): TargetSpec => ({
    key,
    label: `bare node:http, ${lesson.isLesson ? 'saved lesson' : `saved ${lesson.path}`} (${when})`,
    load: { base: bare?.base ?? '', request: get(lesson.path) },
  });
  if (bare) rows.push(await measure(bareSpec('bare', 'first'), m));
  for (const spec of pageTargets(tessera.base, lesson, reader, options.samples)) {
    if (wanted(spec.key as TargetKey)) rows.push(await measure(spec, m));
  }
  if (wanted('quiz')) {
    const loggedInRps = rows.find((r) => r.key === 'logged-in')?.load?.requestsPerSecond ?? 200;
    const quiz = await quizTarget(tessera.base, packs, loggedInRps, options);
    rows.push('spec' in quiz ? await measure(quiz.spec, m) : quiz.row);
  }
  if (bare) rows.push(await measure(bareSpec('bare-again', 'last'), m));
  return rows;
}

async function run(options: BenchOptions): Promise<void> {
  // npm runs scripts from the project root; a relative --cpu-prof folder means the caller's folder.
  const profileDir = options.cpuProfDir && resolve(process.env.INIT_CWD ?? process.cwd(), options.cpuProfDir);
  process.chdir(resolve(__dirname, '..', '..'));
  const loadBefore = loadavg();
  const pinning = pinCores(options.pin);
  compile(options.runner, say);
  const root = await temporaryFolder('tessera-bench-');
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const ctx: ServerContext = {
    root,
    runner: options.runner,
    serverCore: pinning.serverCore,
    tesseraNodeOptions: profile,
  };
  say('starting the database and Tessera (the bundled packs are imported first) ...');
  const database = await startDatabase(ctx);
  const tessera = await startTessera(ctx, database.uri);
  const counter = new WireCounter(database.child);
  const background = await counter.background(2500);
  const settings: LoadSettings = {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
  };
  const rows = await runTargets(options, tessera, ctx, { settings, counter, background, say });
  report(header(options, pinning, database.about, loadBefore), rows);
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
