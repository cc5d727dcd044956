/**
 * axe-core on the learner's pages, in English and in Greek: catalogue, module page, lesson with a quiz after a
 * submission, dashboard and certificate. Fails on any `serious` or `critical` violation and lists every one of them
 * (page, rule, elements), and on any page wider than a 390px phone (WCAG 1.4.10). Saves a full-page screenshot of
 * each page as test-results/screenshots/<page>-<lang>.png, a phone-sized one of the lesson, and the whole report
 * (minor violations and checks axe left to review by hand too) as test-results/axe-report.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Language } from '../../src/platform/i18n';
import { useTestDatabase } from '../support/database';
import { AccessibilityAudit, isBlocking, runAxe } from '../support/e2e-axe';
import { launchBrowser, type E2eBrowser } from '../support/e2e-browser';
import { chooseModule, moduleIn, type JourneyModule } from '../support/e2e-content';
import { completeModuleQuickly, registerInBrowser, switchLanguage, translator } from '../support/e2e-learner';
import { onPhone, screenshot, SCREENSHOT_DIR, step } from '../support/e2e-page';
import { answerQuizQuickly } from '../support/e2e-quiz';
import { startServer, type E2eServer } from '../support/e2e-server';

useTestDatabase();

const REPORT = join(SCREENSHOT_DIR, '..', 'axe-report.json');
const learner = { name: 'Nikos Auditor', email: 'nikos@example.org', password: 'correct horse battery' };

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

/** The addresses of the pages to audit, found by going through the module once. */
interface Pages {
  catalogue: string;
  module: string;
  lesson: string;
  dashboard: string;
  certificate: string;
}

/** Completes the module in English, its first quiz last, so that the lesson page shows a submission. */
async function completeAndSubmit(page: Page, base: string, module: JourneyModule): Promise<Pages> {
  const first = module.lessons.find((l) => l.quizzes.length > 0)?.quizzes[0]?.id ?? '';
  await completeModuleQuickly(page, base, module, { skip: [first] });
  const lesson = await submitFirstQuiz(page, base, module);
  await page.goto(`${base}/dashboard`);
  const certificate = await page
    .locator(`article[data-pack="${module.id}"]`)
    .getByRole('button', { name: translator('en')('dashboard:module.certificate') })
    .getAttribute('href');
  if (!certificate) throw new Error('the dashboard shows no certificate link for the completed module');
  return { catalogue: '/modules', module: module.url, lesson, dashboard: '/dashboard', certificate };
}

/** Answers the module's first quiz; returns the address of the lesson page with the results. */
async function submitFirstQuiz(page: Page, base: string, module: JourneyModule): Promise<string> {
  const lesson = module.lessons.find((l) => l.quizzes.length > 0);
  const quiz = lesson?.quizzes[0];
  if (!lesson || !quiz) throw new Error(`module ${module.id} has no quiz`);
  await page.goto(`${base}${lesson.url}`);
  await answerQuizQuickly(page, quiz.id, quiz.questions);
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** Opens each page, checks it with axe and takes its screenshots. */
async function auditPages(page: Page, base: string, pages: Pages, language: Language, audit: AccessibilityAudit) {
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(`${base}${path}`);
    const lang = await page.locator('html').getAttribute('lang');
    if (lang !== language) throw new Error(`${name} page is in "${lang}", not "${language}"`);
    await audit.check(page, `${name}-${language}`);
    await screenshot(page, `${name}-${language}`);
    audit.noteReflow(
      `${name}-${language}`,
      await onPhone(page, name === 'lesson' ? `lesson-${language}-phone` : undefined),
    );
  }
}

function saveReport(audit: AccessibilityAudit): void {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const { pagesChecked, blocking, minor, toReview, reflow } = audit;
  writeFileSync(REPORT, `${JSON.stringify({ pagesChecked, blocking, reflow, minor, toReview }, null, 2)}\n`);
}

test('the learner pages have no serious or critical axe violations and fit a phone, in English and Greek', async () => {
  if (!browser || !server) throw new Error('the browser or the server did not start');
  const { page } = browser;
  const base = server.baseUrl;
  const greek = chooseModule(server.catalog, 'el');
  const english = moduleIn(server.catalog, greek.id, 'en');
  if (!english) throw new Error(`module ${greek.id} cannot be read in English`);
  const audit = new AccessibilityAudit();

  await step(page, 'checks that the audit sees a known violation and a page too wide for a phone', async () => {
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"></main></html>');
    const { violations } = await runAxe(page);
    expect(violations.filter(isBlocking).map((v) => v.id)).toContain('image-alt');
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><p style="width:600px">x</p></main>');
    expect(await onPhone(page)).toMatch(/^page is \d+px wide in a 390px viewport: p \(right edge \d+px\)/);
  });

  await step(page, 'registers', () => registerInBrowser(page, base, learner));
  const pages = await step(page, 'completes a module in English', () => completeAndSubmit(page, base, english));
  await step(page, 'audits the English pages', () => auditPages(page, base, pages, 'en', audit));

  await step(page, 'switches to Greek', () => switchLanguage(page, 'en', 'el'));
  const lesson = await step(page, 'answers the quiz again in Greek', () => submitFirstQuiz(page, base, greek));
  await step(page, 'audits the Greek pages', () => auditPages(page, base, { ...pages, lesson }, 'el', audit));

  saveReport(audit);
  audit.assertClean();
}, 240_000);
