import { join } from 'node:path';
import { validatePaths } from '../../../../src/content';
import type { PackVersionRecord } from '../../../../src/content/store/pack-version.model';
import { toPublishedPack, type PublishedPack } from '../../../../src/features/catalog/published-pack';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'learning');

/** The learning-lab fixture pack as the catalogue holds it once published (built from its files; no database). */
export async function labPack(): Promise<PublishedPack> {
  const run = await validatePaths([join(FIXTURES, 'learning-lab')], { platformFrameworkDir: FIXTURES });
  const built = run.packs[0];
  if (built === undefined) throw new Error(`fixture pack invalid: ${JSON.stringify(run.problems)}`);
  const record = {
    _id: '000000000000000000000000',
    packId: built.id,
    version: built.version,
    contentHash: built.contentHash,
    importedAt: new Date(0),
    manifest: built.manifest,
    lessons: built.lessons.map(({ markdown: _markdown, ...lesson }) => lesson),
    translations: built.translations,
    assets: built.assets.map(({ bytes: _bytes, ...asset }) => asset),
  };
  // Stored versions are plain JSON data: the same round trip as the import.
  return toPublishedPack(JSON.parse(JSON.stringify(record)) as PackVersionRecord);
}
