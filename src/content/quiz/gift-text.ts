/**
 * Text helpers around gift-pegjs: where the parts of a question are in its raw text (the library gives no
 * locations, and it glues a missing-word question's two halves into one string with `_____`), and how raw GIFT
 * text becomes the plain text a page shows.
 */
import type { TextFormat } from 'gift-pegjs';

/** Offsets in one question's raw text; null where the part is absent. */
export interface QuestionLayout {
  /** First character of the question (its `::` or its text). */
  start: number;
  /** First character of the id between `::` and `::`. */
  idAt: number | null;
  /** Opening and closing brace of the answer block. */
  open: number | null;
  close: number | null;
  /** Raw text before and after the answer block (the stem and, for missing-word questions, its second half). */
  stemRaw: string;
  afterRaw: string;
}

/** Index of `needle` at or after `from`, skipping backslash-escaped characters; -1 if absent. */
function findUnescaped(text: string, needle: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') {
      i += 1;
    } else if (text.startsWith(needle, i)) {
      return i;
    }
  }
  return -1;
}

function orNull(index: number): number | null {
  return index < 0 ? null : index;
}

/** Finds the id, the answer block and the stem halves of one question's raw text. */
export function layoutQuestion(text: string): QuestionLayout {
  const start = text.length - text.trimStart().length;
  let idAt: number | null = null;
  let bodyStart = start;
  if (text.startsWith('::', start)) {
    const end = findUnescaped(text, '::', start + 2);
    if (end >= 0) {
      idAt = start + 2;
      bodyStart = end + 2;
    }
  }
  const open = orNull(findUnescaped(text, '{', bodyStart));
  const close = open === null ? null : orNull(findUnescaped(text, '}', open + 1));
  const stemRaw = text.slice(bodyStart, open ?? text.length);
  const after = close === null ? '' : text.slice(close + 1);
  // After the block, gift-pegjs takes a `//` as a comment, not as the second half of a missing-word sentence.
  const afterRaw = after.trimStart().startsWith('//') ? '' : after;
  return { start, idAt, open, close, stemRaw, afterRaw };
}

const FORMAT_PREFIX = /^\[(?:html|markdown|plain|moodle)\]/;
const ESCAPE = /\\([\\:#={}~n])/g;

/** Raw GIFT text to plain text: format prefix dropped, whitespace collapsed, escapes (`\:`, `\n`...) decoded. */
export function decodeGiftText(raw: string): string {
  const collapsed = raw.trim().replace(FORMAT_PREFIX, '').replace(/\s+/g, ' ').trim();
  return collapsed.replace(ESCAPE, (_match, char: string) => (char === 'n' ? '\n' : char));
}

const PLACEHOLDERS: readonly [string, string][] = [
  ['&&058;', ':'],
  ['&&035;', '#'],
  ['&&061;', '='],
  ['&&123;', '{'],
  ['&&125;', '}'],
  ['&&126;', '~'],
  ['&&010', '\n'],
  ['&&092;', '\\'],
];

/** gift-pegjs 1.0.2 forgets to decode escapes on the right-hand side of matching pairs (`b\: c` → `b&&058; c`). */
export function decodePlaceholders(text: string): string {
  return PLACEHOLDERS.reduce((result, [placeholder, char]) => result.split(placeholder).join(char), text);
}

/** Plain text of a gift-pegjs text: it keeps the line breaks of html and markdown texts, which we show as text. */
export function plainText(text: TextFormat): string {
  const isKeptAsIs = text.format === 'html' || text.format === 'markdown';
  return isKeptAsIs ? text.text.replace(/\s+/g, ' ').trim() : text.text.trim();
}

/** Plain text of an optional gift-pegjs text, or undefined when it is absent or empty. */
export function optionalText(text: TextFormat | null | undefined): string | undefined {
  if (text === null || text === undefined) return undefined;
  const plain = plainText(text);
  return plain === '' ? undefined : plain;
}
