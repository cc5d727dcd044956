import type { PackManifest } from '../manifest/manifest-schema';
import { problem, type LocatedProblem } from '../problems';
import type { PackSource } from '../source/pack-source';
import { buildTranslations } from '../translation/build-translations';
import type { BuiltAsset, BuiltPack, BuiltTranslation } from './built-pack';
import { checkAssets, type CheckedAsset } from './check-assets';
import { contentHash } from './content-hash';
import type { LinkTargets } from './link-resolver';
import { orderLessons } from './order-lessons';
import { classifyFiles } from './pack-files';
import { readLesson } from './read-lesson';
import { readManifest, type Requirement } from './read-manifest';
import { renderSourceLessons, type RenderedSourceLesson } from './render-lessons';

/** One pack checked: the id problems are reported under, the pack (when its manifest is valid), every problem. */
export interface PackBuild {
  packId: string;
  /** Assembled whenever pack.yaml is valid; only packs without errors may be imported. */
  pack: BuiltPack | undefined;
  /** Packs this one requires, checked against the whole run by the caller. */
  requires: Requirement[];
  problems: LocatedProblem[];
}

/** Checks and builds one pack from its source; bad content becomes problems, never exceptions. */
export async function buildPack(source: PackSource, env: { competenceIds: ReadonlySet<string> }): Promise<PackBuild> {
  const files = classifyFiles(source);
  const bytes = new Map<string, Buffer>();
  for (const file of files.packFiles) bytes.set(file, await source.read(file));
  const read = readManifest(
    files.manifest === undefined ? undefined : bytes.get(files.manifest),
    source,
    env.competenceIds,
  );
  const problems = [...files.problems, ...read.problems];
  const lessons = files.lessons.map((file) => readLesson(file, bytes.get(file) ?? Buffer.alloc(0)));
  problems.push(...lessons.flatMap((lesson) => lesson.problems));
  if (files.lessons.length === 0) {
    problems.push(
      problem('pack.no-lessons', 'The pack has no lessons; add Markdown files to lessons/.', { file: 'lessons/' }),
    );
  }
  const order = orderLessons(lessons, read.manifest, read.locate);
  const checked = await checkAssets(new Map(files.assets.map((path) => [path, bytes.get(path) ?? Buffer.alloc(0)])));
  problems.push(...order.problems, ...checked.problems);
  const targets = linkTargets(read.packId, files.lessons, order.ordered, checked.assets, files.packFiles);
  const rendered = renderSourceLessons(order.ordered, targets, read.manifest?.language ?? 'en');
  const translated = buildTranslations(files.translations, {
    ...{ manifest: read.manifest, sourceFiles: new Set(files.lessons), lessons: rendered.rendered, targets, bytes },
  });
  problems.push(...rendered.problems, ...translated.problems, ...unusedAssets(checked.assets, targets.used));
  const pack =
    read.manifest === undefined
      ? undefined
      : assemble(read.manifest, { hash: contentHash(bytes), rendered: rendered.rendered, checked, translated });
  return { packId: read.packId, pack, requires: read.requires, problems };
}

function linkTargets(
  packId: string,
  lessonFiles: readonly string[],
  ordered: readonly { file: string; id: string }[],
  assets: readonly CheckedAsset[],
  files: readonly string[],
): LinkTargets {
  return {
    packId,
    lessons: new Map(ordered.map((lesson) => [lesson.file, lesson.id])),
    assets: new Map(assets.map((asset) => [asset.path, asset])),
    // Lesson files without a usable id still exist: a link to them is not "missing".
    files: new Set([...files, ...lessonFiles]),
    used: new Set(),
  };
}

function unusedAssets(assets: readonly CheckedAsset[], used: ReadonlySet<string>): LocatedProblem[] {
  return assets
    .filter((asset) => !used.has(asset.path))
    .map((asset) => {
      const message = `${asset.path} is not used by any lesson; link to it or remove it.`;
      return problem('asset.unused', message, { file: asset.path }, 'warning');
    });
}

interface Parts {
  hash: string;
  rendered: readonly RenderedSourceLesson[];
  checked: { assets: readonly CheckedAsset[] };
  translated: { translations: BuiltTranslation[] };
}

function assemble(manifest: PackManifest, parts: Parts): BuiltPack {
  const assets: BuiltAsset[] = parts.checked.assets.map(({ path, name, mediaType, size, sha256, bytes }) => ({
    ...{ path, name, mediaType, size, sha256, bytes },
  }));
  return {
    ...{ id: manifest.id, version: manifest.version, contentHash: parts.hash, manifest },
    ...{ lessons: parts.rendered.map((r) => r.lesson), assets, translations: parts.translated.translations },
  };
}
