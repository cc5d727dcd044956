import {
  renderLesson,
  type LinkResolution,
  type LinkTarget,
  type RenderedLesson,
} from '../../../../src/content/markdown';

/** What a test lesson renders to, plus every target the renderer asked about. */
export interface RenderedForTest extends RenderedLesson {
  html: string;
  asked: LinkTarget[];
}

/** Resolves like a pack would: lesson files to lesson URLs, assets to downloads, web links unchanged. */
export function packLikeResolver(target: LinkTarget): LinkResolution {
  if (/^(https?|mailto):/i.test(target.href)) return { ok: true, href: target.href };
  const lesson = /^\d\d-([a-z0-9-]+)\.md(#.*)?$/.exec(target.href);
  if (lesson) return { ok: true, href: `/modules/iot/lessons/${lesson[1] ?? ''}${lesson[2] ?? ''}` };
  const asset = /^\.\.\/assets\/([\w.-]+)$/.exec(target.href);
  if (asset) return { ok: true, href: `/modules/iot/assets/${asset[1] ?? ''}`, download: target.kind === 'link' };
  return { ok: false, code: 'link.missing', message: `Nothing in the pack matches "${target.href}".` };
}

/** Renders a lesson body as lessons/01-intro.md whose body starts on file line `firstLine`. */
export function renderBody(
  markdown: string,
  { firstLine = 1, resolve = packLikeResolver }: { firstLine?: number; resolve?: typeof packLikeResolver } = {},
): RenderedForTest {
  const asked: LinkTarget[] = [];
  const result = renderLesson(markdown, {
    file: 'lessons/01-intro.md',
    firstLine,
    resolveLink: (target) => {
      asked.push(target);
      return resolve(target);
    },
  });
  const html = result.segments.map((segment) => (segment.kind === 'html' ? segment.html : '')).join('');
  return { ...result, html, asked };
}

/** Problems reduced to what a trainer reads: line, column, severity and code. */
export function problemList(result: RenderedLesson): string[] {
  return result.problems.map((p) => `${p.line ?? '-'}:${p.column ?? '-'} ${p.severity} ${p.code}`);
}
