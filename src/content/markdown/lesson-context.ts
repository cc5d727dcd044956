import { problem, type LocatedProblem, type Severity } from '../problems';
import type { LinkResolution, LinkTarget, RenderOptions } from './lesson-types';

/** A 1-based position in the lesson file. */
export interface Spot {
  line: number;
  column: number | null;
}

const LINE_BREAK = /\r\n?|\n/;

/** One lesson being rendered: its source lines, line offset, link resolver and the problems found so far. */
export class LessonContext {
  readonly problems: LocatedProblem[] = [];
  private readonly source: string;
  private readonly options: RenderOptions;
  private readonly encode: (url: string) => string;
  private lines: string[] | undefined;

  constructor(source: string, options: RenderOptions, encode: (url: string) => string) {
    this.source = source;
    this.options = options;
    this.encode = encode;
  }

  /** Percent-encodes a resolved target the way markdown-it would have (`normalizeLink`). */
  encodeHref(url: string): string {
    return this.encode(url);
  }

  /** Asks the caller where a target points. */
  resolve(target: LinkTarget): LinkResolution {
    return this.options.resolveLink(target);
  }

  /** The text of a 0-based body line ('' past the end); split lazily because most lessons have no problems. */
  bodyLine(index: number): string {
    this.lines ??= this.source.split(LINE_BREAK);
    return this.lines[index] ?? '';
  }

  /** The file line of a 0-based body line. */
  fileLine(index: number): number {
    return index + this.options.firstLine;
  }

  /** The spot of a block starting at a 0-based body line; the column is where `marker` first appears. */
  blockSpot(index: number, marker: string): Spot {
    const column = marker === '' ? -1 : this.bodyLine(index).indexOf(marker);
    return { line: this.fileLine(index), column: column >= 0 ? column + 1 : null };
  }

  /**
   * The spot of `offset` inside an inline token's content that starts on 0-based body line `blockLine`.
   * The content keeps one line per source line but loses indentation and container markers, so the
   * column is found by looking the content's line up in the source line.
   */
  inlineSpot(content: string, blockLine: number, offset: number | undefined): Spot {
    if (offset === undefined) return { line: this.fileLine(blockLine), column: null };
    const before = content.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEnd = content.indexOf('\n', offset);
    const index = blockLine + countNewlines(before);
    const found = this.bodyLine(index).indexOf(content.slice(lineStart, lineEnd < 0 ? content.length : lineEnd));
    return { line: this.fileLine(index), column: found >= 0 ? found + offset - lineStart + 1 : null };
  }

  /** Records a problem in this lesson's file. */
  report(code: string, message: string, at: Spot, severity: Severity = 'error'): void {
    this.problems.push(problem(code, message, { file: this.options.file, line: at.line, column: at.column }, severity));
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Quotes author text for a message: control characters shown as spaces, long values shortened. */
export function quoteForMessage(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- tabs and newlines used to hide schemes must not break the message
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
