import type { Question } from '../../content/quiz';
import type { BuiltQuiz, BuiltTranslatedLesson } from '../../content/pack/built-pack';
import type { PackManifest } from '../../content/manifest/manifest-schema';
import type { TranslatedManifest } from '../../content/manifest/lesson-schemas';
import type { PackVersionRecord, StoredAsset, StoredLesson } from '../../content/store/pack-version.model';

/** A quiz of the published version, with where it lives. */
export interface PublishedQuiz {
  id: string;
  lessonId: string;
  index: number;
  questions: Question[];
  /** The same quiz in each translation whose structure matches (for short answers given in that language). */
  alternates: Question[][];
  points: number;
}

/** One translated language of a published pack. */
export interface PublishedTranslation {
  language: string;
  manifest: TranslatedManifest | undefined;
  lessons: ReadonlyMap<string, BuiltTranslatedLesson>;
}

/** The published version of a pack, indexed for page rendering without any query. */
export interface PublishedPack {
  id: string;
  version: string;
  manifest: PackManifest;
  lessons: readonly StoredLesson[];
  lessonById: ReadonlyMap<string, StoredLesson>;
  quizzes: ReadonlyMap<string, PublishedQuiz>;
  /** Total quiz points of the version (the module score's denominator). */
  totalPoints: number;
  translations: ReadonlyMap<string, PublishedTranslation>;
  /** Source language first, then every language with at least one translated lesson. */
  languages: readonly string[];
  /** Assets by `<sha256 prefix>/<name>`, the tail of their URL. */
  assets: ReadonlyMap<string, StoredAsset>;
}

function translatedQuiz(record: PackVersionRecord, lessonId: string, quizId: string): Question[][] {
  const out: Question[][] = [];
  for (const translation of record.translations) {
    const lesson = translation.lessons.find((l) => l.lessonId === lessonId);
    const quiz = lesson?.quizzesMatchSource ? lesson.quizzes.find((q: BuiltQuiz) => q.id === quizId) : undefined;
    if (quiz) out.push(quiz.questions);
  }
  return out;
}

function indexQuizzes(record: PackVersionRecord): Map<string, PublishedQuiz> {
  const quizzes = new Map<string, PublishedQuiz>();
  for (const lesson of record.lessons) {
    for (const quiz of lesson.quizzes) {
      quizzes.set(quiz.id, {
        id: quiz.id,
        lessonId: lesson.id,
        index: quiz.index,
        questions: quiz.questions,
        alternates: translatedQuiz(record, lesson.id, quiz.id),
        points: quiz.questions.reduce((sum, q) => sum + q.points, 0),
      });
    }
  }
  return quizzes;
}

/** Builds the in-memory view of a stored version (done once per publish, per process). */
export function toPublishedPack(record: PackVersionRecord): PublishedPack {
  const quizzes = indexQuizzes(record);
  const translations = new Map<string, PublishedTranslation>();
  for (const t of record.translations) {
    translations.set(t.language, {
      language: t.language,
      manifest: t.manifest,
      lessons: new Map(t.lessons.map((l) => [l.lessonId, l])),
    });
  }
  const translated = [...translations.values()].filter((t) => t.lessons.size > 0).map((t) => t.language);
  return {
    id: record.packId,
    version: record.version,
    manifest: record.manifest,
    lessons: record.lessons,
    lessonById: new Map(record.lessons.map((l) => [l.id, l])),
    quizzes,
    totalPoints: [...quizzes.values()].reduce((sum, q) => sum + q.points, 0),
    translations,
    languages: [record.manifest.language, ...translated.filter((l) => l !== record.manifest.language).sort()],
    assets: new Map(record.assets.map((a) => [`${a.sha256.slice(0, 16)}/${a.name}`, a])),
  };
}
