import { lessonUrl } from '../../content/pack/pack-urls';
import type { ModuleProgress } from '../learning';
import { formatDate, formatPercent } from '../../platform/i18n';
import type { ModuleView } from './module.view-model';
import { certificateUrl } from '../certificates/locale-format';

/** Where the module's main button leads, and what it says. */
export interface StartAction {
  kind: 'start' | 'resume' | 'review';
  url: string;
  /** Title of the lesson it opens. */
  lessonTitle: string;
  lessonTitleLanguage: string;
}

/** The learner's own standing, shown only to them. */
export interface PersonalProgress {
  doneLessons: ReadonlySet<string>;
  doneCount: number;
  totalLessons: number;
  percent: number;
  percentText: string;
  hasQuizzes: boolean;
  scoreText: string;
  passScoreText: string;
  passed: boolean;
  complete: boolean;
  completedOn: string | null;
  certificateUrl: string | null;
}

/** The start/resume button: the next unfinished lesson, else the first one. */
export function startAction(view: ModuleView, progress: ModuleProgress | null): StartAction | null {
  const first = view.lessons[0];
  if (!first) return null;
  const next = progress?.nextLessonId ? view.lessons.find((l) => l.id === progress.nextLessonId) : undefined;
  const lesson = next ?? first;
  const kind = !progress?.started ? 'start' : next ? 'resume' : 'review';
  return {
    kind,
    url: lessonUrl(view.card.id, lesson.id),
    lessonTitle: lesson.title,
    lessonTitleLanguage: lesson.titleLanguage,
  };
}

/** The learner's progress as the module page shows it, in their language. */
export function personalProgress(
  progress: ModuleProgress,
  certificateId: string | null,
  language: string,
): PersonalProgress {
  const completedOn = progress.completedAt ? formatDate(progress.completedAt, language) : null;
  return {
    doneLessons: progress.doneLessons,
    doneCount: progress.doneLessons.size,
    totalLessons: progress.totalLessons,
    percent: progress.percent,
    percentText: formatPercent(progress.percent / 100, language),
    hasQuizzes: progress.possible > 0,
    scoreText: formatPercent(progress.score, language),
    passScoreText: formatPercent(progress.passScore, language),
    passed: progress.passed,
    complete: progress.completedAt !== null || progress.complete,
    completedOn,
    certificateUrl: certificateId ? certificateUrl(certificateId) : null,
  };
}
