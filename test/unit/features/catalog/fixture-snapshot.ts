import { join } from 'node:path';
import { validatePaths } from '../../../../src/content/pack/validate-paths';
import type { PackVersionRecord } from '../../../../src/content/store/pack-version.model';
import type { CatalogSnapshot } from '../../../../src/features/catalog';
import { createSnapshot } from '../../../../src/features/catalog/catalog-cache';

/** The catalogue fixtures: street-noise (el full, eu partial) and quiet-streets-policy (requires it). */
export const CATALOG_FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'catalog');

/** A catalogue snapshot built in memory from the fixture folder, as the cache would hold it (no database). */
export async function fixtureSnapshot(dir = CATALOG_FIXTURES): Promise<CatalogSnapshot> {
  const run = await validatePaths([dir], { platformFrameworkDir: dir });
  if (run.problems.some((p) => p.severity === 'error')) throw new Error(JSON.stringify(run.problems));
  const records = run.packs.map(
    (p) =>
      ({
        packId: p.id,
        version: p.version,
        manifest: p.manifest,
        lessons: p.lessons,
        translations: p.translations,
        assets: p.assets,
      }) as unknown as PackVersionRecord,
  );
  return createSnapshot(1, records, run.framework ?? null, run.pathways ?? null);
}
