/**
 * Answers a quiz of a lesson page in the browser: with the keyboard only (as a keyboard or screen-reader user
 * would), or quickly through the form controls. The right answers are read server-side from the published pack,
 * in the language the page shows, because a page never contains them.
 */
import type { Locator, Page } from 'playwright-core';
import { answerFieldName, type Question } from '../../src/content/quiz';
import { isFullMarks } from '../../src/content/quiz/score-math';
import { mainText, pressTimes, tabTo } from './e2e-page';

/** What to do for one question, in form terms. */
export type AnswerPlan =
  | { kind: 'radio'; name: string; value: string; position: number }
  | { kind: 'checkboxes'; name: string; values: string[]; count: number }
  | { kind: 'text'; name: string; text: string }
  | { kind: 'selects'; items: { name: string; optionIndex: number }[] };

function numberText(question: Question & { kind: 'numerical' }): string {
  const best = question.answers.find((answer) => isFullMarks(answer.weight)) ?? question.answers[0];
  if (!best) throw new Error(`numerical question ${question.id} has no answer`);
  return String(best.type === 'range' ? best.min : best.value);
}

/** The full-marks answer of one question. */
export function rightAnswer(question: Question): AnswerPlan {
  const name = answerFieldName(question.id);
  switch (question.kind) {
    case 'single': {
      const position = question.choices.findIndex((choice) => isFullMarks(choice.weight));
      return { kind: 'radio', name, value: String(position), position };
    }
    case 'truefalse':
      return { kind: 'radio', name, value: String(question.answer), position: question.answer ? 0 : 1 };
    case 'multiple': {
      const values = question.choices.flatMap((choice, index) => (choice.weight > 0 ? [String(index)] : []));
      return { kind: 'checkboxes', name, values, count: question.choices.length };
    }
    case 'short': {
      const best = question.answers.find((answer) => isFullMarks(answer.weight)) ?? question.answers[0];
      return { kind: 'text', name, text: best?.text ?? '' };
    }
    case 'numerical':
      return { kind: 'text', name, text: numberText(question) };
    case 'matching':
      return {
        kind: 'selects',
        items: question.pairs.map((pair, item) => ({
          name: answerFieldName(question.id, item),
          optionIndex: question.options.indexOf(pair.right),
        })),
      };
  }
}

/** The quiz form of a lesson page, found by its action (`…/quizzes/<quizId>`). */
export function quizForm(page: Page, quizId: string): Locator {
  return page.locator(`form[action$="/quizzes/${quizId}"]`);
}

const byName = (form: Locator, tag: string, name: string): Locator => form.locator(`${tag}[name="${name}"]`);

async function radioByKeyboard(form: Locator, plan: AnswerPlan & { kind: 'radio' }): Promise<void> {
  const page = form.page();
  // Tab enters an unanswered radio group on its first button; arrows move the choice, Space picks the first.
  await tabTo(byName(form, 'input', plan.name).first());
  if (plan.position === 0) await page.keyboard.press('Space');
  else await pressTimes(page, 'ArrowDown', plan.position);
}

async function checkboxesByKeyboard(form: Locator, plan: AnswerPlan & { kind: 'checkboxes' }): Promise<void> {
  const boxes = byName(form, 'input', plan.name);
  for (let index = 0; index < plan.count; index += 1) {
    await tabTo(boxes.nth(index));
    if (plan.values.includes(String(index))) await form.page().keyboard.press('Space');
  }
}

async function selectsByKeyboard(form: Locator, plan: AnswerPlan & { kind: 'selects' }): Promise<void> {
  for (const item of plan.items) {
    await tabTo(byName(form, 'select', item.name));
    // The first option is the empty "choose…" one; a closed select moves one option per arrow press.
    await pressTimes(form.page(), 'ArrowDown', item.optionIndex + 1);
  }
}

/** Fills one question using only Tab, arrows, Space and typing. */
async function answerByKeyboard(form: Locator, plan: AnswerPlan): Promise<void> {
  switch (plan.kind) {
    case 'radio':
      return radioByKeyboard(form, plan);
    case 'checkboxes':
      return checkboxesByKeyboard(form, plan);
    case 'text':
      await tabTo(byName(form, 'input', plan.name));
      return form.page().keyboard.type(plan.text);
    case 'selects':
      return selectsByKeyboard(form, plan);
  }
}

/** Fails unless the form holds exactly the planned answer (the keyboard did what was meant). */
async function expectAnswered(form: Locator, plan: AnswerPlan): Promise<void> {
  const checks: [string, string, string][] = [];
  if (plan.kind === 'radio' || plan.kind === 'checkboxes') {
    const checked = await byName(form, 'input', plan.name).evaluateAll((inputs) =>
      (inputs as unknown as { checked: boolean; value: string }[]).filter((i) => i.checked).map((i) => i.value),
    );
    checks.push([plan.name, checked.join(','), plan.kind === 'radio' ? plan.value : plan.values.join(',')]);
  } else if (plan.kind === 'text') {
    checks.push([plan.name, await byName(form, 'input', plan.name).inputValue(), plan.text]);
  } else {
    for (const item of plan.items) {
      checks.push([item.name, await byName(form, 'select', item.name).inputValue(), String(item.optionIndex)]);
    }
  }
  const wrong = checks.filter(([, actual, expected]) => actual !== expected);
  if (wrong.length > 0) {
    throw new Error(
      `keyboard answer not in the form: ${wrong.map(([n, a, e]) => `${n}="${a}" (meant "${e}")`).join('; ')}`,
    );
  }
}

const attemptIn = (url: URL | string): string | null => new URL(url).searchParams.get('attempt');

/** Submits, then waits for the lesson page of the new attempt (a refused submission fails with the page's words). */
async function submitted(page: Page, submit: () => Promise<void>): Promise<void> {
  const before = attemptIn(page.url());
  await submit();
  try {
    await page.waitForURL((url) => attemptIn(url) !== null && attemptIn(url) !== before);
  } catch {
    throw new Error(
      `the quiz submission did not lead to its results; the page (${page.url()}) says: ${await mainText(page)}`,
    );
  }
}

/** Answers every question right with the keyboard only and submits with Enter on the submit button. */
export async function answerQuizWithKeyboard(
  page: Page,
  quizId: string,
  questions: readonly Question[],
): Promise<void> {
  const form = quizForm(page, quizId);
  for (const question of questions) {
    const plan = rightAnswer(question);
    await answerByKeyboard(form, plan);
    await expectAnswered(form, plan);
  }
  await tabTo(form.locator('button[type="submit"]'));
  await submitted(page, () => page.keyboard.press('Enter'));
}

/** Answers every question right through the form controls (mouse-free but not key by key), then submits. */
export async function answerQuizQuickly(page: Page, quizId: string, questions: readonly Question[]): Promise<void> {
  const form = quizForm(page, quizId);
  for (const plan of questions.map(rightAnswer)) {
    if (plan.kind === 'radio') await form.locator(`input[name="${plan.name}"][value="${plan.value}"]`).check();
    if (plan.kind === 'checkboxes') {
      for (const value of plan.values) await form.locator(`input[name="${plan.name}"][value="${value}"]`).check();
    }
    if (plan.kind === 'text') await byName(form, 'input', plan.name).fill(plan.text);
    if (plan.kind === 'selects') {
      for (const item of plan.items) await byName(form, 'select', item.name).selectOption(String(item.optionIndex));
    }
  }
  await submitted(page, () => form.locator('button[type="submit"]').click());
}
