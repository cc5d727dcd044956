import type MarkdownIt from 'markdown-it';
import type { LocatedProblem } from '../problems';
import { checkAdmonitions } from './admonitions';
import { countWordsInTokens } from './count-words';
import { RAW_HTML_TOKEN, sourceOffset } from './inline-tracking';
import { LessonContext, quoteForMessage } from './lesson-context';
import { collectHeadings } from './lesson-headings';
import { rewriteLinks } from './lesson-links';
import { splitAtQuizzes } from './lesson-segments';
import type { RenderedLesson, RenderOptions } from './lesson-types';
import { lessonEngine } from './markdown-engine';
import { sanitizeLessonHtml } from './sanitize-lesson-html';

type Token = MarkdownIt.Token;

/** Renders a lesson body to sanitised HTML segments split at quiz blocks, and reports every problem found. */
export function renderLesson(markdown: string, options: RenderOptions): RenderedLesson {
  const { md, encodeHref } = lessonEngine();
  // One env for the parse and every segment's render: heading ids and references are shared by the lesson.
  const env = { language: options.language ?? 'en' };
  const tokens = md.parse(markdown, env);
  const ctx = new LessonContext(markdown, options, encodeHref);
  const words = countWordsInTokens(tokens);
  checkInlines(tokens, ctx);
  checkAdmonitions(tokens, ctx);
  const headings = collectHeadings(tokens);
  const { segments, quizBlocks } = splitAtQuizzes(tokens, ctx, (slice) =>
    sanitizeLessonHtml(md.renderer.render(slice, md.options, env)),
  );
  return { segments, headings, quizBlocks, words, problems: inFileOrder(ctx.problems) };
}

function checkInlines(tokens: readonly Token[], ctx: LessonContext): void {
  const reportRawHtml = rawHtmlReporter(ctx);
  // Table cells carry no line of their own: they take the line of the last block (their row) that does.
  let blockLine = 0;
  for (const token of tokens) {
    if (token.map) blockLine = token.map[0];
    if (token.type !== 'inline') continue;
    reportRawHtml(token, blockLine);
    rewriteLinks(token, blockLine, ctx);
  }
}

function rawHtmlReporter(ctx: LessonContext): (inline: Token, blockLine: number) => void {
  const reported = new Set<number>();
  return (inline, blockLine) => {
    for (const child of inline.children ?? []) {
      if (child.type !== RAW_HTML_TOKEN) continue;
      const at = ctx.inlineSpot(inline.content, blockLine, sourceOffset(child));
      // One warning per line is enough to find it; `<b>x</b>` would otherwise warn twice.
      if (reported.has(at.line)) continue;
      reported.add(at.line);
      ctx.report(
        'lesson.raw-html',
        `${quoteForMessage(child.content)} is raw HTML, which lessons show as text instead of rendering: ` +
          'write it in Markdown, or put code in backticks.',
        at,
        'warning',
      );
    }
  };
}

function inFileOrder(problems: LocatedProblem[]): LocatedProblem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
