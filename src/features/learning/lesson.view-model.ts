/**
 * What the lesson template receives: the lesson in the reader's language with the notices of format section 5, its
 * table of contents, neighbours, quizzes and the learner's state. Pure: no request, no database.
 */
import type { LessonHeading } from '../../content/markdown';
import { lessonUrl, moduleUrl } from '../../content/pack/pack-urls';
import type { StoredLesson } from '../../content/store/pack-version.model';
import { localizeLesson, localizeManifest } from '../catalog/localize';
import type { PublishedPack } from '../catalog/published-pack';
import type { AttemptRecord } from './attempt.model';
import { computeModuleProgress, type ModuleProgress } from './module-progress';
import type { ProgressRecord } from './progress.model';
import { buildQuizView, type QuizMessage, type QuizView } from './quiz.view-model';
import { dateFormatter, languageName, neighbours, numberFormatter, type LessonLink } from './lesson-text';
import { certificateUrl } from '../certificates/locale-format';

/** Why the text shown is not the current translation: format section 5, plus "the reader asked for the source". */
export type LessonNoticeView = 'outdated' | 'missing' | 'source' | null;

/** A table-of-contents entry: a `##` heading and the `###` headings under it. */
export interface TocEntry {
  id: string;
  text: string;
  children: { id: string; text: string }[];
}

/** A piece of the lesson body. */
export type LessonBlock = { kind: 'html'; html: string } | { kind: 'quiz'; quiz: QuizView };

/** A logged-in learner's standing in this lesson. */
export interface LearnerStateView {
  done: boolean;
  doneAt: string | null;
  canMarkDone: boolean;
  markDoneAction: string;
  hasQuizzes: boolean;
  percent: number;
  moduleComplete: boolean;
  certificateUrl: string | null;
}

/** The whole lesson page. */
export interface LessonView {
  packId: string;
  moduleUrl: string;
  moduleTitle: string;
  moduleTitleLang: string | null;
  url: string;
  title: string;
  minutes: number | null;
  /** `lang` for the lesson content when it is not the interface language, else null. */
  contentLang: string | null;
  notice: LessonNoticeView;
  /** Names, in the interface language, of the interface language, of the language shown and of the source's. */
  languageName: string;
  shownLanguageName: string;
  sourceLanguageName: string;
  sourceUrl: string;
  /** Whether the first segment is the lesson's own `# H1` (then the page prints no other). */
  hasOwnH1: boolean;
  toc: TocEntry[];
  blocks: LessonBlock[];
  previous: LessonLink | null;
  next: LessonLink | null;
  position: number;
  total: number;
  loginUrl: string;
  state: LearnerStateView | null;
  /** A quiz whose submission was refused: announced at the top of the page too. */
  alert: { quizId: string; anchor: string; message: QuizMessage } | null;
  source: boolean;
}

/** The learner's records a page shows; null for anonymous visitors. */
export interface LearnerRecords {
  progress: ProgressRecord | null;
  attempt: AttemptRecord | null;
}

/** Everything a lesson view is built from. */
export interface LessonViewInput {
  pack: PublishedPack;
  lesson: StoredLesson;
  /** The interface language. */
  language: string;
  source: boolean;
  learner: LearnerRecords | null;
  refused?: { quizId: string; message: QuizMessage } | null;
}

function tableOfContents(headings: readonly LessonHeading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    const last = toc.at(-1);
    if (heading.level === 3 && last !== undefined) last.children.push({ id: heading.id, text: heading.text });
    else toc.push({ id: heading.id, text: heading.text, children: [] });
  }
  return toc;
}

function noticeOf(input: LessonViewInput, notice: 'outdated' | 'missing' | null): LessonNoticeView {
  if (!input.source || input.language === input.pack.manifest.language) return notice;
  // With ?source=1 the reader chose the source; say so, and offer the translation back when there is one.
  return notice === 'missing' ? 'missing' : 'source';
}

function stateOf(input: LessonViewInput, progress: ModuleProgress, formatDate: (d: Date) => string): LearnerStateView {
  const { pack, lesson } = input;
  const doneAt = input.learner?.progress?.lessons?.[lesson.id]?.doneAt;
  const done = progress.doneLessons.has(lesson.id);
  const certificateId = input.learner?.progress?.certificateId;
  return {
    done,
    doneAt: doneAt === undefined ? null : formatDate(new Date(doneAt)),
    canMarkDone: !done,
    markDoneAction: `${lessonUrl(pack.id, lesson.id)}/done`,
    hasQuizzes: lesson.quizzes.length > 0,
    percent: progress.percent,
    moduleComplete: progress.completedAt !== null,
    certificateUrl: certificateId ? certificateUrl(certificateId.toString()) : null,
  };
}

function blocksOf(
  input: LessonViewInput,
  localized: ReturnType<typeof localizeLesson>,
  progress: ModuleProgress | null,
): LessonBlock[] {
  const formatNumber = numberFormatter(input.language);
  const attempt = input.learner?.attempt ?? null;
  return localized.segments.flatMap((segment): LessonBlock[] => {
    if (segment.kind === 'html') return [segment];
    const quiz = localized.quizzes.find((q) => q.index === segment.index);
    if (quiz === undefined) return [];
    const shown = attempt !== null && attempt.quizId === quiz.id && attempt.packId === input.pack.id ? attempt : null;
    const view = buildQuizView({
      packId: input.pack.id,
      quiz,
      standing: progress === null ? null : (progress.quizzes.get(quiz.id) ?? null),
      attempt: shown,
      sameLanguage: shown?.language === localized.contentLanguage,
      message: input.refused?.quizId === quiz.id ? input.refused.message : null,
      source: input.source,
      formatNumber,
    });
    return [{ kind: 'quiz', quiz: view }];
  });
}

/** Builds the lesson page's view. */
export function buildLessonView(input: LessonViewInput): LessonView {
  const { pack, lesson, language } = input;
  const localized = localizeLesson(pack, lesson, language, { source: input.source });
  const manifest = localizeManifest(pack, language);
  const progress = input.learner === null ? null : computeModuleProgress(pack, input.learner.progress);
  const first = localized.segments[0];
  const url = lessonUrl(pack.id, lesson.id);
  const around = neighbours(pack, lesson, language);
  return {
    packId: pack.id,
    moduleUrl: moduleUrl(pack.id),
    moduleTitle: manifest.title,
    moduleTitleLang: manifest.language === language ? null : manifest.language,
    url,
    title: localized.title,
    minutes: lesson.minutes,
    contentLang: localized.contentLanguage === language ? null : localized.contentLanguage,
    notice: noticeOf(input, localized.notice),
    languageName: languageName(language, language),
    shownLanguageName: languageName(localized.contentLanguage, language),
    sourceLanguageName: languageName(pack.manifest.language, language),
    sourceUrl: `${url}?source=1`,
    hasOwnH1: first?.kind === 'html' && first.html.trimStart().startsWith('<h1'),
    toc: tableOfContents(localized.headings),
    blocks: blocksOf(input, localized, progress),
    ...around,
    loginUrl: `/login?next=${encodeURIComponent(url)}`,
    state: progress === null ? null : stateOf(input, progress, dateFormatter(language)),
    alert: input.refused ? { ...input.refused, anchor: `quiz-${input.refused.quizId}` } : null,
    source: input.source,
  };
}
