import type MarkdownIt from 'markdown-it';
import type { LessonContext } from './lesson-context';
import type { LessonSegment, QuizBlockSource } from './lesson-types';

type Token = MarkdownIt.Token;

/** Token type a nested quiz fence becomes: reported, and rendered as nothing (never as visible answers). */
export const HIDDEN_QUIZ_TOKEN = 'quiz_hidden';

/** A lesson cut at its quiz fences. */
export interface SplitLesson {
  segments: LessonSegment[];
  quizBlocks: QuizBlockSource[];
}

/** True for a fence whose info string is `quiz`. */
export function isQuizFence(token: Token): boolean {
  return token.type === 'fence' && (token.info.trim().split(/\s/, 1)[0] ?? '').toLowerCase() === 'quiz';
}

/**
 * Cuts the token stream at top-level quiz fences: the tokens between them render (through `renderHtml`)
 * as HTML segments; each fence becomes a quiz segment and a quiz block source.
 */
export function splitAtQuizzes(
  tokens: readonly Token[],
  ctx: LessonContext,
  renderHtml: (slice: Token[]) => string,
): SplitLesson {
  const segments: LessonSegment[] = [];
  const quizBlocks: QuizBlockSource[] = [];
  let start = 0;
  const flush = (end: number): void => {
    const html = end > start ? renderHtml(tokens.slice(start, end)) : '';
    if (html.trim() !== '') segments.push({ kind: 'html', html });
  };
  tokens.forEach((token, i) => {
    if (!isQuizFence(token)) return;
    if (token.level > 0) {
      hideNestedQuiz(token, ctx);
      return;
    }
    flush(i);
    start = i + 1;
    const index = quizBlocks.length;
    quizBlocks.push({ index, body: token.content, firstLine: ctx.fileLine((token.map?.[0] ?? 0) + 1) });
    segments.push({ kind: 'quiz', index });
    checkClosed(token, ctx);
  });
  flush(tokens.length);
  return { segments, quizBlocks };
}

function hideNestedQuiz(token: Token, ctx: LessonContext): void {
  ctx.report(
    'lesson.nested-quiz',
    'A quiz block must stand on its own, not inside a list, block quote or admonition: move it out and ' +
      'start its fence at the beginning of a line.',
    ctx.blockSpot(token.map?.[0] ?? 0, token.markup),
  );
  token.type = HIDDEN_QUIZ_TOKEN;
}

function checkClosed(token: Token, ctx: LessonContext): void {
  const [start, end] = token.map ?? [0, 0];
  const last = ctx.bodyLine(end - 1).trim();
  const fence = token.markup.charAt(0) === '~' ? /^~+$/ : /^`+$/;
  const closed = end - 1 > start && last.length >= token.markup.length && fence.test(last);
  if (closed) return;
  ctx.report(
    'lesson.unclosed-quiz',
    `This quiz block has no closing ${token.markup} line, so it runs to the end of the lesson: close it.`,
    ctx.blockSpot(start, token.markup),
    'warning',
  );
}
