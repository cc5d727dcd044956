import type { Framework } from '../../content/framework/framework-types';
import type { PackAuthor } from '../../content/manifest/manifest-schema';
import { lessonUrl, moduleUrl } from '../../content/pack/pack-urls';
import type { CatalogSnapshot } from './catalog-cache';
import { formatMinutes, formatPercent } from '../../platform/i18n';
import { moduleCard, type ModuleCard } from './catalog.view-model';
import { localizeManifest } from './localize';
import type { PublishedPack } from './published-pack';
import { languageNameIn, type LanguageCoverage } from './translation-coverage';

/** A lesson in the module's table of lessons. */
export interface ModuleLesson {
  id: string;
  url: string;
  title: string;
  titleLanguage: string;
  minutesText: string | null;
  quizCount: number;
}

/** Competences of one framework group that the module develops. */
export interface CompetenceGroupView {
  id: string;
  title: string;
  competences: readonly { id: string; title: string }[];
}

/** A module to complete first. */
export interface RequiredModule {
  id: string;
  /** Null when that module is not published (then it is named, not linked). */
  url: string | null;
  title: string;
  titleLanguage: string | null;
}

/** What the reader will meet when their language is not (fully) the module's. */
export interface ReadingNotice {
  kind: 'untranslated' | 'partial';
  /** Source language named in the reader's language ("αγγλικά"). */
  sourceName: string;
}

/** The public part of a module page, the same for every visitor reading in one language. */
export interface ModuleView {
  card: ModuleCard;
  outcomes: readonly string[];
  eqf: number | null;
  authors: readonly PackAuthor[];
  license: string;
  licenseUrl: string | null;
  competences: readonly CompetenceGroupView[];
  requires: readonly RequiredModule[];
  lessons: readonly ModuleLesson[];
  languages: readonly LanguageCoverage[];
  readingNotice: ReadingNotice | null;
  passScoreText: string;
  maxAttempts: number;
  quizCount: number;
}

function competenceGroups(
  framework: Framework | null,
  ids: readonly string[],
  language: string,
): CompetenceGroupView[] {
  const wanted = new Set(ids);
  return (framework?.groups ?? [])
    .map((group) => ({
      id: group.id,
      title: group.translations[language]?.title ?? group.title,
      competences: group.competences
        .filter((c) => wanted.has(c.id))
        .map((c) => ({ id: c.id, title: c.translations[language]?.title ?? c.title })),
    }))
    .filter((group) => group.competences.length > 0);
}

function lessons(pack: PublishedPack, language: string): ModuleLesson[] {
  const quizzes = [...pack.quizzes.values()];
  return pack.lessons.map((lesson) => {
    const translated = pack.translations.get(language)?.lessons.get(lesson.id);
    const usable = translated?.quizzesMatchSource === true;
    return {
      id: lesson.id,
      url: lessonUrl(pack.id, lesson.id),
      title: usable ? translated.title : lesson.title,
      titleLanguage: usable ? language : pack.manifest.language,
      minutesText: lesson.minutes === null ? null : formatMinutes(lesson.minutes, language),
      quizCount: quizzes.filter((q) => q.lessonId === lesson.id).length,
    };
  });
}

function required(snapshot: CatalogSnapshot, pack: PublishedPack, language: string): RequiredModule[] {
  return pack.manifest.requires.map((id) => {
    const other = snapshot.packs.get(id);
    if (!other) return { id, url: null, title: id, titleLanguage: null };
    const text = localizeManifest(other, language);
    return { id, url: moduleUrl(id), title: text.title, titleLanguage: text.language };
  });
}

function readingNotice(card: ModuleCard, sourceLanguage: string, language: string): ReadingNotice | null {
  if (language === sourceLanguage) return null;
  const coverage = card.languages.find((l) => l.language === language);
  if (coverage?.status === 'complete' && coverage.outdatedLessons === 0) return null;
  return { kind: coverage ? 'partial' : 'untranslated', sourceName: languageNameIn(sourceLanguage, language) };
}

/** A plain SPDX id links to its licence text; an expression ("MIT OR Apache-2.0") is shown as is. */
function licenseUrl(license: string): string | null {
  return /^[A-Za-z0-9.-]+$/.test(license) ? `https://spdx.org/licenses/${license}.html` : null;
}

/** The public part of a module page in one language. */
export function moduleView(snapshot: CatalogSnapshot, pack: PublishedPack, language: string): ModuleView {
  const card = moduleCard(pack, language);
  const { manifest } = pack;
  return {
    card,
    outcomes: localizeManifest(pack, language).outcomes,
    eqf: manifest.eqf,
    authors: manifest.authors,
    license: manifest.license,
    licenseUrl: licenseUrl(manifest.license),
    competences: competenceGroups(snapshot.framework, manifest.competences, language),
    requires: required(snapshot, pack, language),
    lessons: lessons(pack, language),
    languages: card.languages,
    readingNotice: readingNotice(card, manifest.language, language),
    passScoreText: formatPercent(manifest.passScore, language),
    maxAttempts: manifest.maxAttempts,
    quizCount: pack.quizzes.size,
  };
}
