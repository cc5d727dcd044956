import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { LocatedProblem } from '../problems';
import { openFolderSource } from './folder-source';
import { isIgnoredName, type PackSource } from './pack-source';
import { extractZip } from './zip-extract';
import type { ZipLimits } from './zip-limits';

/** A zip opened as a pack: its source (absent when extraction stopped early) and the zip's own problems. */
export interface OpenedZip {
  /** The name problems are reported under before the manifest is read: the zip name without `.zip`. */
  name: string;
  source: PackSource | undefined;
  problems: LocatedProblem[];
}

/**
 * Extracts a zip into a fresh temporary folder, hands it to `use` as a pack source, and always removes the
 * folder afterwards. The pack may sit at the zip's root or inside one top-level folder (any name).
 */
export async function withZipSource<T>(
  zipPath: string,
  use: (opened: OpenedZip) => Promise<T>,
  limits?: ZipLimits,
): Promise<T> {
  const archiveName = basename(zipPath);
  const name = archiveName.replace(/\.zip$/i, '');
  const temp = await mkdtemp(join(tmpdir(), 'tessera-pack-'));
  try {
    const extraction = await extractZip(zipPath, temp, { archiveName, ...(limits ? { limits } : {}) });
    if (!extraction.complete) return await use({ name, source: undefined, problems: extraction.problems });
    const source = await openFolderSource(await packRoot(temp), null);
    return await use({ name, source: { ...source, name }, problems: extraction.problems });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** The pack's folder inside an extracted zip: the root, or its only top-level folder when pack.yaml is not at the root. */
async function packRoot(dir: string): Promise<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !isIgnoredName(e.name));
  if (entries.some((e) => e.name === 'pack.yaml')) return dir;
  const [only, ...others] = entries;
  return only !== undefined && others.length === 0 && only.isDirectory() ? join(dir, only.name) : dir;
}
