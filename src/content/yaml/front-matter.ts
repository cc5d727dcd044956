import { problem, type LocatedProblem } from '../problems';

/** A lesson split into its YAML front matter and its Markdown body. */
export interface FrontMatterSplit {
  /** The YAML text between the `---` lines (undefined when there is no usable front matter). */
  yaml: string | undefined;
  /** File line of the first YAML line. */
  yamlFirstLine: number;
  /** The Markdown after the closing line (the whole text when there is no front matter). */
  body: string;
  /** File line of the body's first line. */
  bodyFirstLine: number;
  problems: LocatedProblem[];
}

const OPENER = /^---([^\n]*)$/;
const CLOSER = /^(---|\.\.\.)[ \t]*$/;

/**
 * Splits front matter delimited by `---` lines. Only YAML is accepted: an opener such as `---js` is refused,
 * because other front-matter engines execute code.
 */
export function splitFrontMatter(text: string, file: string): FrontMatterSplit {
  const lines = text.split('\n');
  const opener = OPENER.exec(lines[0] ?? '');
  if (opener === null) {
    const message = `${file} has no front matter; start the file with a \`---\` line, a \`title:\`, and a closing \`---\` line.`;
    return noFrontMatter(text, [problem('lesson.missing-front-matter', message, { file, line: 1, column: 1 })]);
  }
  const language = (opener[1] ?? '').trim();
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    const message = `Front matter must be YAML, not \`${language}\`; change the first line to \`---\`.`;
    return noFrontMatter(text, [problem('lesson.front-matter-language', message, { file, line: 1, column: 4 })]);
  }
  const close = lines.findIndex((line, index) => index > 0 && CLOSER.test(line));
  if (close === -1) {
    const message = 'The front matter opened on line 1 is never closed; add a `---` line after it.';
    return noFrontMatter(text, [problem('lesson.front-matter-unclosed', message, { file, line: 1, column: 1 })]);
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyFirstLine: close + 2,
    problems: [],
  };
}

function noFrontMatter(text: string, problems: LocatedProblem[]): FrontMatterSplit {
  return { yaml: undefined, yamlFirstLine: 1, body: text, bodyFirstLine: 1, problems };
}

/** The Markdown body of a lesson without its front matter (for word counts and paragraph diffs). */
export function stripFrontMatter(text: string): string {
  const split = splitFrontMatter(text, '');
  return split.yaml === undefined ? text : split.body;
}
