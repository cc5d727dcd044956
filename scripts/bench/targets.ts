/**
 * The five targets of a run, found the way a visitor would find them: the bare server (a saved copy of the
 * lesson page), the lesson anonymous and logged in, the catalogue, and quiz submissions.
 */
import type { BenchOptions } from './cli-args';
import { HttpSession } from './http-session';
import type { RequestShape } from './load';
import type { PlannedTarget, Row, TargetSpec } from './measure';
import { QuizPool } from './quiz-plan';
import { startBare, type Running, type ServerContext } from './servers';
import { allLessonUrls, chooseLesson, findPacks } from './tessera-pages';

let learnerSerial = 0;

/** A new learner, registered through the real form. */
async function newLearner(base: string): Promise<HttpSession> {
  const learner = new HttpSession(base);
  learnerSerial += 1;
  await learner.register(`Bench Learner ${learnerSerial}`, `bench-${learnerSerial}-${Date.now()}@example.org`);
  return learner;
}

const get = (path: string, headers: Record<string, string> = {}): RequestShape => ({ method: 'GET', path, headers });

/** Saves Tessera's exact bytes and content type for `path` and serves them from a bare server. */
async function bareTarget(ctx: ServerContext, tessera: string, path: string): Promise<TargetSpec> {
  const response = await fetch(new URL(path, tessera));
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}; nothing to serve bare`);
  const body = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? 'text/html; charset=utf-8';
  const bare = await startBare(ctx, body, type);
  const note = `serves the ${body.length.toLocaleString('en-US')} bytes of ${path} as Tessera sent them (${type})`;
  return { load: { base: bare.base, request: get(path), pids: { server: bare.child.pid } }, note };
}

/** Submissions the load generator may ask for in one round at `rps`, with room to spare. */
function perRound(rps: number, options: BenchOptions): number {
  // Autocannon also prepares one request per connection beyond those it completes, per warm-up and per run.
  return Math.ceil(rps * (options.warmupSeconds + options.durationSeconds) * 1.5) + 2 * options.connections;
}

/** Quiz submissions; learners are added before each round as the measured rates say. */
async function quizTarget(servers: Servers, packs: string[], measured: readonly Row[], options: BenchOptions) {
  const tessera = servers.tessera.base;
  const fastest = (key: Row['key']): number =>
    Math.max(0, ...(measured.find((r) => r.key === key)?.rounds.map((r) => r.requestsPerSecond) ?? []));
  const pool = await QuizPool.open({
    lessonPages: await allLessonUrls(new HttpSession(tessera), packs),
    batch: options.connections + 1,
    maxLearners: options.maxLearners,
    newLearner: () => newLearner(tessera),
  });
  if (typeof pool === 'string') return pool;
  const reserved = await pool.firstAttempts(options.samples);
  await pool.ensure(perRound(fastest('logged-in') || 200, options));
  // Only a template: every request the load generator sends comes from next().
  const template = reserved[0] ?? get('/');
  const spec: TargetSpec = {
    load: { base: tessera, request: template, next: () => pool.next(), pids: servers.pids },
    counting: { count: reserved.length, shapeFor: (i) => reserved[i] ?? template },
    beforeRound: () => pool.ensure(perRound(Math.max(fastest('quiz'), fastest('logged-in')), options)),
    note: () => {
      const { quizzes, learners, submissions } = pool.size;
      return (
        `${quizzes} quizzes × ${learners} learners × 3 attempts (the packs' maxAttempts) = ${submissions} ` +
        `submissions for load (409 once they are used up); round trips counted on ${reserved.length} first attempts`
      );
    },
  };
  return spec;
}

/** Tessera, and the processes whose CPU time is measured under load (Tessera's and the database's). */
export interface Servers {
  tessera: Running;
  pids: { server: number | undefined; database: number | undefined };
}

/** The targets in measuring order, and which page the lesson targets load. */
export interface Plan {
  targets: PlannedTarget[];
  lessonPath: string;
  lessonNote: string;
}

/** Finds the lesson, registers the reading learner, and returns the targets in measuring order. */
export async function planTargets(ctx: ServerContext, servers: Servers, options: BenchOptions): Promise<Plan> {
  const tessera = servers.tessera.base;
  const visitor = new HttpSession(tessera);
  const packs = await findPacks(visitor, 'modules-content');
  const lesson = await chooseLesson(visitor, packs, options.pack);
  const reader = await newLearner(tessera);
  const standIn = !lesson.isLesson;
  const pageNote = standIn ? lesson.note : undefined;
  const page = (request: RequestShape, isLesson: boolean): TargetSpec => ({
    load: { base: tessera, request, pids: servers.pids },
    counting: { count: options.samples, shapeFor: () => request },
    ...(isLesson ? { note: pageNote, standIn } : {}),
  });
  const all: PlannedTarget[] = [
    { key: 'bare', label: 'bare node:http, saved page', prepare: () => bareTarget(ctx, tessera, lesson.path) },
    { key: 'anonymous', label: 'lesson, anonymous', prepare: () => Promise.resolve(page(get(lesson.path), true)) },
    {
      key: 'logged-in',
      label: 'lesson, logged in',
      prepare: () => Promise.resolve(page(get(lesson.path, { cookie: reader.cookieHeader() }), true)),
    },
    { key: 'catalogue', label: 'catalogue /modules', prepare: () => Promise.resolve(page(get('/modules'), false)) },
    { key: 'quiz', label: 'quiz submission', prepare: (rows) => quizTarget(servers, packs, rows, options) },
  ];
  const targets = all.filter((t) => options.only?.has(t.key) ?? true);
  return { targets, lessonPath: lesson.path, lessonNote: lesson.note };
}
