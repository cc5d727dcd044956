/**
 * Quiz submissions for the load generator. Every bundled pack limits attempts (maxAttempts: 3), so each
 * submission must be a learner's 1st, 2nd or 3rd at that quiz: the plan registers enough learners and
 * lists attempt × quiz × learner, the learners innermost, so that concurrent posts come from different learners.
 */
import { encodeForm, inputValue, type FilledForm } from './html-forms';
import type { HttpSession } from './http-session';
import type { RequestShape } from './load';
import { quizForms } from './tessera-pages';

const ATTEMPTS = 3;

/** Submissions in order: `reserved` (first attempts, for counting round trips) and `load` (the rest). */
export interface QuizPlan {
  reserved: RequestShape[];
  load: RequestShape[];
  learners: number;
  quizzes: number;
}

/** What the plan needs: which lessons to look at, how many submissions are wanted, and a learner factory. */
export interface QuizPlanInput {
  lessonPages: readonly string[];
  wanted: number;
  reserve: number;
  /** At least this many learners, so that concurrent posts come from different learners, as in life. */
  minLearners: number;
  maxLearners: number;
  newLearner: (index: number) => Promise<HttpSession>;
}

function submission(learner: HttpSession, form: FilledForm): RequestShape {
  return {
    method: 'POST',
    path: form.action,
    headers: { cookie: learner.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    body: encodeForm(form.fields),
  };
}

/** Finds the lesson pages that carry quiz forms, as the first learner sees them. */
async function firstLearnerForms(
  first: HttpSession,
  lessonPages: readonly string[],
): Promise<{ pages: string[]; forms: FilledForm[] }> {
  const pages: string[] = [];
  const forms: FilledForm[] = [];
  for (const page of lessonPages) {
    const found = await quizForms(first, [page]);
    if (found.length === 0) continue;
    pages.push(page);
    forms.push(...found);
  }
  return { pages, forms };
}

/**
 * The first learner's forms with this learner's CSRF token: the fields are the same for everyone, and the
 * token is one per session (csrf-sync), so one page view per learner is enough.
 */
async function sameFormsFor(learner: HttpSession, page: string, forms: readonly FilledForm[]): Promise<FilledForm[]> {
  const token = inputValue((await learner.get(page)).body, '_csrf');
  if (token === undefined) throw new Error(`${page} shows a logged-in learner no _csrf field`);
  return forms.map((form) => ({
    action: form.action,
    fields: form.fields.map(([name, value]): [string, string] => [name, name === '_csrf' ? token : value]),
  }));
}

/** Builds the plan, or says why there is none (no quiz form on any lesson page). */
export async function planQuizzes(input: QuizPlanInput): Promise<QuizPlan | string> {
  const first = await input.newLearner(0);
  const { pages, forms } = await firstLearnerForms(first, input.lessonPages);
  if (forms.length === 0) {
    return `no quiz form (<form method="post" action="/modules/…/quizzes/…">) on ${input.lessonPages.length} lesson page(s)`;
  }
  const needed = Math.ceil((input.wanted + input.reserve) / (forms.length * ATTEMPTS));
  const learners = Math.max(1, Math.min(input.maxLearners, Math.max(input.minLearners, needed)));
  const formsByLearner: { learner: HttpSession; forms: FilledForm[] }[] = [{ learner: first, forms }];
  for (let i = 1; i < learners; i++) {
    const learner = await input.newLearner(i);
    formsByLearner.push({ learner, forms: await sameFormsFor(learner, pages[0] ?? '', forms) });
  }
  const all: RequestShape[] = [];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    for (let q = 0; q < forms.length; q++) {
      for (const { learner, forms: own } of formsByLearner) {
        const form = own[q];
        if (form) all.push(submission(learner, form));
      }
    }
  }
  const reserved = all.splice(0, Math.min(input.reserve, forms.length * learners));
  return { reserved, load: all, learners, quizzes: forms.length };
}
