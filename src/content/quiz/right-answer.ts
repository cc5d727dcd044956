/**
 * The right answer of a question in words, shown to the learner after submission.
 */
import type { NumericTarget, Question } from './quiz-types';
import { isFullMarks } from './score-math';

function describeNumber(target: NumericTarget): string {
  if (target.type === 'range') return `${target.min} … ${target.max}`;
  return target.tolerance === 0 ? `${target.value}` : `${target.value} ± ${target.tolerance}`;
}

function fullMarkTexts<T extends { weight: number }>(items: readonly T[], text: (item: T) => string): string {
  return items
    .filter((item) => isFullMarks(item.weight))
    .map(text)
    .join(' / ');
}

/** The right answer in words: alternatives joined with " / ", multiple-choice picks and matching pairs with " · " (a semicolon is a question mark in Greek). */
export function describeRightAnswer(question: Question): string {
  switch (question.kind) {
    case 'single':
      return fullMarkTexts(question.choices, (choice) => choice.text);
    case 'multiple':
      return question.choices
        .filter((choice) => choice.weight > 0)
        .map((choice) => choice.text)
        .join(' · ');
    case 'truefalse':
      return question.answer ? 'True' : 'False';
    case 'short':
      return fullMarkTexts(question.answers, (answer) => answer.text);
    case 'numerical':
      return fullMarkTexts(question.answers, describeNumber);
    case 'matching':
      return question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join(' · ');
  }
}
