/**
 * What a learner does in the browser that several browser tests share: register through the form, change the
 * interface language with the switcher, and work through a whole module quickly.
 */
import type { Page } from 'playwright-core';
import { createI18n, LANGUAGE_NAMES, type Language } from '../../src/platform/i18n';
import type { JourneyLesson, JourneyModule } from './e2e-content';
import { clickAndLoad } from './e2e-page';
import { answerQuizQuickly } from './e2e-quiz';

const i18n = createI18n();

/** The interface strings of one language, as the tests expect to read them. */
export const translator = (language: Language) => i18n.translator(language);

/** A person who registers in a test. */
export interface Person {
  name: string;
  email: string;
  password: string;
}

/** Registers through the form of an English page (labels found by their visible text); then logged in. */
export async function registerInBrowser(page: Page, base: string, person: Person): Promise<void> {
  const en = translator('en');
  await page.goto(`${base}/register`);
  await page.getByLabel(en('accounts:fields.name'), { exact: true }).fill(person.name);
  await page.getByLabel(en('accounts:fields.email'), { exact: true }).fill(person.email);
  await page.getByLabel(en('accounts:fields.password'), { exact: true }).fill(person.password);
  await page.getByLabel(en('accounts:fields.confirm'), { exact: true }).fill(person.password);
  await page.getByRole('button', { name: en('accounts:register.submit') }).click();
  await page.waitForURL((url) => url.pathname !== '/register');
  const shown = await page.getByTestId('user-name').innerText();
  if (shown.trim() !== person.name) throw new Error(`after registering the header shows "${shown}", not the name`);
}

/** Picks a language in the header's switcher (labelled in the language now shown) and waits for the new page. */
export async function switchLanguage(page: Page, from: Language, to: Language): Promise<void> {
  const t = translator(from);
  await page.getByLabel(t('common:language.label'), { exact: true }).selectOption({ label: LANGUAGE_NAMES[to] });
  await page.getByRole('button', { name: t('common:language.change'), exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('lang') === to);
  const lang = await page.locator('html').getAttribute('lang');
  if (lang !== to) throw new Error(`after choosing ${LANGUAGE_NAMES[to]} the page says <html lang="${lang}">`);
}

/** Answers one quiz on the lesson page now shown (all right). */
export type QuizAnswerer = (page: Page, quiz: JourneyLesson['quizzes'][number]) => Promise<void>;

const quickly: QuizAnswerer = (page, quiz) => answerQuizQuickly(page, quiz.id, quiz.questions);

/**
 * Opens every lesson; answers each quiz not in `skip` (with `answer`, by default quickly through the form);
 * marks lessons without quizzes as done. Returns the address the last action led to (certificate or lesson).
 */
export async function completeModuleQuickly(
  page: Page,
  base: string,
  module: JourneyModule,
  options: { skip?: readonly string[]; answer?: QuizAnswerer } = {},
): Promise<string> {
  const { skip = [], answer = quickly } = options;
  for (const lesson of module.lessons) {
    await page.goto(`${base}${lesson.url}`);
    for (const quiz of lesson.quizzes.filter((q) => !skip.includes(q.id))) await answer(page, quiz);
    if (lesson.quizzes.length === 0) {
      await clickAndLoad(page.locator('form[action$="/done"] button[type="submit"]'));
    }
  }
  return page.url();
}
