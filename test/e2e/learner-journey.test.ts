/**
 * The learner's journey in a real browser (Debian's Chromium): register, switch the interface to Greek, open a
 * module from the catalogue, read a lesson, answer its quiz with the keyboard only, see the score, complete the
 * module and open the certificate. Assertions are on what the person sees, in Greek.
 */
import { request, type Page } from 'playwright-core';
import type { QuestionKind } from '../../src/content/quiz';
import { useTestDatabase } from '../support/database';
import { launchBrowser, type E2eBrowser } from '../support/e2e-browser';
import { chooseModule, type JourneyLesson, type JourneyModule } from '../support/e2e-content';
import {
  completeModuleQuickly,
  registerInBrowser,
  switchLanguage,
  translator,
  type QuizAnswerer,
} from '../support/e2e-learner';
import { clickAndLoad, mainText, onPhone, screenshot, skipToMain, step } from '../support/e2e-page';
import { answerQuizQuickly, answerQuizWithKeyboard, quizForm } from '../support/e2e-quiz';
import { startServer, type E2eServer } from '../support/e2e-server';

useTestDatabase();

const el = translator('el');
const learner = { name: 'Ελένη Παπαδοπούλου', email: 'eleni@example.org', password: 'correct horse battery' };

let browser: E2eBrowser | undefined;
let server: E2eServer | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

// After useTestDatabase's own beforeEach has emptied the database: the import must survive it.
beforeEach(async () => {
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function running(): { page: Page; base: string; module: JourneyModule } {
  if (!browser || !server) throw new Error('the browser or the server did not start');
  return { page: browser.page, base: server.baseUrl, module: chooseModule(server.catalog, 'el') };
}

async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).trim();
}

/** Follows a link (or a link styled as a button) by its visible name and waits for the next page. */
async function follow(page: Page, name: string, role: 'link' | 'button' = 'link'): Promise<void> {
  await clickAndLoad(page.getByRole(role, { name, exact: true }).first());
}

async function switchToGreek(page: Page): Promise<void> {
  await switchLanguage(page, 'en', 'el');
  const nav = page.getByRole('navigation', { name: el('common:nav.label') });
  expect(await nav.getByRole('link', { name: el('common:nav.modules') }).isVisible()).toBe(true);
  expect(await nav.getByRole('link', { name: el('common:nav.dashboard') }).isVisible()).toBe(true);
}

async function openModuleFromCatalogue(page: Page, module: JourneyModule): Promise<void> {
  const nav = page.getByRole('navigation', { name: el('common:nav.label') });
  await clickAndLoad(nav.getByRole('link', { name: el('common:nav.modules') }));
  expect(new URL(page.url()).pathname).toBe('/modules');
  expect(await heading(page)).toBe(el('catalog:heading'));
  await screenshot(page, 'journey-catalogue-el');
  await follow(page, module.title);
  expect(new URL(page.url()).pathname).toBe(module.url);
  expect(await heading(page)).toBe(module.title);
  expect(await mainText(page)).toContain(el('catalog:module.outcomes_heading'));
}

async function readLesson(page: Page, module: JourneyModule, lesson: JourneyLesson): Promise<void> {
  await follow(page, el('catalog:module.start.start'), 'button');
  const first = module.lessons[0];
  if (!first) throw new Error('the module has no lesson');
  // Walk with "next lesson" to the first lesson that has a quiz, as a reader would.
  for (let position = 1; new URL(page.url()).pathname !== lesson.url; position += 1) {
    if (position > module.lessons.length) throw new Error(`never reached ${lesson.url}`);
    await clickAndLoad(page.locator('a[rel="next"]'));
  }
  const position = module.lessons.indexOf(lesson) + 1;
  expect(await heading(page)).toBe(lesson.title);
  expect(await page.locator('article.lesson-content').getAttribute('lang')).toBeNull();
  const text = await mainText(page);
  expect(text).toContain(el('learning:lesson.position', { position, total: module.lessons.length }));
  expect(text).toContain(el('learning:state.not_done'));
  expect(text).toContain(el('learning:quiz.submit'));
}

async function answerFirstQuizWithKeyboard(page: Page, lesson: JourneyLesson, kinds: Set<QuestionKind>) {
  const quiz = lesson.quizzes[0];
  if (!quiz) throw new Error(`lesson ${lesson.id} has no quiz`);
  await skipToMain(page);
  await answerQuizWithKeyboard(page, quiz.id, quiz.questions);
  for (const question of quiz.questions) kinds.add(question.kind);
  const points = quiz.questions.reduce((sum, q) => sum + q.points, 0);
  const status = page.locator('.quiz-score[role="status"]').first();
  expect((await status.innerText()).trim()).toBe(
    el('learning:quiz.score', { earned: points, possible: points, percent: 100 }),
  );
  const verdicts = await quizForm(page, quiz.id).locator('.question-result strong').allInnerTexts();
  expect(verdicts).toEqual(quiz.questions.map(() => el('learning:quiz.result.right')));
  expect(await onPhone(page, 'journey-lesson-after-quiz-el-phone')).toBeNull();
}

/** Answers by keyboard a quiz with a question kind the keyboard has not answered yet; the others quickly. */
function keyboardForNewKinds(kinds: Set<QuestionKind>): QuizAnswerer {
  return async (page, quiz) => {
    if (quiz.questions.every((question) => kinds.has(question.kind))) {
      return answerQuizQuickly(page, quiz.id, quiz.questions);
    }
    await answerQuizWithKeyboard(page, quiz.id, quiz.questions);
    for (const question of quiz.questions) kinds.add(question.kind);
  };
}

async function openCertificate(page: Page, module: JourneyModule): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/certificates/')) {
    expect(await mainText(page)).toContain(el('learning:state.module_complete'));
    await follow(page, el('learning:state.certificate'));
  }
  expect(new URL(page.url()).pathname).toMatch(/^\/certificates\/[0-9a-f]{24}$/);
  expect(await heading(page)).toBe(el('certificates:heading'));
  expect((await page.getByTestId('learner-name').innerText()).trim()).toBe(learner.name);
  expect((await page.getByTestId('module-title').innerText()).trim()).toBe(module.title);
  expect(await page.getByTestId('score').innerText()).toMatch(/100/);
  expect(await page.getByTestId('verification-url').innerText()).toBe(page.url());
  await screenshot(page, 'journey-certificate-el');
  // Anyone with the address can check it: no session, no cookie.
  const anonymous = await request.newContext();
  try {
    const response = await anonymous.get(page.url());
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(learner.name);
  } finally {
    await anonymous.dispose();
  }
}

async function seeDashboard(page: Page, module: JourneyModule): Promise<void> {
  const nav = page.getByRole('navigation', { name: el('common:nav.label') });
  await clickAndLoad(nav.getByRole('link', { name: el('common:nav.dashboard') }));
  expect(new URL(page.url()).pathname).toBe('/dashboard');
  expect(await heading(page)).toBe(el('dashboard:heading'));
  const completed = page.getByRole('region', { name: el('dashboard:completed.heading') });
  const card = completed.locator(`article[data-pack="${module.id}"]`);
  expect((await card.locator('h3').innerText()).trim()).toBe(module.title);
  expect(await card.locator('progress').getAttribute('value')).toBe('100');
  expect(await card.getByTestId('score').innerText()).toContain(el('dashboard:module.passed'));
  const certificate = card.getByRole('button', { name: el('dashboard:module.certificate') });
  expect(await certificate.getAttribute('href')).toMatch(/^\/certificates\/[0-9a-f]{24}$/);
  await screenshot(page, 'journey-dashboard-el');
}

test('a new learner registers, switches to Greek, answers a quiz with the keyboard and gets a certificate', async () => {
  const { page, base, module } = running();
  const lesson = module.lessons.find((l) => l.quizzes.length > 0);
  if (!lesson) throw new Error(`module ${module.id} has no quiz`);
  await step(page, 'registers with the form', () => registerInBrowser(page, base, learner));
  await step(page, 'switches the interface to Greek with the language switcher', () => switchToGreek(page));
  await step(page, `opens "${module.id}" from the catalogue`, () => openModuleFromCatalogue(page, module));
  await step(page, `reads the lesson "${lesson.id}"`, () => readLesson(page, module, lesson));
  const answered = lesson.quizzes[0]?.id ?? '';
  const kinds = new Set<QuestionKind>();
  await step(page, 'answers its quiz with the keyboard only and sees the score', () =>
    answerFirstQuizWithKeyboard(page, lesson, kinds),
  );
  await step(page, 'completes the module (a quiz with a new question kind by keyboard, the others quickly)', () =>
    completeModuleQuickly(page, base, module, { skip: [answered], answer: keyboardForNewKinds(kinds) }),
  );
  await step(page, 'opens the certificate', () => openCertificate(page, module));
  await step(page, 'sees the module completed on the dashboard', () => seeDashboard(page, module));
}, 240_000);
