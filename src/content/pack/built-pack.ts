/**
 * A pack that passed validation, as plain data (and Buffers for asset bytes), ready to be stored as one
 * immutable pack version. Nothing here refers to files on disk: the temporary folder of a zip is gone by now.
 */
import type { LessonHeading, LessonSegment } from '../markdown';
import type { PackManifest } from '../manifest/manifest-schema';
import type { TranslatedManifest } from '../manifest/lesson-schemas';
import type { Question } from '../quiz';

/** One quiz block of a lesson. */
export interface BuiltQuiz {
  /** Stable id: the first question's id (see quizId). */
  id: string;
  /** Position among the lesson's quiz blocks; the lesson's `{ kind: 'quiz', index }` segment shows it. */
  index: number;
  questions: Question[];
}

/** A source lesson, in pack order. */
export interface BuiltLesson {
  id: string;
  /** Path relative to the pack, such as `lessons/01-what-is-iot.md`. */
  file: string;
  title: string;
  minutes: number | null;
  /** First 12 hex of the SHA-256 of the file's bytes with CRLF turned into LF: what translations record. */
  sourceHash: string;
  /** The whole source file (front matter included), LF line endings, without BOM: kept for paragraph diffs. */
  markdown: string;
  words: number;
  /** Sanitised HTML split at quiz blocks. */
  segments: LessonSegment[];
  headings: LessonHeading[];
  quizzes: BuiltQuiz[];
}

/** A file of `assets/`. */
export interface BuiltAsset {
  /** Path relative to the pack, such as `assets/sensor-loop.png`. */
  path: string;
  /** File name (what the URL ends with and what a download is saved as). */
  name: string;
  mediaType: string;
  size: number;
  /** Full SHA-256 hex of the bytes; URLs use its first 16 characters. */
  sha256: string;
  bytes: Buffer;
}

/** How a translated lesson relates to its source. */
export type TranslationState = 'current' | 'outdated';

/** A translated lesson. */
export interface BuiltTranslatedLesson {
  lessonId: string;
  /** Path relative to the pack, such as `translations/el/lessons/01-what-is-iot.md`. */
  file: string;
  title: string;
  /** The `source` hash the translator recorded. */
  declaredSource: string;
  status: TranslationState;
  words: number;
  segments: LessonSegment[];
  headings: LessonHeading[];
  /** Translated quizzes; same ids, order and answer structure as the source (checked). */
  quizzes: BuiltQuiz[];
  /**
   * False only for an outdated translation whose quizzes no longer match the source (the source changed since).
   * Such a lesson must be shown like a missing translation: the source lesson, with a notice.
   */
  quizzesMatchSource: boolean;
}

/** One language of a pack's translations. */
export interface BuiltTranslation {
  language: string;
  /** Translated text fields of pack.yaml, when translations/<lang>/pack.yaml exists. */
  manifest?: TranslatedManifest;
  /** Translated lessons in pack lesson order (missing ones are absent). */
  lessons: BuiltTranslatedLesson[];
}

/** A validated pack, ready to import. */
export interface BuiltPack {
  id: string;
  version: string;
  /** SHA-256 hex over every pack file: sorted relative path, NUL, content (text files with LF endings, no BOM). */
  contentHash: string;
  manifest: PackManifest;
  lessons: BuiltLesson[];
  assets: BuiltAsset[];
  translations: BuiltTranslation[];
}
