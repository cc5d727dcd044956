import { posix } from 'node:path';
import { translatedManifestSchema } from '../manifest/lesson-schemas';
import type { PackManifest } from '../manifest/manifest-schema';
import { problem, type LocatedProblem } from '../problems';
import type { BuiltTranslation } from '../pack/built-pack';
import type { LinkTargets } from '../pack/link-resolver';
import type { TranslationFiles } from '../pack/pack-files';
import type { RenderedSourceLesson } from '../pack/render-lessons';
import { isIso6391 } from '../text/iso-639-1';
import { loadYaml } from '../yaml/load-yaml';
import { buildTranslatedLesson } from './translated-lesson';

/** What translations are checked against. */
export interface TranslationInputs {
  manifest: PackManifest | undefined;
  /** Every source lesson file, rendered or not (a translation of a broken source lesson is not an orphan). */
  sourceFiles: ReadonlySet<string>;
  lessons: readonly RenderedSourceLesson[];
  targets: LinkTargets;
  bytes: ReadonlyMap<string, Buffer>;
}

/** Builds every language of translations/ (format section 5). */
export function buildTranslations(
  languages: readonly TranslationFiles[],
  inputs: TranslationInputs,
): { translations: BuiltTranslation[]; problems: LocatedProblem[] } {
  const problems: LocatedProblem[] = [];
  const translations: BuiltTranslation[] = [];
  for (const files of [...languages].sort((a, b) => a.language.localeCompare(b.language))) {
    if (!isIso6391(files.language)) continue;
    if (files.language === inputs.manifest?.language) {
      const message = `translations/${files.language}/ translates into the pack's source language; remove it.`;
      problems.push(
        problem('translation.source-language', message, { file: files.manifest ?? files.lessons[0] ?? '' }),
      );
      continue;
    }
    const built = buildLanguage(files, inputs);
    problems.push(...built.problems);
    translations.push(built.translation);
  }
  return { translations, problems };
}

function buildLanguage(
  files: TranslationFiles,
  inputs: TranslationInputs,
): { translation: BuiltTranslation; problems: LocatedProblem[] } {
  const problems: LocatedProblem[] = [];
  const translation: BuiltTranslation = { language: files.language, lessons: [] };
  if (files.manifest !== undefined) {
    const loaded = loadYaml(
      inputs.bytes.get(files.manifest) ?? Buffer.alloc(0),
      files.manifest,
      translatedManifestSchema,
    );
    const at = { file: files.manifest, ...loaded.parsed?.locate(['outcomes']) };
    problems.push(...loaded.problems, ...outcomeCount(loaded.value?.outcomes, inputs.manifest, at));
    if (loaded.value !== undefined) translation.manifest = loaded.value;
  }
  const byFile = new Map(inputs.lessons.map((lesson) => [lesson.lesson.file, lesson]));
  for (const file of files.lessons) {
    const sourceFile = `lessons/${posix.basename(file)}`;
    const source = byFile.get(sourceFile);
    if (source === undefined) {
      if (!inputs.sourceFiles.has(sourceFile)) problems.push(orphan(file, sourceFile));
      continue;
    }
    const built = buildTranslatedLesson(file, inputs.bytes.get(file) ?? Buffer.alloc(0), source, inputs.targets);
    problems.push(...built.problems);
    if (built.lesson !== undefined) translation.lessons.push(built.lesson);
  }
  const order = new Map(inputs.lessons.map((lesson, i) => [lesson.lesson.id, i]));
  translation.lessons.sort((a, b) => (order.get(a.lessonId) ?? 0) - (order.get(b.lessonId) ?? 0));
  return { translation, problems };
}

function orphan(file: string, sourceFile: string): LocatedProblem {
  const message = `${file} has no source lesson ${sourceFile}; translated files keep the source file name (rename or remove it).`;
  return problem('translation.orphan', message, { file });
}

/** Outcomes are translated one by one, so a different count is most likely a mistake (but harmless to learners). */
function outcomeCount(
  outcomes: readonly string[] | undefined,
  manifest: PackManifest | undefined,
  at: { file: string; line?: number; column?: number },
): LocatedProblem[] {
  if (outcomes === undefined || manifest === undefined || outcomes.length === manifest.outcomes.length) return [];
  const message = `${at.file} has ${outcomes.length} outcomes, pack.yaml has ${manifest.outcomes.length}; translate each outcome once, in order.`;
  return [problem('translation.outcome-count', message, at, 'warning')];
}
