/**
 * Grading of one question by kind, as content-pack-format section 4 defines it. Pure: a question and an answer
 * in, a score (0..1, before clamping) and the feedback of what was chosen out.
 */
import type {
  AnswerOf,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericAnswer,
  NumericalQuestion,
  QuestionAnswer,
  ShortAnswer,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from './quiz-types';
import { isWithin } from './score-math';

/** A raw score and the answer feedback that goes with it. */
export interface Marked {
  score: number;
  feedback: string[];
}

/** What an unanswered (or wrongly shaped) answer earns. */
export const UNANSWERED: Marked = { score: 0, feedback: [] };

function feedbackList(items: readonly { feedback?: string }[]): string[] {
  return items.flatMap((item) => (item.feedback === undefined ? [] : [item.feedback]));
}

/** The learner's answer when it has the question's kind; anything else counts as unanswered. */
export function answerOfKind<K extends QuestionAnswer['kind']>(
  kind: K,
  answer: QuestionAnswer | undefined,
): AnswerOf<K> | undefined {
  return answer?.kind === kind ? (answer as AnswerOf<K>) : undefined;
}

/** Single choice: the chosen choice's weight. */
export function gradeSingle(question: SingleChoiceQuestion, answer: AnswerOf<'single'> | undefined): Marked {
  const choice = answer === undefined ? undefined : question.choices[answer.choice];
  return choice === undefined ? UNANSWERED : { score: choice.weight, feedback: feedbackList([choice]) };
}

/** Multiple choice: chosen weights summed (each choice once, however often it was sent). */
export function gradeMultiple(question: MultipleChoiceQuestion, answer: AnswerOf<'multiple'> | undefined): Marked {
  if (answer === undefined) return UNANSWERED;
  const chosen = [...new Set(answer.choices)].sort((a, b) => a - b).flatMap((index) => question.choices[index] ?? []);
  return { score: chosen.reduce((sum, choice) => sum + choice.weight, 0), feedback: feedbackList(chosen) };
}

/** True/false: right or wrong, with Moodle's feedback for each. */
export function gradeTrueFalse(question: TrueFalseQuestion, answer: AnswerOf<'truefalse'> | undefined): Marked {
  if (answer === undefined) return UNANSWERED;
  const isRight = answer.value === question.answer;
  const feedback = isRight ? question.feedbackWhenRight : question.feedbackWhenWrong;
  return { score: isRight ? 1 : 0, feedback: feedback === undefined ? [] : [feedback] };
}

/** Short answers compare case-insensitively after trimming and collapsing spaces; accents count (NFC). */
export function normalizeShortAnswer(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Short answer: the best weight among accepted answers equal to the typed text. `alternates` are the same question
 * in translations: answer i of a translation stands for answer i of the source, so its feedback is taken from
 * `question` (the language the learner read) when there is one.
 */
export function gradeShort(
  question: ShortAnswerQuestion,
  answer: AnswerOf<'short'> | undefined,
  alternates: readonly ShortAnswerQuestion[],
): Marked {
  if (answer === undefined) return UNANSWERED;
  const typed = normalizeShortAnswer(answer.text);
  if (typed === '') return UNANSWERED;
  let best: ShortAnswer | undefined;
  for (const candidate of [question, ...alternates]) {
    candidate.answers.forEach((accepted, index) => {
      if (normalizeShortAnswer(accepted.text) !== typed) return;
      if (best !== undefined && best.weight >= accepted.weight) return;
      best = { ...accepted, ...feedbackOrNothing(question.answers[index]?.feedback ?? accepted.feedback) };
    });
  }
  return best === undefined ? UNANSWERED : { score: best.weight, feedback: feedbackList([best]) };
}

function feedbackOrNothing(feedback: string | undefined): { feedback?: string } {
  return feedback === undefined ? {} : { feedback };
}

function bounds(target: NumericAnswer): { min: number; max: number } {
  if (target.type === 'range') return { min: target.min, max: target.max };
  return { min: target.value - target.tolerance, max: target.value + target.tolerance };
}

/** Numerical: the best weight among the answers the number falls within, boundaries included. */
export function gradeNumerical(question: NumericalQuestion, answer: AnswerOf<'numerical'> | undefined): Marked {
  if (answer === undefined || !Number.isFinite(answer.value)) return UNANSWERED;
  const matches = question.answers.filter((target) => isWithin(answer.value, bounds(target)));
  const best = matches.reduce<NumericAnswer | undefined>(
    (found, target) => (found === undefined || target.weight > found.weight ? target : found),
    undefined,
  );
  return best === undefined ? UNANSWERED : { score: best.weight, feedback: feedbackList([best]) };
}

/** Matching: the share of left items matched to their right-hand text. */
export function gradeMatching(question: MatchingQuestion, answer: AnswerOf<'matching'> | undefined): Marked {
  if (answer === undefined || question.pairs.length === 0) return UNANSWERED;
  const right = question.pairs.filter((pair, index) => {
    const chosen = answer.matches[index];
    return chosen !== undefined && chosen !== null && question.options[chosen] === pair.right;
  });
  return { score: right.length / question.pairs.length, feedback: [] };
}
