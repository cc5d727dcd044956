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
      return expectation.description
        .replace(/^\((.*)\)$/, '$1')
        .replace(/\s+/g, ' ')
        .toLowerCase();
    case 'end':
      return 'the end of the question';
    default:
      return 'another character';
  }
}

function expectedNames(expected: readonly Expectation[]): string[] {
  return [...new Set(expected.map(describeExpectation).filter((name) => name !== ''))];
}

/** "a", "a or b", "a, b or c". */
function joinOr(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'something else';
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}

function describeFound(found: string | null): string {
  if (found === null || found === '') return 'the end of the question';
  if (/^\r?\n$/.test(found)) return 'a line break';
  return `"${found}"`;
}

function hintFor(found: string | null, expected: readonly string[]): string {
  if (found !== null && CONTROL_CHARS.includes(found)) {
    return ` If "${found}" is part of the text, write it as "\\${found}".`;
  }
  if ((found === null || /^\r?\n$/.test(found)) && expected.includes('"}"')) {
    return ' A blank line ends a question: check for a missing "}" or a blank line inside { }.';
  }
  return '';
}

/** Mistakes common enough to deserve their own sentence, recognised from where the parser stopped. */
function commonMistake(text: string, offset: number, found: string | null): string | null {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  if (text.startsWith('::', offset) && before.trim() === '') {
    return 'the "::" that starts this question opens an id that is not closed: write ::question-id:: before the text.';
  }
  if (text.startsWith('::', offset) && lineStart > 0 && before.slice(lineStart).trim() === '') {
    return 'a new question starts here without a blank line before it: separate questions with a blank line.';
  }
  if (found === '#' && before.trimEnd().endsWith('{')) {
    return 'a numerical answer needs a number after "{#", such as {#1883}, {#3.14:0.01} or {#1..5}.';
  }
  return null;
}

/** One sentence for a gift-pegjs syntax error: what was expected, what was found, and the usual fix. */
export function describeSyntaxError(error: GiftSyntaxError, text: string): string {
  const mistake = commonMistake(text, error.location.start.offset, error.found);
  if (mistake !== null) return `GIFT syntax error: ${mistake}`;
  const names = expectedNames(error.expected);
  const found = describeFound(error.found);
  // Past three alternatives, gift-pegjs's list of rule names says less than "unexpected".
  const head = names.length <= 3 ? `expected ${joinOr(names)} but found ${found}` : `unexpected ${found} here`;
  return `GIFT syntax error: ${head}.${hintFor(error.found, names)}`;
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
