/**
 * Turns one gift-pegjs question into a Tessera question, with every problem it has: missing or invalid id,
 * a kind that cannot be graded, no way to earn full marks, HTML text.
 */
import type * as Gift from 'gift-pegjs';
import { problem, type LocatedProblem, type ProblemLocation } from '../problems';
import { choiceQuestion, matchingQuestion, numericalQuestion, shortQuestion, trueFalseQuestion } from './gift-answers';
import { decodeGiftText, optionalText, type QuestionLayout } from './gift-text';
import type { Question, QuestionBase } from './quiz-types';
import { bestSelectionWeight, isFullMarks } from './score-math';

/** Question ids are kebab-case ASCII, at most 64 characters (format section 1). */
export const QUESTION_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Longest question id the format allows. */
export const MAX_QUESTION_ID_LENGTH = 64;

/** Where one question is: its layout in the chunk and a way to turn chunk offsets into lesson-file locations. */
export interface QuestionSite {
  layout: QuestionLayout;
  locate: (offset: number) => ProblemLocation;
}

/** A built question (null when it cannot be graded or keyed) and the problems found in it. */
export interface BuiltQuestion {
  id: string | null;
  question: Question | null;
  problems: LocatedProblem[];
}

/** A GIFT item other than a `$CATEGORY` line. */
export type GiftItem = Exclude<Gift.GIFTQuestion, Gift.Category>;

function idProblems(id: string, site: QuestionSite): LocatedProblem[] {
  if (id === '') {
    const message = 'This question has no id: start it with a kebab-case name such as ::sensor-role::.';
    return [problem('quiz.missing-id', message, site.locate(site.layout.start))];
  }
  if (QUESTION_ID_PATTERN.test(id) && id.length <= MAX_QUESTION_ID_LENGTH) return [];
  const message =
    `Question id "${id}" is not valid: use lowercase letters, digits and single hyphens ` +
    `(for example sensor-role), at most ${MAX_QUESTION_ID_LENGTH} characters.`;
  return [problem('quiz.invalid-id', message, site.locate(site.layout.idAt ?? site.layout.start))];
}

function baseOf(id: string, gift: { globalFeedback: Gift.TextFormat | null }, layout: QuestionLayout): QuestionBase {
  const stemAfter = decodeGiftText(layout.afterRaw);
  const generalFeedback = optionalText(gift.globalFeedback);
  return {
    id,
    stem: decodeGiftText(layout.stemRaw),
    ...(stemAfter === '' ? {} : { stemAfter }),
    points: 1,
    ...(generalFeedback === undefined ? {} : { generalFeedback }),
  };
}

type Converted = { question: Question } | { code: string; message: string; offset: 'start' | 'open' };

function convert(id: string, gift: GiftItem, layout: QuestionLayout): Converted {
  if (gift.type === 'Description') {
    const message =
      'This item has no answers in { }, so it is a description, which cannot be graded: add answers or move the text out of the quiz.';
    return { code: 'quiz.unsupported-type', message, offset: 'start' };
  }
  if (gift.type === 'Essay') {
    const message = 'Essay questions ({} with no answers) cannot be graded automatically: give answers in the braces.';
    return { code: 'quiz.unsupported-type', message, offset: 'start' };
  }
  const base = baseOf(id, gift, layout);
  if (gift.type === 'MC') return { question: choiceQuestion(base, gift) };
  if (gift.type === 'Short') return { question: shortQuestion(base, gift) };
  if (gift.type === 'TF') return { question: trueFalseQuestion(base, gift) };
  if (gift.type === 'Matching') return { question: matchingQuestion(base, gift) };
  const numerical = numericalQuestion(base, gift);
  if (numerical !== null) return { question: numerical };
  const message = 'A numerical answer has no number: write one such as =1883, =3.14:0.01 or =1..5.';
  return { code: 'quiz.syntax', message, offset: 'open' };
}

function percent(weight: number): string {
  return `${Math.round(weight * 10000) / 100}%`;
}

/** Why no answer earns full marks, or null when one does. */
export function missingRightAnswer(question: Question): string | null {
  const hasFull = (weights: number[]): boolean => weights.some(isFullMarks);
  switch (question.kind) {
    case 'single':
      if (hasFull(question.choices.map((choice) => choice.weight))) return null;
      return 'This single-choice question has no right answer: mark the right choice with "=".';
    case 'multiple': {
      const best = bestSelectionWeight(question.choices.map((choice) => choice.weight));
      if (isFullMarks(best)) return null;
      return `The positive weights of this multiple-choice question add up to ${percent(best)}, so no selection earns full marks: make them add up to 100%.`;
    }
    case 'short':
      if (hasFull(question.answers.map((answer) => answer.weight))) return null;
      return 'This short-answer question accepts no answer for full marks: give at least one "=" answer without a lower weight.';
    case 'numerical':
      if (hasFull(question.answers.map((answer) => answer.weight))) return null;
      return 'This numerical question accepts no number for full marks: give at least one answer without a lower weight.';
    case 'matching':
      if (question.pairs.length > 0) return null;
      return 'This matching question has no pairs: write them as "=item -> match".';
    case 'truefalse':
      return null;
  }
}

function usesHtml(gift: GiftItem): boolean {
  const texts: (Gift.TextFormat | null)[] = [gift.stem];
  if ('globalFeedback' in gift) texts.push(gift.globalFeedback);
  if (gift.type === 'MC' || gift.type === 'Short') {
    gift.choices.forEach((choice) => texts.push(choice.text, choice.feedback));
  }
  if (gift.type === 'Matching') gift.matchPairs.forEach((pair) => texts.push(pair.subquestion));
  return texts.some((text) => text?.format === 'html');
}

function htmlWarning(site: QuestionSite): LocatedProblem {
  const message =
    'This question uses [html]: its text is shown as plain text, tags included; write plain text or [markdown].';
  return problem('quiz.html-format', message, site.locate(site.layout.start), 'warning');
}

/** Builds one question and collects its problems (duplicate ids are the caller's: they span questions). */
export function buildQuestion(gift: GiftItem, site: QuestionSite): BuiltQuestion {
  const id = (gift.title ?? '').trim();
  const problems = idProblems(id, site);
  const converted = convert(id, gift, site.layout);
  if ('code' in converted) {
    const offset = converted.offset === 'open' ? (site.layout.open ?? site.layout.start) : site.layout.start;
    problems.push(problem(converted.code, converted.message, site.locate(offset)));
    return { id: id === '' ? null : id, question: null, problems };
  }
  if (usesHtml(gift)) problems.push(htmlWarning(site));
  const missing = missingRightAnswer(converted.question);
  if (missing !== null) {
    problems.push(problem('quiz.no-right-answer', missing, site.locate(site.layout.open ?? site.layout.start)));
  }
  return { id: id === '' ? null : id, question: id === '' ? null : converted.question, problems };
}
