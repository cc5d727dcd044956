/**
 * Structure parity between a source quiz and its translation (format section 5): same question ids in the same
 * order, same kinds, same answer structure (choice counts, which are right, weights, numbers). Texts, including
 * accepted short answers, are the translator's to change.
 */
import { problem, type LocatedProblem } from '../problems';
import type { MatchingQuestion, NumericAnswer, Question, QuestionKind } from './quiz-types';
import { isFullMarks } from './score-math';

const CODE = 'translation.structure-mismatch';

const KIND_NAMES: Record<QuestionKind, string> = {
  single: 'single-choice',
  multiple: 'multiple-choice',
  truefalse: 'true/false',
  short: 'short-answer',
  numerical: 'numerical',
  matching: 'matching',
};

function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${noun}s`;
}

/** "1 choice", "3 choices". */
function count(n: number, noun: string): string {
  return `${n} ${plural(n, noun)}`;
}

/** A phrase saying what the translation has and what the source has instead. */
function differs(translated: string, source: string): string {
  return `${translated} in the translation but ${source} in the source`;
}

function formatWeights(weights: readonly number[]): string {
  return weights.map((weight) => `${Math.round(weight * 10000) / 100}%`).join(', ');
}

function weightsOf(items: readonly { weight: number }[]): number[] {
  return items.map((item) => item.weight);
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function describeTarget(answer: NumericAnswer): string {
  const target = answer.type === 'range' ? `${answer.min}..${answer.max}` : `${answer.value}:${answer.tolerance}`;
  return `${target} (${formatWeights([answer.weight])})`;
}

/** Differences in a list of weighted answers (choices or short answers): count, which are right, weights. */
function weightDifferences(
  noun: string,
  isRight: (weight: number) => boolean,
  [source, translated]: [readonly number[], readonly number[]],
): string[] {
  if (source.length !== translated.length) {
    return [`has ${differs(count(translated.length, noun), String(source.length))}`];
  }
  const rightOf = (weights: readonly number[]): string => {
    const right = weights.flatMap((weight, index) => (isRight(weight) ? [index + 1] : []));
    return right.length === 0 ? 'none' : `${plural(right.length, noun)} ${right.join(', ')}`;
  };
  if (rightOf(source) !== rightOf(translated))
    return [`marks as right ${differs(rightOf(translated), rightOf(source))}`];
  if (!sameNumbers(source, translated)) {
    return [`weighs its ${plural(source.length, noun)} ${differs(formatWeights(translated), formatWeights(source))}`];
  }
  return [];
}

function numericDifferences(source: readonly NumericAnswer[], translated: readonly NumericAnswer[]): string[] {
  if (source.length !== translated.length) {
    return [`has ${differs(count(translated.length, 'numeric answer'), String(source.length))}`];
  }
  return source.flatMap((answer, index) => {
    const other = translated[index];
    if (other === undefined || describeTarget(other) === describeTarget(answer)) return [];
    return [`has numeric answer ${index + 1} as ${differs(describeTarget(other), describeTarget(answer))}`];
  });
}

/** Which items share a right-hand text: [0, 1, 1] when the last two items belong to the same option. */
function pairingPattern(question: MatchingQuestion): number[] {
  const rights = question.pairs.map((pair) => pair.right);
  return rights.map((right) => rights.indexOf(right));
}

function matchingDifferences(source: MatchingQuestion, translated: MatchingQuestion): string[] {
  if (source.pairs.length !== translated.pairs.length) {
    return [`has ${differs(count(translated.pairs.length, 'pair'), String(source.pairs.length))}`];
  }
  if (source.options.length !== translated.options.length) {
    return [`has ${differs(count(translated.options.length, 'right-hand option'), String(source.options.length))}`];
  }
  if (!sameNumbers(pairingPattern(source), pairingPattern(translated))) {
    return ['pairs its items differently: items that share a right-hand text in the source must share one'];
  }
  return [];
}

/** What differs between two questions of the same id, one phrase each (empty when they match). */
function questionDifferences(source: Question, translated: Question): string[] {
  if (source.kind !== translated.kind) {
    return [`is ${differs(`a ${KIND_NAMES[translated.kind]} question`, `a ${KIND_NAMES[source.kind]} one`)}`];
  }
  if ((source.kind === 'single' || source.kind === 'multiple') && translated.kind === source.kind) {
    // In a multiple-choice question every choice with a positive weight is one of the right ones.
    const isRight = source.kind === 'single' ? isFullMarks : (weight: number) => weight > 0;
    return weightDifferences('choice', isRight, [weightsOf(source.choices), weightsOf(translated.choices)]);
  }
  if (source.kind === 'truefalse' && translated.kind === 'truefalse' && source.answer !== translated.answer) {
    return [`is ${differs(String(translated.answer), String(source.answer))}`];
  }
  if (source.kind === 'short' && translated.kind === 'short') {
    return weightDifferences('accepted answer', isFullMarks, [
      weightsOf(source.answers),
      weightsOf(translated.answers),
    ]);
  }
  if (source.kind === 'numerical' && translated.kind === 'numerical') {
    return numericDifferences(source.answers, translated.answers);
  }
  if (source.kind === 'matching' && translated.kind === 'matching') return matchingDifferences(source, translated);
  return [];
}

function idMessages(sourceIds: readonly string[], translatedIds: readonly string[]): string[] {
  const missing = sourceIds.filter((id) => !translatedIds.includes(id));
  const extra = translatedIds.filter((id) => !sourceIds.includes(id));
  const inSource = sourceIds.filter((id) => translatedIds.includes(id));
  const inTranslation = translatedIds.filter((id) => sourceIds.includes(id));
  const moved = inTranslation.find((id, index) => inSource[index] !== id);
  return [
    ...missing.map((id) => `Question "${id}" of the source is missing from the translation: translate it too.`),
    ...extra.map((id) => `Question "${id}" is not in the source: remove it or give it its source id.`),
    ...(moved === undefined
      ? []
      : [`Question "${moved}" is out of order in the translation: keep the source order (${inSource.join(', ')}).`]),
  ];
}

/** One `translation.structure-mismatch` problem per difference between a source quiz and its translation. */
export function compareQuizStructure(
  source: readonly Question[],
  translated: readonly Question[],
  at: { file: string; line: number },
): LocatedProblem[] {
  const messages = idMessages(
    source.map((q) => q.id),
    translated.map((q) => q.id),
  );
  for (const question of source) {
    const other = translated.find((q) => q.id === question.id);
    if (other === undefined) continue;
    for (const difference of questionDifferences(question, other)) {
      messages.push(`Question "${question.id}" ${difference}; only the texts of a translated quiz may change.`);
    }
  }
  return messages.map((message) => problem(CODE, message, { file: at.file, line: at.line, column: null }));
}
