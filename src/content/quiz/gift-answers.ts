/**
 * Converts the answer part of gift-pegjs questions into Tessera's question kinds.
 */
import type * as Gift from 'gift-pegjs';
import { decodePlaceholders, optionalText, plainText } from './gift-text';
import type {
  Choice,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericAnswer,
  NumericalQuestion,
  QuestionBase,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from './quiz-types';

/** GIFT weight of an answer as a fraction: `%n%` / 100, else 1 for `=` and 0 for `~`. */
function fraction(isCorrect: boolean, weight: number | null): number {
  if (weight !== null) return weight / 100;
  return isCorrect ? 1 : 0;
}

/** Spreads `{ feedback }` only when there is some, so stored questions carry no empty keys. */
function feedbackOf(text: Gift.TextFormat | null | undefined): { feedback?: string } {
  const feedback = optionalText(text);
  return feedback === undefined ? {} : { feedback };
}

function toChoice(choice: Gift.TextChoice): Choice {
  return {
    text: plainText(choice.text),
    weight: fraction(choice.isCorrect, choice.weight),
    ...feedbackOf(choice.feedback),
  };
}

/**
 * Radio buttons when any choice is `=` (Moodle's rule) or when no choice has a weight (a single choice whose
 * `=` was forgotten, reported as having no right answer); check boxes for `~%n%` weights without any `=`.
 */
export function choiceQuestion(
  base: QuestionBase,
  gift: Gift.MultipleChoice,
): SingleChoiceQuestion | MultipleChoiceQuestion {
  const choices = gift.choices.map(toChoice);
  const hasRightMark = gift.choices.some((choice) => choice.isCorrect);
  const hasWeights = gift.choices.some((choice) => choice.weight !== null);
  return hasRightMark || !hasWeights ? { ...base, kind: 'single', choices } : { ...base, kind: 'multiple', choices };
}

/** Short answer: every `=` text is accepted, with its weight. */
export function shortQuestion(base: QuestionBase, gift: Gift.ShortAnswer): ShortAnswerQuestion {
  const answers = gift.choices.map((choice) => ({
    text: plainText(choice.text),
    weight: fraction(choice.isCorrect, choice.weight),
    ...feedbackOf(choice.feedback),
  }));
  return { ...base, kind: 'short', answers };
}

/** True/false; gift-pegjs calls Moodle's first feedback (shown when wrong) `trueFeedback` and the second `falseFeedback`. */
export function trueFalseQuestion(base: QuestionBase, gift: Gift.TrueFalse): TrueFalseQuestion {
  const wrong = optionalText(gift.trueFeedback);
  const right = optionalText(gift.falseFeedback);
  return {
    ...base,
    kind: 'truefalse',
    answer: gift.isTrue,
    ...(right === undefined ? {} : { feedbackWhenRight: right }),
    ...(wrong === undefined ? {} : { feedbackWhenWrong: wrong }),
  };
}

function numericTarget(format: Gift.NumericalFormat): NumericAnswer | null {
  if (format.type === 'high-low') {
    if (format.numberLow === undefined || format.numberHigh === undefined) return null;
    const [min, max] = [Math.min(format.numberLow, format.numberHigh), Math.max(format.numberLow, format.numberHigh)];
    return { type: 'range', min, max, weight: 1 };
  }
  if (format.number === undefined) return null;
  return { type: 'exact', value: format.number, tolerance: Math.abs(format.range ?? 0), weight: 1 };
}

function numericChoice(choice: Gift.NumericalChoice): NumericAnswer | null {
  // gift-pegjs turns an answer with no number (`{#=%50%}`, Moodle's "any answer") into the text "*".
  if ('format' in choice.text) return null;
  const target = numericTarget(choice.text);
  if (target === null) return null;
  return { ...target, weight: fraction(choice.isCorrect, choice.weight), ...feedbackOf(choice.feedback) };
}

/** Numerical: one `{#n}` answer, or a list of `=`/`~` answers with weights; null when an answer has no number. */
export function numericalQuestion(base: QuestionBase, gift: Gift.Numerical): NumericalQuestion | null {
  const answers = Array.isArray(gift.choices) ? gift.choices.map(numericChoice) : [numericTarget(gift.choices)];
  const complete = answers.filter((answer): answer is NumericAnswer => answer !== null);
  return complete.length === answers.length ? { ...base, kind: 'numerical', answers: complete } : null;
}

/** A stable order for right-hand options, so the page shows them the same way every time and in every process. */
export function compareOptions(a: string, b: string): number {
  const [foldedA, foldedB] = [a.toLowerCase(), b.toLowerCase()];
  if (foldedA !== foldedB) return foldedA < foldedB ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Matching: pairs with a left item; pairs with an empty left side (`= -> x`) only add distractor options. */
export function matchingQuestion(base: QuestionBase, gift: Gift.Matching): MatchingQuestion {
  const all = gift.matchPairs.map((pair) => ({
    left: plainText(pair.subquestion),
    right: decodePlaceholders(pair.subanswer).trim(),
  }));
  const pairs = all.filter((pair) => pair.left !== '');
  const options = [...new Set(all.map((pair) => pair.right))].sort(compareOptions);
  return { ...base, kind: 'matching', pairs, options };
}
