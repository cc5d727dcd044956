import type { BuiltPack } from '../pack/built-pack';
import { putAsset } from '../store/asset-store';
import { lessonSourceModel } from '../store/lesson-source.model';
import { packModel } from '../store/pack.model';
import { packVersionModel, type PackVersionRecord } from '../store/pack-version.model';
import { compareVersions } from './semver';

/** What happened to one pack. */
export type ImportOutcome =
  | { packId: string; version: string; outcome: 'imported'; published: boolean; publishedVersion: string }
  | { packId: string; version: string; outcome: 'unchanged'; published: boolean; publishedVersion: string }
  | { packId: string; version: string; outcome: 'refused'; reason: string; code: string };

// Undefined fields would be stored as null; rendered content is plain data, so a JSON round trip is exact.
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function toRecord(pack: BuiltPack): Omit<PackVersionRecord, '_id'> {
  return {
    packId: pack.id,
    version: pack.version,
    contentHash: pack.contentHash,
    importedAt: new Date(),
    manifest: plain(pack.manifest),
    lessons: plain(pack.lessons.map(({ markdown: _markdown, ...lesson }) => lesson)),
    translations: plain(pack.translations),
    assets: pack.assets.map(({ bytes: _bytes, ...asset }) => asset),
  };
}

async function storeSources(pack: BuiltPack): Promise<void> {
  const ops = pack.lessons.map((lesson) => ({
    updateOne: {
      filter: { _id: `${pack.id}:${lesson.id}:${lesson.sourceHash}` },
      update: {
        $setOnInsert: {
          packId: pack.id,
          lessonId: lesson.id,
          hash: lesson.sourceHash,
          markdown: lesson.markdown,
          firstVersion: pack.version,
        },
      },
      upsert: true,
    },
  }));
  if (ops.length > 0) await lessonSourceModel().bulkWrite(ops, { ordered: false });
}

/** Publishes `version` if the pack has none published yet or an older one; returns the published version. */
async function publishIfNewer(
  packId: string,
  version: string,
): Promise<{ published: boolean; publishedVersion: string }> {
  const current = await packModel().findById(packId).lean();
  if (current && compareVersions(current.publishedVersion, version) >= 0) {
    return { published: false, publishedVersion: current.publishedVersion };
  }
  await packModel().updateOne(
    { _id: packId },
    { $set: { publishedVersion: version, publishedAt: new Date() } },
    { upsert: true },
  );
  return { published: true, publishedVersion: version };
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

// Identical content: nothing to store. Publishing is retried, so an import stopped between the
// insert and the publish completes the next time.
async function unchanged(pack: BuiltPack): Promise<ImportOutcome> {
  const { publishedVersion } = await publishIfNewer(pack.id, pack.version);
  return { packId: pack.id, version: pack.version, outcome: 'unchanged', published: false, publishedVersion };
}

/**
 * Stores one validated pack as an immutable version, then publishes it if it is newer.
 * Without relying on transactions: bytes first (shared, idempotent), then one insert of the
 * version, then one update that publishes it. A failure before the insert leaves nothing visible.
 */
export async function importBuiltPack(pack: BuiltPack): Promise<ImportOutcome> {
  const existing = await packVersionModel()
    .findOne({ packId: pack.id, version: pack.version }, { contentHash: 1 })
    .lean();
  if (existing && existing.contentHash !== pack.contentHash) {
    const reason = `Version ${pack.version} of ${pack.id} is already imported with different content: bump the version in pack.yaml.`;
    return { packId: pack.id, version: pack.version, outcome: 'refused', code: 'import.version-exists', reason };
  }
  if (existing) return unchanged(pack);
  for (const asset of pack.assets) await putAsset(asset);
  await storeSources(pack);
  try {
    await packVersionModel().create(toRecord(pack));
  } catch (error) {
    // Another process stored the same version a moment ago: the unique index decided.
    if (isDuplicateKey(error)) return importBuiltPack(pack);
    throw error;
  }
  const publish = await publishIfNewer(pack.id, pack.version);
  return { packId: pack.id, version: pack.version, outcome: 'imported', ...publish };
}
