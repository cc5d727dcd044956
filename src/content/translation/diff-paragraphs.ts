import { diffArrays } from 'diff';
import { toLf } from '../text/decode-text';
import { stripFrontMatter } from '../yaml/front-matter';

/** One step of a paragraph diff, in document order. */
export interface ParagraphChange {
  kind: 'same' | 'added' | 'removed' | 'changed';
  /** The paragraph in the old text (same, removed, changed). */
  before?: string;
  /** The paragraph in the new text (same, added, changed). */
  after?: string;
}

/**
 * What changed between two versions of a lesson, paragraph by paragraph (paragraphs are split at blank lines;
 * front matter is left out). A run of removed paragraphs followed by added ones pairs up into changes.
 */
export function diffParagraphs(oldText: string, newText: string): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  let removed: string[] = [];
  const flushRemoved = (): void => {
    changes.push(...removed.map((before) => ({ kind: 'removed' as const, before })));
    removed = [];
  };
  for (const part of diffArrays(paragraphs(oldText), paragraphs(newText))) {
    if (part.removed) {
      flushRemoved();
      removed = [...part.value];
    } else if (part.added) {
      const paired = Math.min(removed.length, part.value.length);
      part.value.forEach((after, i) => {
        changes.push(i < paired ? { kind: 'changed', before: removed[i] ?? '', after } : { kind: 'added', after });
      });
      removed = removed.slice(paired);
      flushRemoved();
    } else {
      flushRemoved();
      changes.push(...part.value.map((text) => ({ kind: 'same' as const, before: text, after: text })));
    }
  }
  flushRemoved();
  return changes;
}

/** The paragraphs of a lesson body: blocks between blank lines, trailing spaces removed. */
export function paragraphs(text: string): string[] {
  const body = stripFrontMatter(toLf(text).replace(/^\uFEFF/, ''));
  return body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
}
