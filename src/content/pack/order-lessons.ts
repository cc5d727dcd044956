import type { PackManifest } from '../manifest/manifest-schema';
import { problem, type LocatedProblem } from '../problems';
import type { KeyPath, Position } from '../yaml/parse-yaml';
import type { SourceLesson } from './read-lesson';

/** A lesson whose id is known. */
export type IdentifiedLesson = SourceLesson & { id: string };

const byFileName = new Intl.Collator('en', { numeric: true });

/**
 * Puts lessons in pack order: the `lessons:` list of pack.yaml when present (every lesson file must be listed,
 * every listed id must exist), else file-name order with numbers compared as numbers (2 before 10).
 */
export function orderLessons(
  lessons: readonly SourceLesson[],
  manifest: PackManifest | undefined,
  locate: (path: KeyPath, part?: 'key' | 'value') => Position,
): { ordered: IdentifiedLesson[]; problems: LocatedProblem[] } {
  const { unique, problems } = dropDuplicates(lessons);
  const list = manifest?.lessons ?? null;
  if (list === null) return { ordered: [...unique].sort((a, b) => byFileName.compare(a.file, b.file)), problems };
  const byId = new Map(unique.map((lesson) => [lesson.id, lesson]));
  const ordered: IdentifiedLesson[] = [];
  list.forEach((id, i) => {
    const lesson = byId.get(id);
    if (lesson !== undefined) ordered.push(lesson);
    else {
      const message = `\`lessons\` lists \`${id}\`, but no lesson file has that id (from its front matter or file name).`;
      problems.push(problem('manifest.unknown-lesson', message, { file: 'pack.yaml', ...locate(['lessons', i]) }));
    }
  });
  for (const lesson of unique.filter((l) => !list.includes(l.id))) {
    const message = `${lesson.file} (id \`${lesson.id}\`) is missing from \`lessons\`; add its id where it belongs in the order.`;
    problems.push(problem('manifest.unlisted-lesson', message, { file: 'pack.yaml', ...locate(['lessons'], 'key') }));
    // Still checked (after the listed ones), so its own problems are reported in the same run.
    ordered.push(lesson);
  }
  return { ordered, problems };
}

function dropDuplicates(lessons: readonly SourceLesson[]): { unique: IdentifiedLesson[]; problems: LocatedProblem[] } {
  const seen = new Map<string, string>();
  const unique: IdentifiedLesson[] = [];
  const problems: LocatedProblem[] = [];
  for (const lesson of [...lessons].sort((a, b) => byFileName.compare(a.file, b.file))) {
    if (lesson.id === undefined) continue;
    const first = seen.get(lesson.id);
    if (first === undefined) {
      seen.set(lesson.id, lesson.file);
      unique.push({ ...lesson, id: lesson.id });
      continue;
    }
    const message = `${lesson.file} has the lesson id \`${lesson.id}\`, already used by ${first}; lesson ids are unique in a pack.`;
    problems.push(
      problem('lesson.duplicate-id', message, { file: lesson.file, ...(lesson.idAt ?? { line: 1, column: 1 }) }),
    );
  }
  return { unique, problems };
}
