import type MarkdownIt from 'markdown-it';
import { attrText, inlineText } from './inline-text';
import type { LessonHeading } from './lesson-types';

type Token = MarkdownIt.Token;

/**
 * A readable, Unicode-aware heading id: letters of every script kept, lowercased, spaces to hyphens,
 * punctuation dropped; never empty. Uniqueness (`-2`, `-3`) is added by markdown-it-anchor.
 */
export function headingSlug(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]+/gu, '')
    .trim()
    .replace(/[\s_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}

/** The visible text of a heading's inline tokens, spaces collapsed. */
export function headingText(tokens: readonly Token[] | null): string {
  return inlineText(tokens).replace(/\s+/g, ' ').trim();
}

/** The `##` and `###` headings in document order, for the table of contents. */
export function collectHeadings(tokens: readonly Token[]): LessonHeading[] {
  const headings: LessonHeading[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' || (token.tag !== 'h2' && token.tag !== 'h3')) return;
    const text = headingText(tokens[i + 1]?.children ?? null);
    headings.push({ id: attrText(token, 'id') ?? headingSlug(text), text, level: token.tag === 'h2' ? 2 : 3 });
  });
  return headings;
}
