/**
 * Shared set-up of the lesson, quiz and asset tests: the learning-lab fixture pack, learners, quiz posts, and
 * counting database round trips.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import type { CatalogCache } from '../../../src/features/catalog';
import { onDatabaseCommand } from '../../../src/platform/db/connect';
import { appWithContent, importPacks } from '../../helpers/content';
import { csrfFrom, registerLearner, type Agent } from '../../helpers/test-app';

/** Folder holding the fixture pack and its `_framework.yaml`. */
export const LEARNING_FIXTURES = join(__dirname, '..', '..', 'fixtures', 'learning');
/** The fixture pack. */
export const LAB = join(LEARNING_FIXTURES, 'learning-lab');

export const READING = '/modules/learning-lab/lessons/reading-the-city';
export const EVERY = '/modules/learning-lab/lessons/every-question';
export const TWO = '/modules/learning-lab/lessons/two-quizzes';
export const LAB_QUIZ = '/modules/learning-lab/quizzes/lab-single';

/** The app with the learning-lab pack imported and its catalogue loaded. */
export async function labApp(): Promise<{ app: Express; catalog: CatalogCache }> {
  const { app, catalog, report } = await appWithContent([LAB], {}, LEARNING_FIXTURES);
  const refused = report.outcomes.filter((o) => o.outcome === 'refused');
  if (refused.length > 0 || report.problems.some((p) => p.severity === 'error')) {
    throw new Error(`fixture pack not imported: ${JSON.stringify({ refused, problems: report.problems })}`);
  }
  return { app, catalog };
}

let learners = 0;

/** A new registered, logged-in learner. */
export async function learner(app: Express, name = 'Ana Learner'): Promise<Agent> {
  learners += 1;
  return registerLearner(app, { name, email: `learner${String(learners)}@example.org` });
}

/** Posts a quiz form the way the lesson page does (token taken from the page). */
export async function postQuiz(
  agent: Agent,
  quizUrl: string,
  answers: Record<string, string | string[]>,
  page = EVERY,
): Promise<{ status: number; location: string; text: string }> {
  const token = csrfFrom((await agent.get(page).expect(200)).text);
  const res = await agent
    .post(quizUrl)
    .type('form')
    .send({ _csrf: token, ...answers });
  return { status: res.status, location: res.headers.location ?? '', text: res.text };
}

/** Follows a quiz redirect to the lesson page with the attempt's results. */
export async function resultPage(agent: Agent, location: string): Promise<string> {
  return (await agent.get(location.replace(/#.*$/, '')).expect(200)).text;
}

/** The verdict shown for one question after submission: right, partial, wrong, or null when none is shown. */
export function verdictOf(html: string, questionId: string): string | null {
  const match = new RegExp(`class="question-result is-(\\w+)" id="q-${questionId}-result"`).exec(html);
  return match?.[1] ?? null;
}

/** The text of one question's result box (verdict, points, right answer, feedback), tags removed. */
export function resultTextOf(html: string, questionId: string): string {
  const start = html.indexOf(`id="q-${questionId}-result"`);
  if (start < 0) return '';
  const end = html.indexOf('</fieldset>', start);
  return html
    .slice(start, end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * Runs `action` and counts the database commands sent meanwhile. Index builds are left out: the session store and
 * mongoose start them once when the app is built, and one may still be on its way during the first request.
 */
export async function countRoundTrips(action: () => Promise<unknown>): Promise<{ count: number; commands: string[] }> {
  const commands: string[] = [];
  const stop = onDatabaseCommand((event) => {
    if (event.commandName !== 'createIndexes') commands.push(event.commandName);
  });
  try {
    await action();
  } finally {
    stop();
  }
  return { count: commands.length, commands };
}

/**
 * A copy of the pack in a temporary folder with the first lesson's sentence changed and the version bumped, for
 * publishing a new version. Returns the pack folder and a clean-up function.
 */
export function bumpedLabCopy(newSentence: string): { path: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tessera-learning-'));
  const path = join(root, 'learning-lab');
  cpSync(LAB, path, { recursive: true });
  const lesson = join(path, 'lessons', '01-reading-the-city.md');
  const text = readFileSync(lesson, 'utf8').replace('Sensors read the street every minute', newSentence);
  writeFileSync(lesson, text);
  const manifest = join(path, 'pack.yaml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('version: 1.0.0', 'version: 1.1.0'));
  return {
    path,
    remove: () => {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Imports a pack folder (checked against the fixtures' framework). */
export async function importLab(path: string): Promise<void> {
  const report = await importPacks([path], LEARNING_FIXTURES);
  if (!report.changed) throw new Error(`nothing published: ${JSON.stringify(report)}`);
}

/** Right, partly right and wrong answers to every question of the `lab-single` quiz (form field → value). */
export const LAB_ANSWERS = {
  right: {
    'q.lab-single': '0',
    'q.lab-multiple': ['0', '1'],
    'q.lab-truefalse': 'true',
    'q.lab-short': '  application ',
    'q.lab-numerical': '3,14',
    // Options are sorted: Application 0, Network 1, Perception 2.
    'q.lab-matching.0': '2',
    'q.lab-matching.1': '1',
    'q.lab-matching.2': '0',
    'q.lab-missing-choice': '0',
    'q.lab-missing-short': 'subscribers',
  },
  partial: {
    'q.lab-single': '1',
    'q.lab-multiple': '0',
    'q.lab-truefalse': 'true',
    'q.lab-short': 'App',
    'q.lab-numerical': '3.1',
    'q.lab-matching.0': '2',
    'q.lab-matching.1': '0',
    'q.lab-matching.2': '1',
    'q.lab-missing-choice': '1',
    'q.lab-missing-short': 'publisher',
  },
  wrong: {
    'q.lab-single': '2',
    'q.lab-multiple': ['0', '2'],
    'q.lab-truefalse': 'false',
    'q.lab-short': 'Network',
    'q.lab-numerical': '42',
    'q.lab-matching.0': '0',
    'q.lab-matching.1': '2',
    'q.lab-matching.2': '1',
    'q.lab-missing-choice': '2',
    'q.lab-missing-short': 'publisher',
  },
} satisfies Record<string, Record<string, string | string[]>>;
