/**
 * Runs gift-pegjs on one question's text and turns its syntax errors into one sentence a trainer can act on.
 */
import { parse, SyntaxError as GiftSyntaxError } from 'gift-pegjs';
import type { Expectation, GIFTQuestion } from 'gift-pegjs';

/** What gift-pegjs made of one question's text; `offset` is where a syntax error was found. */
export type GiftParse = { ok: true; questions: GIFTQuestion[] } | { ok: false; offset: number; message: string };

const CONTROL_CHARS = ['~', '=', '#', '{', '}', ':'];

function describeExpectation(expectation: Expectation): string {
  switch (expectation.type) {
    case 'literal':
      return `"${expectation.text}"`;
    case 'other':
      // gift-pegjs names rules "(blank lines separator)" or "Question stem": make them fit in a sentence.
      return expectation.description.replace(/^\((.*)\)$/, '$1').toLowerCase();
    case 'end':
      return 'the end of the question';
    default:
      return 'another character';
  }
}

function describeExpected(expected: readonly Expectation[]): string {
  const names = [...new Set(expected.map(describeExpectation).filter((name) => name !== ''))];
  if (names.length <= 1) return names[0] ?? 'something else';
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}

function describeFound(found: string | null): string {
  if (found === null || found === '') return 'the end of the question';
  if (/^\r?\n$/.test(found)) return 'a line break';
  return `"${found}"`;
}

function hintFor(found: string | null, expected: string): string {
  if (found !== null && CONTROL_CHARS.includes(found)) {
    return ` If "${found}" is part of the text, write it as "\\${found}".`;
  }
  if ((found === null || /^\r?\n$/.test(found)) && expected.includes('"}"')) {
    return ' A blank line ends a question: check for a missing "}" or a blank line inside { }.';
  }
  return '';
}

/** True when the error is at a `::` that starts a line: a next question written without a blank line before it. */
function isUnseparatedQuestion(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset > 0 && lineStart > 0 && text.slice(lineStart, offset).trim() === '' && text.startsWith('::', offset);
}

/** One sentence for a gift-pegjs syntax error: what was expected, what was found, and the usual fix. */
export function describeSyntaxError(error: GiftSyntaxError, text: string): string {
  if (isUnseparatedQuestion(text, error.location.start.offset)) {
    return 'GIFT syntax error: a new question starts here without a blank line before it; separate questions with a blank line.';
  }
  const expected = describeExpected(error.expected);
  return `GIFT syntax error: expected ${expected} but found ${describeFound(error.found)}.${hintFor(error.found, expected)}`;
}

/** Parses one question's GIFT text; never throws. */
export function parseGift(text: string): GiftParse {
  try {
    return { ok: true, questions: parse(text) };
  } catch (error) {
    if (error instanceof GiftSyntaxError) {
      return { ok: false, offset: error.location.start.offset, message: describeSyntaxError(error, text) };
    }
    // gift-pegjs only throws its SyntaxError; anything else is still the author's text it could not read.
    return { ok: false, offset: 0, message: 'GIFT syntax error: this question could not be read.' };
  }
}
