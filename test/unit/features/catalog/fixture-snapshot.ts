import { join } from 'node:path';
import { validatePaths } from '../../../../src/content/pack/validate-paths';
import type { PackVersionRecord } from '../../../../src/content/store/pack-version.model';
import type { CatalogSnapshot, PublishedPack } from '../../../../src/features/catalog';
import { toPublishedPack } from '../../../../src/features/catalog/published-pack';
import { buildSearchIndex } from '../../../../src/features/catalog/search-index';

/** The catalogue fixtures: street-noise (el full, eu partial) and quiet-streets-policy (requires it). */
export const CATALOG_FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'catalog');

/** A catalogue snapshot built in memory from the fixture folder, as the cache would hold it (no database). */
export async function fixtureSnapshot(dir = CATALOG_FIXTURES): Promise<CatalogSnapshot> {
  const run = await validatePaths([dir], { platformFrameworkDir: dir });
  if (run.problems.some((p) => p.severity === 'error')) throw new Error(JSON.stringify(run.problems));
  const list: PublishedPack[] = run.packs.map((p) =>
    toPublishedPack({
      packId: p.id,
      version: p.version,
      manifest: p.manifest,
      lessons: p.lessons,
      translations: p.translations,
      assets: p.assets,
    } as unknown as PackVersionRecord),
  );
  const indexes = new Map<string, (q: string) => ReturnType<ReturnType<typeof buildSearchIndex>>>();
  return {
    revision: 1,
    packs: new Map(list.map((p) => [p.id, p])),
    list,
    framework: run.framework ?? null,
    pathways: run.pathways ?? null,
    search(language, query) {
      let search = indexes.get(language);
      if (!search) {
        search = buildSearchIndex(list, language);
        indexes.set(language, search);
      }
      return search(query);
    },
  };
}
