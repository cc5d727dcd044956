import { renderLesson, type LinkResolution, type LinkTarget, type RenderedLesson } from '../markdown';
import type { LocatedProblem } from '../problems';
import { parseQuiz, quizId, type Question } from '../quiz';

/** A quiz block as parsed, with where it is (for problems about it). */
export interface ParsedBlock {
  /** Null when the block yielded no question (its problems say why). */
  id: string | null;
  index: number;
  firstLine: number;
  body: string;
  questions: Question[];
}

/** A lesson body rendered and its quizzes parsed. */
export interface RenderedBody {
  rendered: RenderedLesson;
  blocks: ParsedBlock[];
  problems: LocatedProblem[];
}

/** Renders a lesson body (source or translation) and parses each of its quiz blocks. */
export function renderBody(
  body: string,
  at: { file: string; firstLine: number; language: string },
  resolveLink: (target: LinkTarget) => LinkResolution,
): RenderedBody {
  const rendered = renderLesson(body, { file: at.file, firstLine: at.firstLine, resolveLink, language: at.language });
  const problems = [...rendered.problems];
  const blocks = rendered.quizBlocks.map((block) => {
    const parsed = parseQuiz(block.body, { file: at.file, firstLine: block.firstLine });
    problems.push(...parsed.problems);
    return { ...block, id: quizId(parsed.questions), questions: parsed.questions };
  });
  return { rendered, blocks, problems };
}

/** Line and column of a question's `::id::` inside a quiz block. */
export function questionPosition(block: ParsedBlock, questionId: string): { line: number; column: number } {
  const lines = block.body.split('\n');
  const index = lines.findIndex((line) => line.includes(`::${questionId}::`));
  if (index === -1) return { line: block.firstLine, column: 1 };
  return { line: block.firstLine + index, column: (lines[index] ?? '').indexOf(`::${questionId}::`) + 1 };
}
