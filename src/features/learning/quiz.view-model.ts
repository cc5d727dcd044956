/**
 * What a quiz template receives. Before submission it is built from `toPublicQuestions` only, so no right answer,
 * weight, tolerance or feedback can reach the page; after submission the learner's own graded attempt adds them.
 */
import {
  answerFieldName,
  toPublicQuestions,
  type PublicOption,
  type PublicQuestion,
  type QuestionAnswer,
  type QuestionGrade,
} from '../../content/quiz';
import type { BuiltQuiz } from '../../content/pack/built-pack';
import type { AttemptRecord } from './attempt.model';
import type { QuizStanding } from './module-progress';

/** Why a quiz shows a message instead of (or above) its results. */
export type QuizMessage = 'no_attempts_left' | 'invalid_answer';

/** A radio button or check box. */
export interface ChoiceView {
  index: number;
  text: string;
  inputId: string;
  checked: boolean;
}

/** One left item of a matching question, with its drop-down. */
export interface MatchItemView {
  index: number;
  text: string;
  name: string;
  selectId: string;
  selected: number | null;
}

/** How one question of a shown attempt was graded. */
export interface QuestionResultView {
  correct: boolean | 'partial';
  earned: string;
  points: string;
  /** The right answer in words; `rightBoolean` instead for true/false (the template translates it). */
  rightAnswer: string;
  rightBoolean: boolean | null;
  feedback: readonly string[];
}

/** One question as the template shows it. */
export interface QuestionView {
  id: string;
  number: number;
  kind: PublicQuestion['kind'];
  domId: string;
  legendId: string;
  stem: string;
  /** Missing-word questions: the text after the blank (the stem is the text before it). */
  stemAfter: string | null;
  name: string;
  choices: ChoiceView[];
  /** True/false: "true", "false" or "" (not answered); short and numerical: the typed text. */
  value: string;
  items: MatchItemView[];
  options: readonly PublicOption[];
  result: QuestionResultView | null;
}

/** A score as shown: formatted points and a whole percent. */
export interface ScoreView {
  earned: string;
  possible: string;
  percent: number;
}

/** One quiz block as the template shows it. */
export interface QuizView {
  id: string;
  /** 1-based position among the lesson's quizzes (names the quiz, so two quizzes are told apart). */
  number: number;
  anchor: string;
  action: string;
  /** False for anonymous visitors: questions read-only, no form. */
  interactive: boolean;
  /** No attempts left: the form is shown disabled. */
  disabled: boolean;
  questions: QuestionView[];
  result: ScoreView | null;
  best: ScoreView | null;
  attempts: number;
  remaining: number | null;
  message: QuizMessage | null;
  /** Posted back so the submission is graded against the text that was read. */
  source: boolean;
}

/** Everything a quiz view is built from. */
export interface QuizViewInput {
  packId: string;
  quiz: BuiltQuiz;
  /** null for anonymous visitors. */
  standing: QuizStanding | null;
  /** The learner's own attempt at this quiz, to show its results (already checked to be theirs). */
  attempt: AttemptRecord | null;
  /** Whether the attempt's answers refer to the same texts as the page (matching options are sorted per language). */
  sameLanguage: boolean;
  message: QuizMessage | null;
  source: boolean;
  formatNumber: (value: number) => string;
}

/** The URL a quiz form posts to. */
export function quizAction(packId: string, quizId: string): string {
  return `/modules/${packId}/quizzes/${quizId}`;
}

/** The id of a quiz block on the page (the fragment submissions return to). */
export function quizAnchor(quizId: string): string {
  return `quiz-${quizId}`;
}

function score(earned: number, possible: number, format: (value: number) => string): ScoreView {
  return {
    earned: format(earned),
    possible: format(possible),
    percent: possible > 0 ? Math.round((100 * earned) / possible) : 0,
  };
}

function resultOf(
  grade: QuestionGrade | undefined,
  question: PublicQuestion,
  format: (value: number) => string,
): QuestionResultView | null {
  if (grade === undefined) return null;
  const isBoolean = question.kind === 'truefalse';
  return {
    correct: grade.correct,
    earned: format(grade.earned),
    points: format(grade.points),
    rightAnswer: isBoolean ? '' : grade.rightAnswer,
    rightBoolean: isBoolean ? grade.rightAnswer === 'True' : null,
    feedback: grade.feedback,
  };
}

function choicesOf(question: PublicQuestion, domId: string, answer: QuestionAnswer | undefined): ChoiceView[] {
  if (question.kind !== 'single' && question.kind !== 'multiple') return [];
  const chosen = new Set<number>();
  if (answer?.kind === 'single') chosen.add(answer.choice);
  if (answer?.kind === 'multiple') answer.choices.forEach((index) => chosen.add(index));
  return question.choices.map((choice) => ({
    index: choice.index,
    text: choice.text,
    inputId: `${domId}-${String(choice.index)}`,
    checked: chosen.has(choice.index),
  }));
}

function itemsOf(question: PublicQuestion, domId: string, answer: QuestionAnswer | undefined): MatchItemView[] {
  if (question.kind !== 'matching') return [];
  const matches = answer?.kind === 'matching' ? answer.matches : [];
  return question.items.map((item) => ({
    index: item.index,
    text: item.text,
    name: answerFieldName(question.id, item.index),
    selectId: `${domId}-${String(item.index)}`,
    selected: matches[item.index] ?? null,
  }));
}

function valueOf(answer: QuestionAnswer | undefined): string {
  if (answer?.kind === 'truefalse') return answer.value ? 'true' : 'false';
  if (answer?.kind === 'short') return answer.text;
  if (answer?.kind === 'numerical') return String(answer.value);
  return '';
}

function questionView(question: PublicQuestion, number: number, input: QuizViewInput): QuestionView {
  const domId = `q-${question.id}`;
  const answers = input.attempt?.answers;
  const given = answers !== undefined && Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  // Matching answers are indexes into options sorted in the attempt's language: only kept when the page uses it.
  const answer = given?.kind === 'matching' && !input.sameLanguage ? undefined : given;
  const grade = input.attempt?.grades.find((g) => g.questionId === question.id);
  return {
    id: question.id,
    number,
    kind: question.kind,
    domId,
    legendId: `${domId}-legend`,
    stem: question.stem,
    stemAfter: question.stemAfter ?? null,
    name: answerFieldName(question.id),
    choices: choicesOf(question, domId, answer),
    value: valueOf(answer),
    items: itemsOf(question, domId, answer),
    options: question.kind === 'matching' ? question.options : [],
    result: resultOf(grade, question, input.formatNumber),
  };
}

/** Builds a quiz block's view: the public questions, the learner's answers and results, their standing. */
export function buildQuizView(input: QuizViewInput): QuizView {
  const { quiz, standing, attempt, formatNumber } = input;
  const questions = toPublicQuestions(quiz.questions).map((question, i) => questionView(question, i + 1, input));
  const attempted = standing !== null && standing.attempted;
  return {
    id: quiz.id,
    number: quiz.index + 1,
    anchor: quizAnchor(quiz.id),
    action: quizAction(input.packId, quiz.id),
    interactive: standing !== null,
    disabled: standing?.remaining === 0 || input.message === 'no_attempts_left',
    questions,
    result: attempt === null ? null : score(attempt.earned, attempt.possible, formatNumber),
    best: attempted ? score(standing.earned, standing.possible, formatNumber) : null,
    attempts: standing?.attempts ?? 0,
    remaining: standing?.remaining ?? null,
    message: input.message,
    source: input.source,
  };
}
