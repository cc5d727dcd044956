import type { PackArea, PackLevel } from '../../content/manifest/manifest-schema';
import { moduleUrl } from '../../content/pack/pack-urls';
import { formatHours } from '../../platform/i18n';
import type { CatalogSnapshot } from './catalog-cache';
import { localizeManifest } from './localize';
import type { PublishedPack } from './published-pack';
import { nativeLanguageName, translationCoverage, type LanguageCoverage } from './translation-coverage';

/** A module as a catalogue card shows it, in one reader's language. */
export interface ModuleCard {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Language of title and summary (the source's when the reader's language has no translated pack.yaml). */
  textLanguage: string;
  area: PackArea;
  level: PackLevel;
  hours: number;
  /** "1,5 ώρες": the study time written the reader's way. */
  hoursText: string;
  lessonCount: number;
  languages: readonly LanguageCoverage[];
}

/** A learning pathway: its modules, in the pathway's order. */
export interface PathwayGroup {
  id: string;
  title: string;
  summary: string;
  modules: readonly ModuleCard[];
}

/** A language a module can be filtered by. */
export interface LanguageOption {
  code: string;
  name: string;
}

/** The catalogue as read in one language; built once per catalogue revision and language. */
export interface LocalizedCatalog {
  cards: readonly ModuleCard[];
  byId: ReadonlyMap<string, ModuleCard>;
  pathways: readonly PathwayGroup[];
  languages: readonly LanguageOption[];
}

/** A card for one pack, in the reader's language. */
export function moduleCard(pack: PublishedPack, language: string): ModuleCard {
  const text = localizeManifest(pack, language);
  const { area, level, hours } = pack.manifest;
  return {
    id: pack.id,
    url: moduleUrl(pack.id),
    title: text.title,
    summary: text.summary,
    textLanguage: text.language,
    area,
    level,
    hours,
    hoursText: formatHours(hours, language),
    lessonCount: pack.lessons.length,
    languages: translationCoverage(pack),
  };
}

function pathwayGroups(
  snapshot: CatalogSnapshot,
  byId: ReadonlyMap<string, ModuleCard>,
  language: string,
): PathwayGroup[] {
  return (snapshot.pathways?.pathways ?? [])
    .map((pathway) => {
      const translated = pathway.translations[language];
      return {
        id: pathway.id,
        title: translated?.title ?? pathway.title,
        summary: translated?.summary ?? pathway.summary,
        // A pathway may name a pack that is not published (yet): it is left out rather than shown broken.
        modules: pathway.packs.flatMap((id) => byId.get(id) ?? []),
      };
    })
    .filter((group) => group.modules.length > 0);
}

/** Interface languages first (in the switcher's order), then any other language, by code. */
function languageOptions(cards: readonly ModuleCard[], interfaceLanguages: readonly string[]): LanguageOption[] {
  const codes = new Set(cards.flatMap((c) => c.languages.map((l) => l.language)));
  const rank = (code: string): number => {
    const i = interfaceLanguages.indexOf(code);
    return i === -1 ? interfaceLanguages.length : i;
  };
  return [...codes]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((code) => ({ code, name: nativeLanguageName(code) }));
}

const cache = new WeakMap<CatalogSnapshot, Map<string, LocalizedCatalog>>();

/** The catalogue in one language, memoised per snapshot: a page view does no localisation work. */
export function localizedCatalog(
  snapshot: CatalogSnapshot,
  language: string,
  interfaceLanguages: readonly string[],
): LocalizedCatalog {
  let perLanguage = cache.get(snapshot);
  if (!perLanguage) {
    perLanguage = new Map();
    cache.set(snapshot, perLanguage);
  }
  let localized = perLanguage.get(language);
  if (!localized) {
    const cards = snapshot.list.map((pack) => moduleCard(pack, language));
    const byId = new Map(cards.map((c) => [c.id, c]));
    localized = {
      cards,
      byId,
      pathways: pathwayGroups(snapshot, byId, language),
      languages: languageOptions(cards, interfaceLanguages),
    };
    perLanguage.set(language, localized);
  }
  return localized;
}
