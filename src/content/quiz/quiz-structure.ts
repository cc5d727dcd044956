/**
 * Structure parity between a source quiz and its translation (format section 5): same question ids in the same
 * order, same kinds, same answer structure (choice counts, which are right, weights, numbers). Texts, including
 * accepted short answers, are the translator's to change.
 */
import { problem, type LocatedProblem } from '../problems';
import type { MatchingQuestion, NumericAnswer, Question } from './quiz-types';
import { isFullMarks } from './score-math';

const CODE = 'translation.structure-mismatch';

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
  return `${target} at ${formatWeights([answer.weight])}`;
}

/** Differences in a list of weighted answers (choices or short answers): count, which are right, weights. */
function weightDifferences(
  noun: string,
  isRight: (weight: number) => boolean,
  [source, translated]: [readonly number[], readonly number[]],
): string[] {
  if (source.length !== translated.length) return [`has ${translated.length} ${noun} instead of ${source.length}`];
  const rightOf = (weights: readonly number[]): number[] => weights.flatMap((w, i) => (isRight(w) ? [i + 1] : []));
  if (!sameNumbers(rightOf(source), rightOf(translated))) {
    return [
      `marks ${noun} ${rightOf(translated).join(', ') || 'none'} as right instead of ${rightOf(source).join(', ') || 'none'}`,
    ];
  }
  if (!sameNumbers(source, translated)) {
    return [`gives its ${noun} the weights ${formatWeights(translated)} instead of ${formatWeights(source)}`];
  }
  return [];
}

function numericDifferences(source: readonly NumericAnswer[], translated: readonly NumericAnswer[]): string[] {
  if (source.length !== translated.length)
    return [`has ${translated.length} numeric answers instead of ${source.length}`];
  return source.flatMap((answer, index) => {
    const other = translated[index];
    if (other === undefined || describeTarget(other) === describeTarget(answer)) return [];
    return [`has numeric answer ${index + 1} as ${describeTarget(other)} instead of ${describeTarget(answer)}`];
  });
}

/** What differs between two questions of the same id, one phrase each (empty when they match). */
function questionDifferences(source: Question, translated: Question): string[] {
  if (source.kind !== translated.kind) return [`is a ${translated.kind} question instead of ${source.kind}`];
  if ((source.kind === 'single' || source.kind === 'multiple') && translated.kind === source.kind) {
    // In a multiple-choice question every choice with a positive weight is one of the right ones.
    const isRight = source.kind === 'single' ? isFullMarks : (weight: number) => weight > 0;
    return weightDifferences('choices', isRight, [weightsOf(source.choices), weightsOf(translated.choices)]);
  }
  if (source.kind === 'truefalse' && translated.kind === 'truefalse' && source.answer !== translated.answer) {
    return [`has ${translated.answer ? 'true' : 'false'} as its answer instead of ${source.answer ? 'true' : 'false'}`];
  }
  if (source.kind === 'short' && translated.kind === 'short') {
    return weightDifferences('accepted answers', isFullMarks, [
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

/** Which items share a right-hand text: [0, 1, 1] when the last two items belong to the same option. */
function pairingPattern(question: MatchingQuestion): number[] {
  const rights = question.pairs.map((pair) => pair.right);
  return rights.map((right) => rights.indexOf(right));
}

function matchingDifferences(source: MatchingQuestion, translated: MatchingQuestion): string[] {
  if (source.pairs.length !== translated.pairs.length) {
    return [`has ${translated.pairs.length} pairs instead of ${source.pairs.length}`];
  }
  if (source.options.length !== translated.options.length) {
    return [`has ${translated.options.length} right-hand options instead of ${source.options.length}`];
  }
  if (!sameNumbers(pairingPattern(source), pairingPattern(translated))) {
    return ['pairs its items differently (items that share a right-hand text in the source must share one)'];
  }
  return [];
}

function orderProblem(sourceIds: string[], translatedIds: string[]): string | null {
  const common = new Set(sourceIds.filter((id) => translatedIds.includes(id)));
  const inSource = sourceIds.filter((id) => common.has(id));
  const inTranslation = translatedIds.filter((id) => common.has(id));
  const moved = inTranslation.find((id, index) => inSource[index] !== id);
  if (moved === undefined) return null;
  return `Question "${moved}" is out of order in the translation: keep the source order (${inSource.join(', ')}).`;
}

/** One `translation.structure-mismatch` problem per difference between a source quiz and its translation. */
export function compareQuizStructure(
  source: readonly Question[],
  translated: readonly Question[],
  at: { file: string; line: number },
): LocatedProblem[] {
  const where = { file: at.file, line: at.line, column: null };
  const sourceIds = source.map((q) => q.id);
  const translatedIds = translated.map((q) => q.id);
  const messages = [
    ...sourceIds
      .filter((id) => !translatedIds.includes(id))
      .map((id) => `Question "${id}" of the source is missing from the translation.`),
    ...translatedIds
      .filter((id) => !sourceIds.includes(id))
      .map((id) => `Question "${id}" is not in the source: remove it or restore its source id.`),
    ...[orderProblem(sourceIds, translatedIds) ?? []].flat(),
    ...source.flatMap((question) => {
      const other = translated.find((q) => q.id === question.id);
      if (other === undefined) return [];
      return questionDifferences(question, other).map(
        (difference) => `Question "${question.id}" ${difference} in the translation; only texts may change.`,
      );
    }),
  ];
  return messages.map((message) => problem(CODE, message, where));
}
