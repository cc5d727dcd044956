/**
 * Quiz data shapes. `Question` is the server's view (everything grading needs) and is stored with a pack
 * version; `PublicQuestion` is all a page may ever receive; answers and grades are what attempts record.
 * Weights are fractions of the question's points, from -1 to 1 (GIFT's `%50%` is 0.5).
 */

/** The question kinds Tessera grades; GIFT essay and description items are refused when parsing. */
export type QuestionKind = 'single' | 'multiple' | 'truefalse' | 'short' | 'numerical' | 'matching';

/** What every question has, whatever its kind. */
export interface QuestionBase {
  /** The `::id::` name: kebab-case and stable, because attempts and statistics are keyed by it. */
  id: string;
  /** Plain text, unescaped; for a missing-word question, the text before the blank. */
  stem: string;
  /** Missing-word questions only: the text after the blank. */
  stemAfter?: string;
  /** What the question is worth; always 1 in format version 1. */
  points: number;
  /** GIFT general feedback (`####`), shown after submission whatever the answer. */
  generalFeedback?: string;
}

/** One choice of a single or multiple choice question. */
export interface Choice {
  text: string;
  /** Fraction of the points this choice earns: 1 for `=`, 0 for a plain `~`, `%n%` / 100 otherwise. */
  weight: number;
  feedback?: string;
}

/** Radio buttons (GIFT choices with at least one `=`, or no weights at all): the chosen choice's weight. */
export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single';
  choices: Choice[];
}

/** Check boxes (GIFT `~%n%` weights and no `=`): the chosen weights summed and clamped to 0..1. */
export interface MultipleChoiceQuestion extends QuestionBase {
  kind: 'multiple';
  choices: Choice[];
}

/** GIFT `{T}` / `{F}`; feedback follows Moodle: `{T#shown when wrong#shown when right}`. */
export interface TrueFalseQuestion extends QuestionBase {
  kind: 'truefalse';
  answer: boolean;
  feedbackWhenRight?: string;
  feedbackWhenWrong?: string;
}

/** One accepted answer of a short-answer question. */
export interface ShortAnswer {
  text: string;
  weight: number;
  feedback?: string;
}

/** GIFT `{=a =b}`: typed text compared case-insensitively, accents significant. */
export interface ShortAnswerQuestion extends QuestionBase {
  kind: 'short';
  answers: ShortAnswer[];
}

/** A number with a tolerance (`{#3.14:0.01}`, `{#1883}` has tolerance 0) or an inclusive range (`{#1..5}`). */
export type NumericTarget =
  { type: 'exact'; value: number; tolerance: number } | { type: 'range'; min: number; max: number };

/** One accepted number of a numerical question, with its weight. */
export type NumericAnswer = NumericTarget & { weight: number; feedback?: string };

/** GIFT `{#...}`: the best-weighted answer the typed number falls within. */
export interface NumericalQuestion extends QuestionBase {
  kind: 'numerical';
  answers: NumericAnswer[];
}

/** One left item of a matching question and the right-hand text that belongs to it. */
export interface MatchPair {
  left: string;
  right: string;
}

/** GIFT `{=a -> b ...}`: the share of left items matched to their right-hand text. */
export interface MatchingQuestion extends QuestionBase {
  kind: 'matching';
  pairs: MatchPair[];
  /** Every right-hand text once (distractors `= -> x` included), sorted: answers are indexes into it. */
  options: string[];
}

/** A gradable question, as parsed from a quiz block (server side only). */
export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | ShortAnswerQuestion
  | NumericalQuestion
  | MatchingQuestion;

/** A text shown to learners with the index their answer refers to. */
export interface PublicOption {
  index: number;
  text: string;
}

/** What every public question has. */
export interface PublicQuestionBase {
  id: string;
  stem: string;
  stemAfter?: string;
  points: number;
}

/** A question as a page may receive it: no right answers, weights, tolerances or feedback. */
export type PublicQuestion =
  | (PublicQuestionBase & { kind: 'single' | 'multiple'; choices: PublicOption[] })
  | (PublicQuestionBase & { kind: 'truefalse' | 'short' | 'numerical' })
  | (PublicQuestionBase & { kind: 'matching'; items: PublicOption[]; options: PublicOption[] });

/** A learner's answer to one question; indexes refer to `choices`, `items` and `options` of the question. */
export type QuestionAnswer =
  | { kind: 'single'; choice: number }
  | { kind: 'multiple'; choices: number[] }
  | { kind: 'truefalse'; value: boolean }
  | { kind: 'short'; text: string }
  | { kind: 'numerical'; value: number }
  /** One entry per left item: the chosen option index, or null when that item was left unanswered. */
  | { kind: 'matching'; matches: (number | null)[] };

/** The answer type of one question kind. */
export type AnswerOf<K extends QuestionKind> = Extract<QuestionAnswer, { kind: K }>;

/** A learner's answers to one quiz, by question id; a missing id is an unanswered question. */
export type QuizAnswers = Record<string, QuestionAnswer>;

/** How one question was graded. */
export interface QuestionGrade {
  questionId: string;
  /** Share of the question's points earned, 0..1. */
  score: number;
  points: number;
  earned: number;
  correct: boolean | 'partial';
  /** Feedback of the chosen or matched answers, then the general feedback. */
  feedback: string[];
  /** The right answer in words, shown after submission (true/false: `True` or `False`, for views to translate). */
  rightAnswer: string;
}

/** How one quiz attempt was graded. */
export interface QuizGrade {
  earned: number;
  possible: number;
  /** earned / possible, 0 when the quiz is worth nothing. */
  share: number;
  questions: QuestionGrade[];
}
