/**
 * What the browser tests need to know of the published curriculum, read from the catalogue in memory: which module
 * to take, its lessons in order, and each lesson's quizzes in the language shown (with right answers).
 */
import type { Question } from '../../src/content/quiz';
import type { CatalogCache, PublishedPack } from '../../src/features/catalog';
import { localizeLesson, localizeManifest } from '../../src/features/catalog/localize';

/** One lesson as a learner reading in `language` sees it, with its quizzes (right answers included). */
export interface JourneyLesson {
  id: string;
  title: string;
  url: string;
  quizzes: { id: string; questions: Question[] }[];
}

/** The module a journey takes, in one language. */
export interface JourneyModule {
  id: string;
  title: string;
  url: string;
  lessons: JourneyLesson[];
  passScore: number;
}

function lessonsIn(pack: PublishedPack, language: string): JourneyLesson[] | null {
  const lessons: JourneyLesson[] = [];
  for (const lesson of pack.lessons) {
    const shown = localizeLesson(pack, lesson, language);
    // Only a module read wholly in the language proves the interface and the content are in it.
    if (shown.contentLanguage !== language || shown.notice !== null) return null;
    lessons.push({
      id: lesson.id,
      title: shown.title,
      url: `/modules/${pack.id}/lessons/${lesson.id}`,
      quizzes: shown.quizzes.map((quiz) => ({ id: quiz.id, questions: quiz.questions })),
    });
  }
  return lessons;
}

const questionCount = (lessons: readonly JourneyLesson[]): number =>
  lessons.reduce((sum, l) => sum + l.quizzes.reduce((n, q) => n + q.questions.length, 0), 0);

/** The module `packId` as read in `language`, or null when one of its lessons is not currently translated. */
export function moduleIn(catalog: CatalogCache, packId: string, language: string): JourneyModule | null {
  const pack = catalog.current().packs.get(packId);
  const lessons = pack ? lessonsIn(pack, language) : null;
  if (!pack || !lessons) return null;
  const { title } = localizeManifest(pack, language);
  return { id: pack.id, title, url: `/modules/${pack.id}`, lessons, passScore: pack.manifest.passScore };
}

/**
 * The module with the fewest lessons (then the fewest questions) whose every lesson is currently translated into
 * `language` and which has a quiz; fails when the curriculum has none.
 */
export function chooseModule(catalog: CatalogCache, language: string): JourneyModule {
  const candidates = [...catalog.current().packs.keys()]
    .map((id) => moduleIn(catalog, id, language))
    .filter((m): m is JourneyModule => m !== null && m.lessons.some((lesson) => lesson.quizzes.length > 0));
  candidates.sort((a, b) => a.lessons.length - b.lessons.length || questionCount(a.lessons) - questionCount(b.lessons));
  const chosen = candidates[0];
  if (!chosen) throw new Error(`no bundled module is wholly translated into "${language}" with a quiz`);
  return chosen;
}
