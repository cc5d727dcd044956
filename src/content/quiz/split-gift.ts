/**
 * Cuts a quiz body into one text per question before gift-pegjs sees it. gift-pegjs stops at the first syntax
 * error of its input and gives questions no location, so parsing question by question is what lets one run
 * report every question's problems at the right line of the lesson file.
 */

/** One question's text, with the 0-based body line of each of its lines (comment lines are left out). */
export interface GiftChunk {
  text: string;
  lines: number[];
}

/** A line that holds only a `//` comment; Moodle drops these anywhere, and so do we. */
export function isCommentLine(line: string): boolean {
  return line.trimStart().startsWith('//');
}

function isBlankLine(line: string): boolean {
  return line.trim() === '';
}

/** The unescaped `{` and `}` of a line, in order (a backslash escapes the character after it). */
function* braces(line: string): Generator<'{' | '}'> {
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (char === '\\') {
      i += 1;
    } else if (char === '{' || char === '}') {
      yield char;
    }
  }
}

function braceDepthAfter(depth: number, line: string): number {
  let next = depth;
  for (const brace of braces(line)) next = brace === '{' ? next + 1 : Math.max(0, next - 1);
  return next;
}

/**
 * A blank line inside `{ }` still ends the question when the next brace opens another block (the author forgot a
 * `}`), but not when it closes this one: then gift-pegjs reports the blank line itself, inside the right question.
 */
function nextBraceCloses(lines: readonly string[], from: number): boolean {
  for (const line of lines.slice(from)) {
    if (isCommentLine(line)) continue;
    const first = braces(line).next();
    if (first.done !== true) return first.value === '}';
  }
  return false;
}

/** Cuts a quiz body into question texts at blank lines outside `{ }`, dropping whole-line comments. */
export function splitGift(body: string): GiftChunk[] {
  const lines = body.split(/\r?\n/);
  const chunks: GiftChunk[] = [];
  let current: { texts: string[]; lines: number[] } = { texts: [], lines: [] };
  let depth = 0;
  const flush = (): void => {
    if (current.texts.length > 0) chunks.push({ text: current.texts.join('\n'), lines: current.lines });
    current = { texts: [], lines: [] };
    depth = 0;
  };
  lines.forEach((line, index) => {
    if (isCommentLine(line)) return;
    if (isBlankLine(line) && !(depth > 0 && nextBraceCloses(lines, index + 1))) {
      flush();
      return;
    }
    current.texts.push(line);
    current.lines.push(index);
    depth = braceDepthAfter(depth, line);
  });
  flush();
  return chunks;
}

/** The 0-based body line and 1-based column of an offset in a chunk's text. */
export function locateInChunk(chunk: GiftChunk, offset: number): { bodyLine: number; column: number } {
  const before = chunk.text.slice(0, Math.max(0, offset));
  const lineIndex = before.split('\n').length - 1;
  const column = before.length - (before.lastIndexOf('\n') + 1) + 1;
  return { bodyLine: chunk.lines[lineIndex] ?? chunk.lines[chunk.lines.length - 1] ?? 0, column };
}
