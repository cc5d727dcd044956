import type MarkdownIt from 'markdown-it';
import { RAW_HTML_TOKEN } from './inline-tracking';

type Token = MarkdownIt.Token;

/** The visible text of inline tokens: text, code, image alt text and raw HTML shown as text. */
export function inlineText(tokens: readonly Token[] | null): string {
  let text = '';
  for (const token of tokens ?? []) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === RAW_HTML_TOKEN) text += token.content;
    else if (token.type === 'image') text += inlineText(token.children);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
  }
  return text;
}

/** A token attribute as a string (markdown-it types allow numbers), or null when absent. */
export function attrText(token: Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}
