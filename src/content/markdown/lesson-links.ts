import type MarkdownIt from 'markdown-it';
import { attrText, inlineText } from './inline-text';
import { sourceOffset } from './inline-tracking';
import { quoteForMessage, type LessonContext, type Spot } from './lesson-context';
import type { LinkTarget } from './lesson-types';
import { classifyHref } from './link-policy';

type Token = MarkdownIt.Token;

interface Resolved {
  href: string;
  external: boolean;
  download: boolean;
}

/** Where a link or image of one inline token starts in the file. */
export type Locate = (token: Token) => Spot;

/**
 * Checks and resolves every link and image of one inline token. Refused links lose their `<a>` and
 * keep their text; refused images become their alt text.
 */
export function rewriteLinks(inline: Token, blockLine: number, ctx: LessonContext): void {
  const children = inline.children;
  if (!children?.some((token) => token.type === 'link_open' || token.type === 'image')) return;
  const locate: Locate = (token) => ctx.inlineSpot(inline.content, blockLine, sourceOffset(token));
  const kept: Token[] = [];
  // CommonMark links do not nest, so the next link_close belongs to the last link_open.
  let dropLink = false;
  children.forEach((token, i) => {
    if (token.type === 'link_open')
      dropLink = !acceptLink(token, ctx, { text: linkText(children, i), at: locate(token) });
    if (token.type === 'image') acceptImage(token, ctx, locate(token));
    const isLinkTag = token.type === 'link_open' || token.type === 'link_close';
    if (!isLinkTag || !dropLink) kept.push(token);
  });
  inline.children = kept;
}

function linkText(children: readonly Token[], open: number): string {
  const close = children.findIndex((token, i) => i > open && token.type === 'link_close');
  return inlineText(children.slice(open + 1, close < 0 ? undefined : close));
}

function acceptLink(token: Token, ctx: LessonContext, { text, at }: { text: string; at: Spot }): boolean {
  const href = attrText(token, 'href') ?? '';
  const resolved = resolve(ctx, { href, kind: 'link', text, title: attrText(token, 'title'), line: at.line }, at);
  if (!resolved) return false;
  token.attrSet('href', resolved.href);
  if (resolved.external) token.attrSet('rel', 'noopener noreferrer');
  if (resolved.download) token.attrSet('download', '');
  return true;
}

function acceptImage(token: Token, ctx: LessonContext, at: Spot): void {
  const src = attrText(token, 'src') ?? '';
  const alt = inlineText(token.children);
  const title = attrText(token, 'title');
  if (alt.trim() === '' && !/\bdecorative\b/i.test(title ?? '')) {
    ctx.report(
      'image.missing-alt',
      `The image ${quoteForMessage(src)} has no alt text: describe what it shows in ![...], ` +
        `or give it the title "decorative" if it only decorates.`,
      at,
    );
  }
  const resolved = resolve(ctx, { href: src, kind: 'image', text: alt, title, line: at.line }, at);
  if (!resolved) {
    becomeText(token, alt);
    return;
  }
  token.attrSet('src', resolved.href);
  token.attrSet('loading', 'lazy');
}

function resolve(ctx: LessonContext, target: LinkTarget, at: Spot): Resolved | null {
  if (classifyHref(target.href) === 'unsafe') {
    ctx.report(
      'link.unsafe-scheme',
      `The ${target.kind} target ${quoteForMessage(target.href)} was removed: only http, https, mailto ` +
        `and relative targets are allowed, so it shows as plain text.`,
      at,
      'warning',
    );
    return null;
  }
  const answer = ctx.resolve(target);
  if (!answer.ok) {
    ctx.report(answer.code, answer.message, at);
    return null;
  }
  const kind = classifyHref(answer.href);
  // The resolver is trusted to return safe targets; this only keeps a faulty one out of the page.
  if (kind === 'unsafe') return null;
  return { href: ctx.encodeHref(answer.href), external: kind === 'external', download: answer.download === true };
}

function becomeText(token: Token, text: string): void {
  token.type = 'text';
  token.tag = '';
  token.content = text;
  token.attrs = null;
  token.children = null;
}
