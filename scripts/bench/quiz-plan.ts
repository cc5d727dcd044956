/**
 * Quiz submissions for the load generator. Every bundled pack limits attempts (maxAttempts: 3), so each
 * submission must be a learner's 1st, 2nd or 3rd at that quiz: the pool registers enough learners and
 * lists attempt × quiz × learner, the learners innermost, so that concurrent posts come from different learners.
 */
import { encodeForm, inputValue, type FilledForm } from './html-forms';
import type { HttpSession } from './http-session';
import type { RequestShape } from './load';
import { quizForms } from './tessera-pages';

const ATTEMPTS = 3;

/** What the pool needs: which lessons to look at, how many learners at most, and a learner factory. */
export interface QuizPoolInput {
  lessonPages: readonly string[];
  /** Learners are added in batches this big, so that concurrent posts come from different learners, as in life. */
  batch: number;
  maxLearners: number;
  newLearner: () => Promise<HttpSession>;
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

/**
 * Quiz submissions handed out one at a time; `ensure` registers more learners between rounds when the
 * load generator may need more. When none are left the last one is sent again (answered 409).
 */
export class QuizPool {
  private readonly queue: RequestShape[] = [];
  private cursor = 0;
  private learnerCount = 0;

  private constructor(
    private readonly input: QuizPoolInput,
    private readonly forms: readonly FilledForm[],
    private readonly page: string,
  ) {}

  /** Finds the quiz forms with a first learner, or says why there are none. */
  static async open(input: QuizPoolInput): Promise<QuizPool | string> {
    const first = await input.newLearner();
    const { pages, forms } = await firstLearnerForms(first, input.lessonPages);
    if (forms.length === 0) {
      return `no quiz form (<form method="post" action="/modules/…/quizzes/…">) on ${input.lessonPages.length} lesson page(s)`;
    }
    const pool = new QuizPool(input, forms, pages[0] ?? '');
    await pool.addBatch(first);
    return pool;
  }

  /** Number of quizzes and of learners so far. */
  get size(): { quizzes: number; learners: number; submissions: number } {
    return { quizzes: this.forms.length, learners: this.learnerCount, submissions: this.queue.length };
  }

  /** Submissions not handed out yet. */
  remaining(): number {
    return this.queue.length - this.cursor;
  }

  /** The next submission. */
  next(): RequestShape {
    const shape = this.queue[this.cursor] ?? this.queue[this.queue.length - 1];
    if (this.cursor < this.queue.length) this.cursor += 1;
    if (!shape) throw new Error('the quiz pool is empty');
    return shape;
  }

  /** Registers batches of learners until at least `count` submissions remain (or the learner limit is reached). */
  async ensure(count: number): Promise<void> {
    while (this.remaining() < count && this.learnerCount < this.input.maxLearners) await this.addBatch();
  }

  /**
   * First attempts for counting round trips, from learners of their own: attempts the load generator
   * sends for the same learner and quiz would otherwise make these second or third attempts.
   */
  async firstAttempts(count: number): Promise<RequestShape[]> {
    const shapes: RequestShape[] = [];
    while (shapes.length < count) {
      const learner = await this.input.newLearner();
      const forms = await sameFormsFor(learner, this.page, this.forms);
      shapes.push(...forms.slice(0, count - shapes.length).map((form) => submission(learner, form)));
    }
    return shapes;
  }

  /** A batch of learners, each with every quiz × every attempt, ordered attempt → quiz → learner. */
  private async addBatch(first?: HttpSession): Promise<void> {
    const size = Math.min(this.input.batch, this.input.maxLearners - this.learnerCount);
    const batch: { learner: HttpSession; forms: readonly FilledForm[] }[] = [];
    for (let i = 0; i < size; i++) {
      const learner = i === 0 && first ? first : await this.input.newLearner();
      batch.push({
        learner,
        forms: i === 0 && first ? this.forms : await sameFormsFor(learner, this.page, this.forms),
      });
    }
    this.learnerCount += batch.length;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      for (let q = 0; q < this.forms.length; q++) {
        for (const { learner, forms } of batch) {
          const form = forms[q];
          if (form) this.queue.push(submission(learner, form));
        }
      }
    }
  }
}
