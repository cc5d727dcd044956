import { problem, type LocatedProblem } from '../problems';
import type { PackSource } from '../source/pack-source';
import { isIso6391 } from '../text/iso-639-1';

/** The files of one translation language. */
export interface TranslationFiles {
  language: string;
  manifest: string | undefined;
  lessons: string[];
}

/** A pack's files sorted by role; anything else is reported. */
export interface PackFiles {
  manifest: string | undefined;
  lessons: string[];
  assets: string[];
  translations: TranslationFiles[];
  /** Every file that belongs to the pack (what the content hash covers). */
  packFiles: string[];
  problems: LocatedProblem[];
}

const LESSON = /^lessons\/[^/]+\.md$/;
const TRANSLATED = /^translations\/([^/]+)\/(pack\.yaml|lessons\/[^/]+\.md)$/;

/** Sorts a source's files into manifest, lessons, assets and translations (format section 1). */
export function classifyFiles(source: PackSource): PackFiles {
  const out: PackFiles = {
    manifest: undefined,
    lessons: [],
    assets: [],
    translations: [],
    packFiles: [],
    problems: [],
  };
  const languages = new Map<string, TranslationFiles>();
  for (const link of source.symlinks) {
    const message = `${link} is a symbolic link; packs hold only real files (copy the file instead).`;
    out.problems.push(problem('pack.symlink', message, { file: link }));
  }
  for (const file of source.files) {
    const role = classify(file, languages);
    if (role === 'ignored') continue;
    if (role === 'unexpected') out.problems.push(unexpected(file));
    else out.packFiles.push(file);
    if (role === 'manifest') out.manifest = file;
    if (role === 'lesson') out.lessons.push(file);
    if (role === 'asset') out.assets.push(file);
  }
  out.translations = [...languages.values()];
  out.problems.push(...invalidLanguages(out.translations));
  return out;
}

type Role = 'manifest' | 'lesson' | 'asset' | 'translation' | 'ignored' | 'unexpected';

function classify(file: string, languages: Map<string, TranslationFiles>): Role {
  if (file === 'pack.yaml') return 'manifest';
  if (file === 'README.md' || /^LICEN[SC]E[^/]*$/.test(file)) return 'ignored';
  if (LESSON.test(file)) return 'lesson';
  if (file.startsWith('assets/')) return 'asset';
  const translated = TRANSLATED.exec(file);
  if (translated === null) return 'unexpected';
  const language = translated[1] ?? '';
  const entry = languages.get(language) ?? { language, manifest: undefined, lessons: [] };
  languages.set(language, entry);
  if (translated[2] === 'pack.yaml') entry.manifest = file;
  else entry.lessons.push(file);
  return 'translation';
}

function unexpected(file: string): LocatedProblem {
  const where = file.startsWith('lessons/')
    ? 'lessons/ holds only Markdown files (`NN-name.md`), with no subfolders'
    : file.startsWith('translations/')
      ? 'translations/<lang>/ holds only pack.yaml and lessons/<same file name as the source>.md'
      : 'a pack holds only pack.yaml, lessons/, assets/, translations/, README.md and LICENSE files';
  return problem('pack.unexpected-file', `${file} is not part of the pack format: ${where}. Move or remove it.`, {
    file,
  });
}

function invalidLanguages(translations: TranslationFiles[]): LocatedProblem[] {
  return translations
    .filter((t) => !isIso6391(t.language))
    .map((t) => {
      const file = t.manifest ?? t.lessons[0] ?? `translations/${t.language}`;
      const message = `translations/${t.language}/ is not named by a two-letter ISO 639-1 language code such as \`el\`.`;
      return problem('translation.invalid-language', message, { file });
    });
}
