import type MarkdownIt from 'markdown-it';
import container from 'markdown-it-container';
import type { LessonContext } from './lesson-context';

type Token = MarkdownIt.Token;

const NAME = 'admonition';
/** Token types markdown-it-container produces for `:::kind` boxes. */
export const ADMONITION_OPEN = `container_${NAME}_open`;
const ADMONITION_CLOSE = `container_${NAME}_close`;

const LABELS = new Map([
  ['note', 'Note'],
  ['tip', 'Tip'],
  ['warning', 'Warning'],
  ['important', 'Important'],
]);

/** The box names in the platform's other languages; a lesson in another language gets the English ones. */
const TRANSLATED_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  el: { note: 'Σημείωση', tip: 'Συμβουλή', warning: 'Προειδοποίηση', important: 'Σημαντικό' },
  es: { note: 'Nota', tip: 'Consejo', warning: 'Advertencia', important: 'Importante' },
  it: { note: 'Nota', tip: 'Suggerimento', warning: 'Attenzione', important: 'Importante' },
  bg: { note: 'Бележка', tip: 'Съвет', warning: 'Внимание', important: 'Важно' },
  eu: { note: 'Oharra', tip: 'Aholkua', warning: 'Kontuz', important: 'Garrantzitsua' },
};

/** What a `:::kind Optional title` line says. */
export interface AdmonitionInfo {
  kind: string;
  title: string;
  known: boolean;
  /** The box's visible label and accessible name: the title, else the English kind name. */
  label: string;
}

/** Reads the text after `:::`. */
export function readAdmonition(info: string): AdmonitionInfo {
  const trimmed = info.trim();
  const space = trimmed.search(/\s/);
  const kind = (space < 0 ? trimmed : trimmed.slice(0, space)).toLowerCase();
  const title = space < 0 ? '' : trimmed.slice(space).trim();
  const english = LABELS.get(kind);
  return { kind, title, known: english !== undefined, label: title || english || kind };
}

/** Installs `:::kind` boxes: every word after `:::` opens one, so unknown kinds can be reported. */
export function installAdmonitions(md: MarkdownIt.MarkdownIt): void {
  md.use(container, NAME, { validate: (params: string) => /^\s*[A-Za-z]/.test(params) });
  md.renderer.rules[ADMONITION_OPEN] = (tokens, idx, _options, env) => {
    // renderLesson puts the text's language in the env it renders with.
    const language: unknown = env?.language;
    return renderOpen(md, tokens[idx], typeof language === 'string' ? language : 'en');
  };
  md.renderer.rules[ADMONITION_CLOSE] = (tokens, idx) =>
    readAdmonition(tokens[idx]?.info ?? '').known ? '</aside>\n' : '';
  // The closing token carries no info; copy the opener's so the renderer knows whether it drew a box.
  md.core.ruler.after('block', 'admonition_close_info', (state) => {
    const open: Token[] = [];
    for (const token of state.tokens) {
      if (token.type === ADMONITION_OPEN) open.push(token);
      else if (token.type === ADMONITION_CLOSE) token.info = open.pop()?.info ?? '';
    }
  });
}

function renderOpen(md: MarkdownIt.MarkdownIt, token: Token | undefined, language = 'en'): string {
  const { kind, known, label, title } = readAdmonition(token?.info ?? '');
  // An unknown kind is reported as an error; its content still renders, without a box.
  if (!known) return '';
  const text = md.utils.escapeHtml(title || (TRANSLATED_LABELS[language]?.[kind] ?? label));
  return `<aside class="admonition admonition-${kind}" role="note" aria-label="${text}"><p class="admonition-title">${text}</p>\n`;
}

/** Reports unknown kinds and boxes that are never closed. */
export function checkAdmonitions(tokens: readonly Token[], ctx: LessonContext): void {
  // End lines of the enclosing blocks: a box that runs to its parent's end was closed by nobody.
  const ends: number[] = [];
  for (const token of tokens) {
    if (token.nesting === -1) ends.pop();
    if (token.type === ADMONITION_OPEN) checkOne(token, ends.at(-1) ?? Infinity, ctx);
    if (token.nesting === 1) ends.push(token.map?.[1] ?? ends.at(-1) ?? Infinity);
  }
}

function checkOne(token: Token, parentEnd: number, ctx: LessonContext): void {
  const { kind, known } = readAdmonition(token.info);
  const [start, end] = token.map ?? [0, 0];
  const at = ctx.blockSpot(start, token.markup);
  if (!known) {
    ctx.report(
      'lesson.unknown-admonition',
      `Unknown admonition kind "${kind}": use note, tip, warning or important.`,
      at,
    );
  }
  const closed = end < parentEnd && isClosingLine(ctx.bodyLine(end), token.markup.length);
  if (!closed) {
    ctx.report(
      'lesson.unclosed-admonition',
      `The ${token.markup}${kind} box opened here is never closed: end it with a line "${token.markup}" ` +
        `(to put a box inside another, give the outer one more colons, such as "::::note").`,
      at,
    );
  }
}

function isClosingLine(line: string, markerLength: number): boolean {
  // Inside block quotes and lists the line still carries their markers and indentation.
  const match = /^:+(?=\s*$)/.exec(line.replace(/^[\s>]*/, ''));
  return match !== null && match[0].length >= markerLength;
}
