import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;
type StateInline = MarkdownIt.StateInline;
type InlineRule = (state: StateInline, silent: boolean) => boolean;

/** Token type of raw HTML that the lesson shows as text (markdown-it runs with `html: false`). */
export const RAW_HTML_TOKEN = 'raw_html_text';

/** Where link, image and raw-HTML tokens start in their inline token's content (for problem lines). */
const sourceOffsets = new WeakMap<Token, number>();

/** The offset of a tracked token inside its inline token's content, when known. */
export function sourceOffset(token: Token): number | undefined {
  return sourceOffsets.get(token);
}

/** Wraps markdown-it's link, image and autolink rules so each token remembers where it starts. */
export function trackLinkOffsets(md: MarkdownIt.MarkdownIt): void {
  for (const name of ['link', 'image', 'autolink']) {
    const original = md.inline.ruler.__rules__.find((rule) => rule.name === name)?.fn;
    // A markdown-it upgrade that renames a rule must fail the tests loudly, not lose problem lines.
    if (!original) throw new Error(`markdown-it has no inline rule named "${name}"`);
    md.inline.ruler.at(name, withOffset(original));
  }
}

function withOffset(original: InlineRule): InlineRule {
  return (state, silent) => {
    const start = state.pos;
    const before = state.tokens.length;
    const matched = original(state, silent);
    if (!matched || silent) return matched;
    // Pending text may be flushed first; the link's own token is the first link or image after it.
    const own = state.tokens
      .slice(before)
      .find((token) => (token.type === 'link_open' || token.type === 'image') && !sourceOffsets.has(token));
    if (own) sourceOffsets.set(own, start);
    return matched;
  };
}

// markdown-it's HTML_TAG_RE (src/common/html_re.ts), which it does not export; sticky so it matches at `pos`.
const ATTR = `\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?`;
const OPEN_TAG = `<[A-Za-z][A-Za-z0-9\\-]*(?:${ATTR})*\\s*\\/?>`;
const CLOSE_TAG = '<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>';
const OTHER =
  '<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->|<[?][\\s\\S]*?[?]>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>';
const RAW_HTML = new RegExp(`${OPEN_TAG}|${CLOSE_TAG}|${OTHER}`, 'y');

/**
 * With `html: false` markdown-it silently turns raw HTML into text. This rule (placed where html_inline
 * would run) keeps it as text too, but as its own token, so it can be reported and left out of word counts.
 */
export function trackRawHtml(md: MarkdownIt.MarkdownIt): void {
  md.inline.ruler.before('html_inline', RAW_HTML_TOKEN, rawHtmlAsText);
  md.renderer.rules[RAW_HTML_TOKEN] = (tokens, idx) => md.utils.escapeHtml(tokens[idx]?.content ?? '');
}

function rawHtmlAsText(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  RAW_HTML.lastIndex = state.pos;
  const match = RAW_HTML.exec(state.src);
  if (!match || state.pos + match[0].length > state.posMax) return false;
  if (!silent) {
    const token = state.push(RAW_HTML_TOKEN, '', 0);
    token.content = match[0];
    sourceOffsets.set(token, state.pos);
  }
  state.pos += match[0].length;
  return true;
}
