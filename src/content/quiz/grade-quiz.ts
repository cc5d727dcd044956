/**
 * Grades a quiz attempt. Pure and server-side only: the page never has what this needs.
 */
import {
  answerOfKind,
  gradeMatching,
  gradeMultiple,
  gradeNumerical,
  gradeShort,
  gradeSingle,
  gradeTrueFalse,
  type Marked,
} from './grade-question';
import type {
  Question,
  QuestionAnswer,
  QuestionGrade,
  QuizAnswers,
  QuizGrade,
  ShortAnswerQuestion,
} from './quiz-types';
import { describeRightAnswer } from './right-answer';
import { isFullMarks, round6, toScore } from './score-math';

/** The same short-answer question in each alternate (translated) quiz. */
function shortAlternates(id: string, alternates: readonly (readonly Question[])[]): ShortAnswerQuestion[] {
  return alternates.flatMap((quiz) => quiz.filter((q): q is ShortAnswerQuestion => q.id === id && q.kind === 'short'));
}

function mark(
  question: Question,
  answer: QuestionAnswer | undefined,
  alternates: readonly (readonly Question[])[],
): Marked {
  switch (question.kind) {
    case 'single':
      return gradeSingle(question, answerOfKind('single', answer));
    case 'multiple':
      return gradeMultiple(question, answerOfKind('multiple', answer));
    case 'truefalse':
      return gradeTrueFalse(question, answerOfKind('truefalse', answer));
    case 'short':
      return gradeShort(question, answerOfKind('short', answer), shortAlternates(question.id, alternates));
    case 'numerical':
      return gradeNumerical(question, answerOfKind('numerical', answer));
    case 'matching':
      return gradeMatching(question, answerOfKind('matching', answer));
  }
}

function correctness(score: number): boolean | 'partial' {
  if (isFullMarks(score)) return true;
  return score > 0 ? 'partial' : false;
}

function gradeQuestion(
  question: Question,
  answer: QuestionAnswer | undefined,
  alternates: readonly (readonly Question[])[],
): QuestionGrade {
  const marked = mark(question, answer, alternates);
  const score = toScore(marked.score);
  const general = question.generalFeedback === undefined ? [] : [question.generalFeedback];
  return {
    questionId: question.id,
    score,
    points: question.points,
    earned: round6(score * question.points),
    correct: correctness(score),
    feedback: [...marked.feedback, ...general],
    rightAnswer: describeRightAnswer(question),
  };
}

/**
 * Grades answers against a quiz's questions. `alternates` are the same quiz in other languages: a typed
 * short answer is also right when it matches the same question's accepted answer in one of them, because learners
 * may answer in the language they read. Answers to questions not in the quiz are ignored.
 */
export function gradeQuiz(
  questions: readonly Question[],
  answers: QuizAnswers,
  alternates: readonly (readonly Question[])[] = [],
): QuizGrade {
  const graded = questions.map((question) =>
    gradeQuestion(question, Object.hasOwn(answers, question.id) ? answers[question.id] : undefined, alternates),
  );
  const earned = round6(graded.reduce((sum, grade) => sum + grade.earned, 0));
  const possible = graded.reduce((sum, grade) => sum + grade.points, 0);
  return { earned, possible, share: possible > 0 ? toScore(earned / possible) : 0, questions: graded };
}
