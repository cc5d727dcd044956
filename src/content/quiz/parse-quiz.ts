/**
 * Parses the GIFT body of a ```quiz fence into questions, reporting every problem at its line in the lesson file.
 */
import { problem, type LocatedProblem, type ProblemLocation } from '../problems';
import { buildQuestion, type BuiltQuestion, type QuestionSite } from './build-question';
import { parseGift } from './gift-syntax';
import { layoutQuestion } from './gift-text';
import type { Question } from './quiz-types';
import { locateInChunk, splitGift, type GiftChunk } from './split-gift';

/** Where a quiz body is: the lesson file and the 1-based line of the body's first line in it. */
export interface QuizSource {
  file: string;
  firstLine: number;
}

/** The questions of one quiz block and the problems found in it. */
export interface ParsedQuiz {
  /** Every question that could be built: not those with a syntax error, no id, a duplicate id or an ungradable kind. */
  questions: Question[];
  problems: LocatedProblem[];
}

type Locate = (offset: number) => ProblemLocation;

function locatorFor(chunk: GiftChunk, at: QuizSource): Locate {
  return (offset) => {
    const { bodyLine, column } = locateInChunk(chunk, offset);
    return { file: at.file, line: at.firstLine + bodyLine, column };
  };
}

/**
 * `$CATEGORY:` lines choose a Moodle question bank category, which means nothing here. Moodle swallows the whole
 * paragraph after one; we drop only that line, so a question written right below it is not lost.
 */
function dropCategory(chunk: GiftChunk, locate: Locate): { chunk: GiftChunk | null; warning: LocatedProblem | null } {
  const [first = '', ...rest] = chunk.text.split('\n');
  if (!first.trimStart().startsWith('$CATEGORY:')) return { chunk, warning: null };
  const message = '$CATEGORY lines are ignored: a quiz is the block it is written in.';
  const warning = problem('quiz.category-ignored', message, locate(first.length - first.trimStart().length), 'warning');
  if (rest.length === 0) return { chunk: null, warning };
  return { chunk: { text: rest.join('\n'), lines: chunk.lines.slice(1) }, warning };
}

interface ChunkResult {
  built: BuiltQuestion[];
  problems: LocatedProblem[];
  /** Where the chunk's `::id::` is, for duplicate-id problems. */
  idAt: ProblemLocation;
}

function buildChunk(chunk: GiftChunk, locate: Locate): ChunkResult {
  const layout = layoutQuestion(chunk.text);
  const idAt = locate(layout.idAt ?? layout.start);
  const parsed = parseGift(chunk.text);
  if (!parsed.ok) return { built: [], problems: [problem('quiz.syntax', parsed.message, locate(parsed.offset))], idAt };
  const site: QuestionSite = { layout, locate };
  // A chunk holds one question; gift-pegjs only returns a category too when its line was indented oddly.
  const built = parsed.questions.flatMap((item) => (item.type === 'Category' ? [] : [buildQuestion(item, site)]));
  return { built, problems: [], idAt };
}

function duplicateProblem(id: string, firstLine: number | null, site: ProblemLocation): LocatedProblem {
  const where = firstLine === null ? 'earlier in this quiz' : `on line ${firstLine}`;
  return problem(
    'quiz.duplicate-id',
    `Question id "${id}" is already used ${where}: give each question its own id.`,
    site,
  );
}

interface Collected {
  questions: Question[];
  problems: LocatedProblem[];
  /** Each id seen so far and the line of its first use. */
  seen: Map<string, number | null>;
}

function collect(result: ChunkResult, into: Collected): void {
  into.problems.push(...result.problems);
  for (const built of result.built) {
    into.problems.push(...built.problems);
    if (built.id === null) continue;
    if (into.seen.has(built.id)) {
      into.problems.push(duplicateProblem(built.id, into.seen.get(built.id) ?? null, result.idAt));
      continue;
    }
    into.seen.set(built.id, result.idAt.line ?? null);
    if (built.question !== null) into.questions.push(built.question);
  }
}

/** Parses a quiz block's GIFT body; never throws: bad content comes back as problems. */
export function parseQuiz(body: string, at: QuizSource): ParsedQuiz {
  const collected: Collected = { questions: [], problems: [], seen: new Map() };
  let items = 0;
  for (const raw of splitGift(body)) {
    const dropped = dropCategory(raw, locatorFor(raw, at));
    if (dropped.warning !== null) collected.problems.push(dropped.warning);
    if (dropped.chunk === null) continue;
    items += 1;
    collect(buildChunk(dropped.chunk, locatorFor(dropped.chunk, at)), collected);
  }
  if (items === 0) collected.problems.push(emptyProblem(at));
  return { questions: collected.questions, problems: collected.problems };
}

/** An empty block is reported at its opening fence, the line just above the body. */
function emptyProblem(at: QuizSource): LocatedProblem {
  const message =
    'This quiz block has no questions: write at least one GIFT question starting with ::question-id::, or remove the block.';
  return problem('quiz.empty', message, { file: at.file, line: Math.max(1, at.firstLine - 1), column: null });
}
