/**
 * The id of a quiz block. The format gives a quiz block no id of its own, and best scores per quiz must survive
 * new pack versions and translations. A positional id ("the 2nd quiz of the lesson") would silently move to
 * another quiz when a trainer adds a block above it; question ids never change once published (format section 1),
 * so the first question's id names the block for as long as that question exists.
 */
import type { Question } from './quiz-types';

/** The id of a quiz block: its first question's id, or null for a block without questions. */
export function quizId(questions: readonly Question[]): string | null {
  return questions[0]?.id ?? null;
}
