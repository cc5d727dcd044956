import type { LessonHeading, LessonSegment } from '../../content/markdown';
import type { BuiltQuiz } from '../../content/pack/built-pack';
import type { StoredLesson } from '../../content/store/pack-version.model';
import type { PublishedPack } from './published-pack';

/** Why a learner sees something other than a current translation. */
export type LessonNotice = 'outdated' | 'missing' | null;

/** A lesson as shown to a learner reading in one language (format section 5). */
export interface LocalizedLesson {
  lesson: StoredLesson;
  title: string;
  segments: readonly LessonSegment[];
  headings: readonly LessonHeading[];
  /** Quiz texts in the shown language; structure (ids, answers) is always the source's. */
  quizzes: readonly BuiltQuiz[];
  /** Language of the text shown. */
  contentLanguage: string;
  notice: LessonNotice;
}

function fromSource(pack: PublishedPack, lesson: StoredLesson, notice: LessonNotice): LocalizedLesson {
  const { title, segments, headings, quizzes } = lesson;
  return { lesson, title, segments, headings, quizzes, contentLanguage: pack.manifest.language, notice };
}

/**
 * Current translation as is; outdated translation with a notice; missing (or one whose quizzes no
 * longer match the source) falls back to the source with a notice. `source: true` forces the source.
 */
export function localizeLesson(
  pack: PublishedPack,
  lesson: StoredLesson,
  language: string,
  options: { source?: boolean } = {},
): LocalizedLesson {
  if (language === pack.manifest.language) return fromSource(pack, lesson, null);
  const translated = pack.translations.get(language)?.lessons.get(lesson.id);
  if (options.source) return fromSource(pack, lesson, translated ? 'outdated' : 'missing');
  if (!translated?.quizzesMatchSource) return fromSource(pack, lesson, 'missing');
  const { title, segments, headings, quizzes } = translated;
  const notice = translated.status === 'current' ? null : 'outdated';
  return { lesson, title, segments, headings, quizzes, contentLanguage: language, notice };
}

/** Title, summary and outcomes in the language when translated, else the source's. */
export function localizeManifest(
  pack: PublishedPack,
  language: string,
): { title: string; summary: string; outcomes: readonly string[]; language: string } {
  const t = language === pack.manifest.language ? undefined : pack.translations.get(language)?.manifest;
  return {
    title: t?.title ?? pack.manifest.title,
    summary: t?.summary ?? pack.manifest.summary,
    outcomes: t?.outcomes ?? pack.manifest.outcomes,
    language: t?.title ? language : pack.manifest.language,
  };
}

/** Lesson title in the language when a usable translation exists. */
export function lessonTitle(pack: PublishedPack, lesson: StoredLesson, language: string): string {
  const translated = pack.translations.get(language)?.lessons.get(lesson.id);
  return translated?.quizzesMatchSource ? translated.title : lesson.title;
}
