import { asLanguage, LANGUAGE_NAMES } from '../../platform/i18n';
import type { PublishedPack } from './published-pack';

/** How far a pack is translated into one language. */
export type CoverageStatus = 'original' | 'complete' | 'partial';

/** One language a module can be read in, with how much of it is translated. */
export interface LanguageCoverage {
  language: string;
  /** The language's name written in itself ("Ελληνικά"), as language pickers show it. */
  name: string;
  status: CoverageStatus;
  totalLessons: number;
  /** Lessons whose translation is current (for the source language: all of them). */
  currentLessons: number;
  /** Lessons translated from an older source text (shown with a notice). */
  outdatedLessons: number;
  /** Lessons read in the source language because they have no usable translation. */
  missingLessons: number;
}

function capitalise(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** The name of a language written in itself; the six interface languages as the switcher spells them. */
export function nativeLanguageName(code: string): string {
  const known = asLanguage(code);
  if (known) return LANGUAGE_NAMES[known];
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code);
    return name ? capitalise(name, code) : code;
  } catch {
    return code;
  }
}

/** The name of a language in the reader's interface language ("αγγλικά" for `en` in Greek). */
export function languageNameIn(code: string, interfaceLanguage: string): string {
  try {
    return new Intl.DisplayNames([interfaceLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Coverage of one translation language: complete means every lesson current and pack.yaml translated. */
function coverageOf(pack: PublishedPack, language: string): LanguageCoverage {
  const translation = pack.translations.get(language);
  const total = pack.lessons.length;
  let current = 0;
  let outdated = 0;
  for (const lesson of pack.lessons) {
    const translated = translation?.lessons.get(lesson.id);
    if (!translated?.quizzesMatchSource) continue;
    if (translated.status === 'current') current += 1;
    else outdated += 1;
  }
  const complete = current === total && translation?.manifest !== undefined;
  return {
    language,
    name: nativeLanguageName(language),
    status: complete ? 'complete' : 'partial',
    totalLessons: total,
    currentLessons: current,
    outdatedLessons: outdated,
    missingLessons: total - current - outdated,
  };
}

/** Every language of a pack (source first), with its translation status. */
export function translationCoverage(pack: PublishedPack): LanguageCoverage[] {
  const total = pack.lessons.length;
  const source: LanguageCoverage = {
    language: pack.manifest.language,
    name: nativeLanguageName(pack.manifest.language),
    status: 'original',
    totalLessons: total,
    currentLessons: total,
    outdatedLessons: 0,
    missingLessons: 0,
  };
  return [source, ...pack.languages.filter((l) => l !== pack.manifest.language).map((l) => coverageOf(pack, l))];
}
