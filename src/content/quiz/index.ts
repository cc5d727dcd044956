/**
 * Quizzes in lessons (content-pack-format sections 4 and 5): GIFT parsing with located problems, grading,
 * what a page may see, form answers, and translation structure checks. Pure: no HTTP, database or I/O.
 */
export type {
  AnswerOf,
  Choice,
  MatchPair,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericAnswer,
  NumericTarget,
  NumericalQuestion,
  PublicOption,
  PublicQuestion,
  PublicQuestionBase,
  Question,
  QuestionAnswer,
  QuestionBase,
  QuestionGrade,
  QuestionKind,
  QuizAnswers,
  QuizGrade,
  ShortAnswer,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from './quiz-types';
export { parseQuiz, type ParsedQuiz, type QuizSource } from './parse-quiz';
export { gradeQuiz } from './grade-quiz';
export { normalizeShortAnswer } from './grade-question';
export { describeRightAnswer } from './right-answer';
export { toPublicQuestions } from './public-questions';
export {
  parseAnswers,
  answerFieldName,
  ANSWER_FIELD_PREFIX,
  MAX_TEXT_ANSWER_LENGTH,
  type AnswerError,
  type ParsedAnswers,
} from './parse-answers';
export { compareQuizStructure } from './quiz-structure';
export { quizId } from './quiz-id';
export { QUESTION_ID_PATTERN, MAX_QUESTION_ID_LENGTH } from './build-question';
