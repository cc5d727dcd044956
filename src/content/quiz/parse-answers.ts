/**
 * Reads a quiz form post into typed answers. Form field names (views follow them; urlencoded, flat names; a
 * question id never contains a dot):
 *
 *   q.<id>          single choice and missing-word choice: the choice index ("0", "1"...)
 *                   true/false: "true" or "false"
 *                   multiple choice: a choice index; several check boxes repeat the name (an array of indexes)
 *                   short answer: the typed text
 *                   numerical: the typed number, "3.14" or "3,14" (a decimal comma is accepted)
 *   q.<id>.<item>   matching: for the left item with index <item>, the chosen option index
 *
 * Fields not starting with "q." (the CSRF token...) are not ours and are ignored. A missing field or an empty
 * value is an unanswered question. Anything a page of ours cannot send (an index out of range, a question that is
 * not in the quiz, a non-number for a numerical question) is an error with code `quiz.invalid-answer`.
 */
import { z } from 'zod';
import type { MatchingQuestion, Question, QuestionAnswer, QuizAnswers } from './quiz-types';

/** Prefix of every quiz answer field. */
export const ANSWER_FIELD_PREFIX = 'q.';
/** Longest short answer accepted, in characters. */
export const MAX_TEXT_ANSWER_LENGTH = 500;

/** The form field name for a question's answer, or for one left item of a matching question. */
export function answerFieldName(questionId: string, itemIndex?: number): string {
  return itemIndex === undefined
    ? `${ANSWER_FIELD_PREFIX}${questionId}`
    : `${ANSWER_FIELD_PREFIX}${questionId}.${itemIndex}`;
}

/** A question whose submitted value cannot have come from our page. */
export interface AnswerError {
  questionId: string;
  code: string;
}

/** Typed answers, or why the form cannot be graded. */
export type ParsedAnswers = { ok: true; answers: QuizAnswers } | { ok: false; errors: AnswerError[] };

const FieldValue = z.union([z.string(), z.array(z.string()).max(200)]);
const Single = z.string();
const indexBelow = (count: number): z.ZodType<number, string> =>
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().max(count - 1));
const TrueFalse = z.enum(['true', 'false']).transform((value) => value === 'true');
const Decimal = z
  .string()
  .regex(/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/)
  .transform((value) => Number(value.replace(',', '.')));
const Text = z.string().max(MAX_TEXT_ANSWER_LENGTH);

/** An answer, nothing (left empty), or invalid. */
type Read = QuestionAnswer | 'empty' | 'invalid';

function read<T>(schema: z.ZodType<T, string>, value: string, toAnswer: (parsed: T) => QuestionAnswer): Read {
  const parsed = schema.safeParse(value);
  return parsed.success ? toAnswer(parsed.data) : 'invalid';
}

function readMultiple(question: Question & { kind: 'multiple' }, values: string[]): Read {
  const given = values.map((value) => value.trim()).filter((value) => value !== '');
  if (given.length === 0) return 'empty';
  const indexes = given.map((value) => indexBelow(question.choices.length).safeParse(value));
  const choices = indexes.flatMap((index) => (index.success ? [index.data] : []));
  // A browser never sends one check box twice: a repeated index is a forged form.
  if (choices.length !== given.length || new Set(choices).size !== choices.length) return 'invalid';
  return { kind: 'multiple', choices };
}

function readWhole(question: Question, raw: string | string[]): Read {
  if (question.kind === 'multiple') return readMultiple(question, typeof raw === 'string' ? [raw] : raw);
  const single = Single.safeParse(raw);
  if (!single.success || question.kind === 'matching') return 'invalid';
  const value = question.kind === 'short' ? single.data : single.data.trim();
  if (value.trim() === '') return 'empty';
  switch (question.kind) {
    case 'single':
      return read(indexBelow(question.choices.length), value, (choice) => ({ kind: 'single', choice }));
    case 'truefalse':
      return read(TrueFalse, value, (answer) => ({ kind: 'truefalse', value: answer }));
    case 'short':
      return read(Text, value, (text) => ({ kind: 'short', text: text.trim() }));
    case 'numerical':
      return read(Decimal, value, (answer) => ({ kind: 'numerical', value: answer }));
  }
}

/** Reads `q.<id>.<item>` of a matching question into the answer built so far. */
function readItem(
  question: MatchingQuestion,
  item: string,
  raw: string | string[],
  so: QuestionAnswer | undefined,
): Read {
  const itemIndex = indexBelow(question.pairs.length).safeParse(item);
  const value = Single.safeParse(raw);
  if (!itemIndex.success || !value.success) return 'invalid';
  const matches = so?.kind === 'matching' ? so.matches : question.pairs.map(() => null);
  if (value.data.trim() === '') return { kind: 'matching', matches };
  const option = indexBelow(question.options.length).safeParse(value.data.trim());
  if (!option.success) return 'invalid';
  return {
    kind: 'matching',
    matches: matches.map((chosen, index) => (index === itemIndex.data ? option.data : chosen)),
  };
}

/** Reads one `q.` field; `parts` is the name without the prefix, split at dots. */
function readField(
  question: Question | undefined,
  parts: string[],
  value: unknown,
  so: QuestionAnswer | undefined,
): Read {
  const raw = FieldValue.safeParse(value);
  if (question === undefined || !raw.success || parts.length > 2) return 'invalid';
  const [, item] = parts;
  if (item === undefined) return readWhole(question, raw.data);
  return question.kind === 'matching' ? readItem(question, item, raw.data, so) : 'invalid';
}

/** Reads and validates a quiz form post into typed answers (see the field names at the top of this file). */
export function parseAnswers(questions: readonly Question[], form: Record<string, unknown>): ParsedAnswers {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const answers = new Map<string, QuestionAnswer>();
  const errors = new Map<string, AnswerError>();
  for (const [name, value] of Object.entries(form)) {
    if (!name.startsWith(ANSWER_FIELD_PREFIX)) continue;
    const parts = name.slice(ANSWER_FIELD_PREFIX.length).split('.');
    const questionId = parts[0] ?? '';
    const result = readField(byId.get(questionId), parts, value, answers.get(questionId));
    if (result === 'invalid') errors.set(questionId, { questionId, code: 'quiz.invalid-answer' });
    else if (result !== 'empty') answers.set(questionId, result);
  }
  if (errors.size > 0) return { ok: false, errors: [...errors.values()] };
  return { ok: true, answers: Object.fromEntries(answers) };
}
