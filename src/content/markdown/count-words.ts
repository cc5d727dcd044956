import type MarkdownIt from 'markdown-it';
import { ADMONITION_OPEN, readAdmonition } from './admonitions';
import { attrText } from './inline-text';
import { RAW_HTML_TOKEN } from './inline-tracking';
import { lessonEngine } from './markdown-engine';

type Token = MarkdownIt.Token;

// A word: letters, combining marks and digits of any script, joined by inner apostrophes, hyphens or dots
// ("don't", "low-power", "3.14", "IoT-aren").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;
// URLs and e-mail addresses written as plain text are not translated.
const NOT_PROSE = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bmailto:)\S*|[^\s@]+@[^\s@]+\.[^\s@]+/giu;
// Tokens that separate words without adding any; emphasis and link tokens separate nothing ("**IoT**'s").
const SEPARATORS = new Set(['code_inline', 'softbreak', 'hardbreak', 'html_inline', RAW_HTML_TOKEN]);

/** Words a translator would translate in a lesson body (no front matter): not code, quizzes, URLs or markup. */
export function countWords(markdown: string): number {
  return countWordsInTokens(lessonEngine().md.parse(markdown, {}));
}

/** The same count over tokens already parsed (no second parse when rendering a lesson). */
export function countWordsInTokens(tokens: readonly Token[]): number {
  let words = 0;
  for (const token of tokens) {
    // Fences (code and quiz blocks) and indented code are block tokens without inline text: never counted.
    if (token.type === ADMONITION_OPEN) words += countProse(readAdmonition(token.info).title);
    else if (token.type === 'inline') words += countInline(token.children ?? []);
  }
  return words;
}

function countInline(children: readonly Token[]): number {
  let prose = '';
  let titles = '';
  let inAutolink = false;
  for (const token of children) {
    if (token.type === 'text' && !inAutolink) prose += token.content;
    else if (token.type === 'link_open') inAutolink = token.markup === 'autolink';
    else if (token.type === 'link_close') inAutolink = false;
    else if (token.type === 'image') prose += ` ${collectText(token.children ?? [])} `;
    else if (SEPARATORS.has(token.type)) prose += ' ';
    titles += ` ${attrText(token, 'title') ?? ''}`;
  }
  return countProse(prose) + countProse(titles);
}

function collectText(children: readonly Token[]): string {
  return children.map((token) => (token.type === 'text' ? token.content : ' ')).join('');
}

function countProse(text: string): number {
  return text.replace(NOT_PROSE, ' ').match(WORD)?.length ?? 0;
}
