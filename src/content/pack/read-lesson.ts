import { posix } from 'node:path';
import { isValidId } from '../manifest/fields';
import { lessonFrontMatterSchema } from '../manifest/lesson-schemas';
import { problem, type LocatedProblem } from '../problems';
import { decodeText } from '../text/decode-text';
import { sourceHash } from '../translation/source-hash';
import { splitFrontMatter } from '../yaml/front-matter';
import { checkYamlText } from '../yaml/load-yaml';
import type { Position } from '../yaml/parse-yaml';

/** A source lesson file read and its front matter checked (not yet rendered). */
export interface SourceLesson {
  file: string;
  /** Undefined when neither the front matter nor the file name gives a valid id. */
  id: string | undefined;
  /** Where the front matter declares the id; null when the id comes from the file name. */
  idAt: Position | null;
  title: string | undefined;
  minutes: number | null;
  /** The whole file as text: LF endings, no BOM. */
  text: string;
  body: string;
  bodyFirstLine: number;
  sourceHash: string;
  problems: LocatedProblem[];
}

/** The lesson id a file name gives: without a leading `NN-` and without `.md`. */
export function lessonIdFromFile(file: string): string {
  return posix.basename(file, '.md').replace(/^\d+-/, '');
}

/** Reads a source lesson: text, front matter (YAML only), id from front matter or file name, source hash. */
export function readLesson(file: string, bytes: Buffer): SourceLesson {
  const hash = sourceHash(bytes);
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) {
    const fromName = lessonIdFromFile(file);
    const base = {
      file,
      idAt: null,
      title: undefined,
      minutes: null,
      text: '',
      body: '',
      bodyFirstLine: 1,
      sourceHash: hash,
    };
    return { ...base, id: isValidId(fromName) ? fromName : undefined, problems: [decoded.problem] };
  }
  const split = splitFrontMatter(decoded.text, file);
  const problems = [...split.problems];
  const front =
    split.yaml === undefined
      ? undefined
      : checkYamlText(split.yaml, { file, firstLine: split.yamlFirstLine }, lessonFrontMatterSchema);
  if (front !== undefined) problems.push(...front.problems);
  const declaredId = front?.value?.id ?? null;
  const id = declaredId ?? idFromName(file, front?.value !== undefined, problems);
  const idAt = declaredId === null ? null : (front?.parsed?.locate(['id']) ?? null);
  return {
    ...{ file, id, idAt, title: front?.value?.title, minutes: front?.value?.minutes ?? null },
    ...{ text: decoded.text, body: split.body, bodyFirstLine: split.bodyFirstLine, sourceHash: hash, problems },
  };
}

function idFromName(file: string, frontMatterValid: boolean, problems: LocatedProblem[]): string | undefined {
  const fromName = lessonIdFromFile(file);
  if (isValidId(fromName)) return fromName;
  // Only worth saying when the front matter was read: otherwise its own problem comes first.
  if (frontMatterValid) {
    const message = `The file name gives the lesson id \`${fromName}\`, which is not kebab-case; rename the file or add an \`id:\` to the front matter.`;
    problems.push(problem('lesson.invalid-id', message, { file, line: 1, column: 1 }));
  }
  return undefined;
}
