import type { Pathways } from '../../content/framework/framework-types';
import { lessonUrl, moduleUrl } from '../../content/pack/pack-urls';
import { formatDate, formatPercent } from '../../platform/i18n';
import { certificateUrl } from '../certificates';
import { lessonTitle, localizeManifest } from '../catalog/localize';
import type { PublishedPack } from '../catalog/published-pack';
import { computeModuleProgress, type ModuleProgress } from './module-progress';
import type { ProgressRecord } from './progress.model';

/** One module on the dashboard, with every number already computed and written in the learner's language. */
export interface ModuleCard {
  packId: string;
  title: string;
  /** Language of the title (the source's when the module has no translation into the learner's). */
  titleLanguage: string;
  /** False when the module is no longer in the catalogue: shown with a note, without numbers or links. */
  available: boolean;
  completed: boolean;
  doneLessons: number;
  totalLessons: number;
  /** Whole percent of lessons done, and the same written in the learner's language. */
  percent: number;
  percentText: string;
  hasQuizzes: boolean;
  score: string;
  passMark: string;
  passed: boolean;
  lastActivityIso: string;
  lastActivity: string;
  /** Next unfinished lesson (or the quiz to improve when only the score is missing). */
  resume: { url: string; lessonTitle: string } | null;
  moduleUrl: string | null;
  certificateUrl: string | null;
}

/** A pathway and how far the learner is: complete when every one of its modules is. */
export interface PathwayCard {
  id: string;
  title: string;
  titleLanguage: string;
  completedCount: number;
  total: number;
  complete: boolean;
  modules: { packId: string; title: string; titleLanguage: string; url: string | null; completed: boolean }[];
}

/** The whole dashboard. */
export interface DashboardView {
  inProgress: ModuleCard[];
  completed: ModuleCard[];
  pathways: PathwayCard[];
  isEmpty: boolean;
}

/** The published content the dashboard reads (a catalogue snapshot fits). */
export interface DashboardCatalog {
  packs: ReadonlyMap<string, PublishedPack>;
  pathways: Pathways | null;
}

/** Where "resume" leads: the first lesson not done, else the lesson of the first quiz that can still gain points. */
export function resumeLessonId(progress: ModuleProgress): string | null {
  if (progress.nextLessonId !== null) return progress.nextLessonId;
  if (progress.passed) return null;
  const open = [...progress.quizzes.values()].find((q) => q.earned < q.possible && q.remaining !== 0);
  return open?.lessonId ?? null;
}

function unavailableCard(record: ProgressRecord, language: string): ModuleCard {
  return {
    packId: record.packId,
    title: record.packId,
    titleLanguage: language,
    available: false,
    completed: record.completedAt !== null,
    doneLessons: Object.keys(record.lessons ?? {}).length,
    totalLessons: 0,
    percent: 0,
    percentText: '',
    hasQuizzes: false,
    score: '',
    passMark: '',
    passed: false,
    lastActivityIso: record.lastActivityAt.toISOString(),
    lastActivity: formatDate(record.lastActivityAt, language),
    resume: null,
    moduleUrl: null,
    certificateUrl: record.certificateId ? certificateUrl(record.certificateId.toHexString()) : null,
  };
}

function resumeLink(pack: PublishedPack, progress: ModuleProgress, language: string): ModuleCard['resume'] {
  const lessonId = resumeLessonId(progress);
  const lesson = lessonId === null ? undefined : pack.lessonById.get(lessonId);
  return lesson ? { url: lessonUrl(pack.id, lesson.id), lessonTitle: lessonTitle(pack, lesson, language) } : null;
}

/** Pure: one module's card from its progress document and published version. */
export function moduleCard(record: ProgressRecord, pack: PublishedPack | undefined, language: string): ModuleCard {
  const base = unavailableCard(record, language);
  if (!pack) return base;
  const progress = computeModuleProgress(pack, record);
  const { title, language: titleLanguage } = localizeManifest(pack, language);
  return {
    ...base,
    title,
    titleLanguage,
    available: true,
    doneLessons: progress.doneLessons.size,
    totalLessons: progress.totalLessons,
    percent: progress.percent,
    percentText: formatPercent(progress.percent / 100, language),
    hasQuizzes: progress.possible > 0,
    score: formatPercent(progress.score, language),
    passMark: formatPercent(progress.passScore, language),
    passed: progress.passed,
    resume: base.completed ? null : resumeLink(pack, progress, language),
    moduleUrl: moduleUrl(pack.id),
  };
}

function pathwayModule(packId: string, catalog: DashboardCatalog, completed: ReadonlySet<string>, language: string) {
  const pack = catalog.packs.get(packId);
  const title = pack ? localizeManifest(pack, language) : { title: packId, language };
  return {
    packId,
    title: title.title,
    titleLanguage: title.language,
    url: pack ? moduleUrl(packId) : null,
    completed: completed.has(packId),
  };
}

/** Pure: every pathway with the learner's completed modules counted (`completedAt` set, whatever the version). */
export function pathwayCards(
  catalog: DashboardCatalog,
  records: readonly ProgressRecord[],
  language: string,
): PathwayCard[] {
  const completed = new Set(records.filter((r) => r.completedAt !== null).map((r) => r.packId));
  return (catalog.pathways?.pathways ?? []).map((pathway) => {
    const translated = pathway.translations[language]?.title;
    const modules = pathway.packs.map((packId) => pathwayModule(packId, catalog, completed, language));
    const completedCount = modules.filter((m) => m.completed).length;
    const total = modules.length;
    return {
      id: pathway.id,
      title: translated ?? pathway.title,
      // _pathways.yaml names no language of its own; the platform's content folders write it in English.
      titleLanguage: translated ? language : 'en',
      completedCount,
      total,
      complete: total > 0 && completedCount === total,
      modules,
    };
  });
}

/** Pure: the learner's dashboard from their progress documents (most recent first) and the catalogue. */
export function buildDashboard(input: {
  records: readonly ProgressRecord[];
  catalog: DashboardCatalog;
  language: string;
}): DashboardView {
  const cards = input.records.map((r) => moduleCard(r, input.catalog.packs.get(r.packId), input.language));
  return {
    inProgress: cards.filter((c) => !c.completed),
    completed: cards.filter((c) => c.completed),
    // A new learner sees where to start, not a list of empty pathways.
    pathways: cards.length === 0 ? [] : pathwayCards(input.catalog, input.records, input.language),
    isEmpty: cards.length === 0,
  };
}
