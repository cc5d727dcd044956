import { formatDate, formatNumber } from '../../platform/i18n';
import { lessonUrl } from '../../content/pack/pack-urls';
import type { StoredLesson } from '../../content/store/pack-version.model';
import { lessonTitle } from '../catalog/localize';
import type { PublishedPack } from '../catalog/published-pack';

/** A link to another lesson, with its title in the reader's language when translated. */
export interface LessonLink {
  url: string;
  title: string;
  /** `lang` of the title when it is not in the interface language (an untranslated lesson), else null. */
  lang: string | null;
}

const displayNames = new Map<string, Intl.DisplayNames>();
/** Formats points in a language (2,5 in Greek), at most two decimals. */
export function numberFormatter(language: string): (value: number) => string {
  return (value) => formatNumber(value, language, 2);
}

/** Formats a date in a language, long style ("2 Μαρτίου 2026"). */
export function dateFormatter(language: string): (date: Date) => string {
  return (date) => formatDate(date, language);
}

/** The name of a language written in another (`el` in Spanish: "griego"); the code itself when unknown. */
export function languageName(code: string, inLanguage: string): string {
  let names = displayNames.get(inLanguage);
  if (names === undefined) {
    names = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' });
    displayNames.set(inLanguage, names);
  }
  return names.of(code) ?? code;
}

function linkTo(pack: PublishedPack, lesson: StoredLesson | undefined, language: string): LessonLink | null {
  if (lesson === undefined) return null;
  // The same test lessonTitle makes: a translation whose quizzes match the source is used.
  const translated =
    language === pack.manifest.language ||
    pack.translations.get(language)?.lessons.get(lesson.id)?.quizzesMatchSource === true;
  return {
    url: lessonUrl(pack.id, lesson.id),
    title: lessonTitle(pack, lesson, language),
    lang: translated ? null : pack.manifest.language,
  };
}

/** The lessons before and after this one in pack order, and where this one stands (1-based). */
export function neighbours(
  pack: PublishedPack,
  lesson: StoredLesson,
  language: string,
): { previous: LessonLink | null; next: LessonLink | null; position: number; total: number } {
  const index = pack.lessons.findIndex((l) => l.id === lesson.id);
  return {
    previous: index > 0 ? linkTo(pack, pack.lessons[index - 1], language) : null,
    next: linkTo(pack, pack.lessons[index + 1], language),
    position: index + 1,
    total: pack.lessons.length,
  };
}
