import { lessonUrl } from '../../content/pack/pack-urls';
import type { CatalogSnapshot } from './catalog-cache';
import { parseCatalogQuery, type CatalogFilters, type FilterName, type IgnoredFilter } from './catalog.schemas';
import { localizedCatalog, type LanguageOption, type ModuleCard, type PathwayGroup } from './catalog.view-model';
import type { StoredLesson } from '../../content/store/pack-version.model';
import type { PublishedPack } from './published-pack';
import { nativeLanguageName } from './translation-coverage';

/** A lesson found by a search, shown under its module. */
export interface LessonHit {
  id: string;
  title: string;
  /** Language the title is written in. */
  titleLanguage: string;
  url: string;
}

/** One module among search results, with the lessons of it that matched. */
export interface SearchGroup {
  card: ModuleCard;
  /** The module's own title or description matched (not only lessons in it). */
  moduleMatched: boolean;
  lessons: readonly LessonHit[];
}

/** A filter in force, with the address of the same page without it. */
export interface ActiveFilter {
  field: FilterName;
  value: string;
  /** What to show for a language (its own name) or a search (the text); areas and levels are translated by the view. */
  label: string;
  removeUrl: string;
}

/** Everything the catalogue page shows. */
export interface CatalogPage {
  filters: CatalogFilters;
  active: readonly ActiveFilter[];
  ignored: readonly IgnoredFilter[];
  /** Modules that pass the filters (when not searching). */
  cards: readonly ModuleCard[];
  /** Search results grouped by module, best first; null when there is no search text. */
  results: readonly SearchGroup[] | null;
  /** Pathways, shown on the unfiltered catalogue only. */
  pathways: readonly PathwayGroup[];
  languages: readonly LanguageOption[];
  totalModules: number;
}

/** The catalogue address for a set of filters (empty ones left out). */
export function catalogUrl(filters: CatalogFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.area) params.set('area', filters.area);
  if (filters.level) params.set('level', filters.level);
  if (filters.language) params.set('language', filters.language);
  const query = params.toString();
  return query ? `/modules?${query}` : '/modules';
}

function activeFilters(filters: CatalogFilters): ActiveFilter[] {
  const names: FilterName[] = ['q', 'area', 'level', 'language'];
  return names.flatMap((field) => {
    const value = filters[field];
    if (!value) return [];
    const label = field === 'language' ? nativeLanguageName(value) : value;
    return [{ field, value, label, removeUrl: catalogUrl({ ...filters, [field]: field === 'q' ? '' : null }) }];
  });
}

function matches(card: ModuleCard, filters: CatalogFilters): boolean {
  if (filters.area && card.area !== filters.area) return false;
  if (filters.level && card.level !== filters.level) return false;
  return !filters.language || card.languages.some((l) => l.language === filters.language);
}

function lessonHit(pack: PublishedPack, lesson: StoredLesson, language: string): LessonHit {
  const translated = pack.translations.get(language)?.lessons.get(lesson.id);
  const usable = translated?.quizzesMatchSource === true;
  return {
    id: lesson.id,
    title: usable ? translated.title : lesson.title,
    titleLanguage: usable ? language : pack.manifest.language,
    url: lessonUrl(pack.id, lesson.id),
  };
}

/** Groups search hits by module (best module first), lessons in the module's order. */
function searchGroups(
  snapshot: CatalogSnapshot,
  cards: ReadonlyMap<string, ModuleCard>,
  language: string,
  q: string,
): SearchGroup[] {
  const groups = new Map<string, { card: ModuleCard; moduleMatched: boolean; lessonIds: Set<string> }>();
  for (const hit of snapshot.search(language, q)) {
    const card = cards.get(hit.packId);
    if (!card) continue;
    let group = groups.get(hit.packId);
    if (!group) {
      group = { card, moduleMatched: false, lessonIds: new Set() };
      groups.set(hit.packId, group);
    }
    if (hit.lessonId === null) group.moduleMatched = true;
    else group.lessonIds.add(hit.lessonId);
  }
  return [...groups.values()].map(({ card, moduleMatched, lessonIds }) => {
    const pack = snapshot.packs.get(card.id);
    const lessons = pack
      ? pack.lessons.filter((l) => lessonIds.has(l.id)).map((l) => lessonHit(pack, l, language))
      : [];
    return { card, moduleMatched, lessons };
  });
}

/** The catalogue page for a query string, read in `language`. Synchronous: no database. */
export function browseCatalog(
  snapshot: CatalogSnapshot,
  language: string,
  query: unknown,
  interfaceLanguages: readonly string[],
): CatalogPage {
  const catalog = localizedCatalog(snapshot, language, interfaceLanguages);
  const { filters, ignored } = parseCatalogQuery(query, new Set(catalog.languages.map((l) => l.code)));
  const cards = catalog.cards.filter((card) => matches(card, filters));
  const passing = new Map(cards.map((c) => [c.id, c]));
  const unfiltered = !filters.q && !filters.area && !filters.level && !filters.language;
  return {
    filters,
    active: activeFilters(filters),
    ignored,
    cards,
    results: filters.q ? searchGroups(snapshot, passing, language, filters.q) : null,
    pathways: unfiltered ? catalog.pathways : [],
    languages: catalog.languages,
    totalModules: catalog.cards.length,
  };
}
