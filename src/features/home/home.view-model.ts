import type { CatalogSnapshot, ModuleCard, PathwayGroup } from '../catalog';
import { localizedCatalog } from '../catalog';

/** What the front page shows of the catalogue. */
export interface FeaturedContent {
  pathways: readonly PathwayGroup[];
  /** One module per area (the first in catalogue order), so every area has a way in. */
  modules: readonly ModuleCard[];
  totalModules: number;
}

/** The front page's pick from the catalogue, in the reader's language. */
export function featuredContent(
  snapshot: CatalogSnapshot,
  language: string,
  interfaceLanguages: readonly string[],
): FeaturedContent {
  const catalog = localizedCatalog(snapshot, language, interfaceLanguages);
  const seen = new Set<string>();
  const modules = catalog.cards.filter((card) => {
    if (seen.has(card.area)) return false;
    seen.add(card.area);
    return true;
  });
  return { pathways: catalog.pathways, modules, totalModules: catalog.cards.length };
}
