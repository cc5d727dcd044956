import { translatedFrontMatterSchema, type TranslatedFrontMatter } from '../manifest/lesson-schemas';
import { problem, type LocatedProblem } from '../problems';
import { compareQuizStructure } from '../quiz';
import type { BuiltTranslatedLesson } from '../pack/built-pack';
import { linkResolver, type LinkTargets } from '../pack/link-resolver';
import { renderBody, type ParsedBlock } from '../pack/render-body';
import { toQuizzes, type RenderedSourceLesson } from '../pack/render-lessons';
import { decodeText } from '../text/decode-text';
import { checkSchema } from '../yaml/check-schema';
import { splitFrontMatter } from '../yaml/front-matter';
import { parseYaml } from '../yaml/parse-yaml';

/** Builds one translated lesson: front matter (title, source), rendering with the source's links, quiz parity. */
export function buildTranslatedLesson(
  file: string,
  bytes: Buffer,
  source: RenderedSourceLesson,
  targets: LinkTargets,
): { lesson: BuiltTranslatedLesson | undefined; problems: LocatedProblem[] } {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return { lesson: undefined, problems: [decoded.problem] };
  const split = splitFrontMatter(decoded.text, file);
  const front = readFrontMatter(split.yaml, file);
  const resolve = linkResolver(targets, { lessonFile: source.lesson.file, translated: true });
  // translations/<lang>/lessons/<file>: the language is the folder's name.
  const language = file.split('/')[1] ?? 'en';
  const body = renderBody(split.body, { file, firstLine: split.bodyFirstLine, language }, resolve);
  const problems = [...split.problems, ...front.problems, ...body.problems];
  if (front.value === undefined) return { lesson: undefined, problems };
  const status = front.value.source === source.lesson.sourceHash ? 'current' : 'outdated';
  const structure = compareBlocks(source.blocks, body.blocks, file).map((p) =>
    status === 'current' ? p : asOutdatedWarning(p),
  );
  problems.push(...structure);
  const matches = structure.length === 0;
  const lesson: BuiltTranslatedLesson = {
    ...{ lessonId: source.lesson.id, file, title: front.value.title, declaredSource: front.value.source, status },
    ...{ words: body.rendered.words, segments: body.rendered.segments, headings: body.rendered.headings },
    ...{ quizzes: matches ? toQuizzes(body.blocks) : [], quizzesMatchSource: matches },
  };
  return { lesson, problems };
}

function readFrontMatter(
  yaml: string | undefined,
  file: string,
): { value: TranslatedFrontMatter | undefined; problems: LocatedProblem[] } {
  if (yaml === undefined) return { value: undefined, problems: [] };
  const parsed = parseYaml(yaml, { file, firstLine: 2 });
  const data = parsed.data as Record<string, unknown> | null | undefined;
  // YAML reads a hash such as 123456789012 or 3e1234567890 as a number: take the text as written.
  if (data !== null && typeof data === 'object' && typeof data.source === 'number') {
    data.source = parsed.scalarText(['source']);
  }
  const checked = checkSchema(translatedFrontMatterSchema, parsed, file);
  return { value: checked.value, problems: [...parsed.problems, ...checked.problems] };
}

/** Quiz parity block by block (format section 5): same blocks, same question ids, order and answer structure. */
function compareBlocks(
  source: readonly ParsedBlock[],
  translated: readonly ParsedBlock[],
  file: string,
): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  if (source.length !== translated.length) {
    const extra = translated[source.length];
    const message = `The translation has ${translated.length} quiz blocks, the source has ${source.length}; translate each source quiz once, in place.`;
    problems.push(problem('translation.structure-mismatch', message, { file, line: extra?.firstLine ?? 1 }));
  }
  source.forEach((block, i) => {
    const other = translated[i];
    if (other === undefined) return;
    problems.push(
      ...compareQuizStructure(block.questions, other.questions, { file, line: Math.max(1, other.firstLine - 1) }),
    );
  });
  return problems;
}

/**
 * The source changed since an outdated translation was made, so a quiz that no longer matches is expected and
 * must not block the trainer's import: it is a warning, and learners get the source lesson until it is updated.
 */
function asOutdatedWarning(found: LocatedProblem): LocatedProblem {
  const message = `${found.message} (This translation is outdated: learners see the source lesson until it is updated.)`;
  return { ...found, message, severity: 'warning' };
}
