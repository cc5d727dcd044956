import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { inPack, problem, type Problem } from '../problems';

/** One pack to check, and the folder whose _framework.yaml applies (undefined: the platform's). */
export interface PackUnit {
  kind: 'folder' | 'zip';
  path: string;
  contentDir: string | undefined;
}

/** What a list of command-line paths stands for. */
export interface PathPlan {
  units: PackUnit[];
  /** Content folders given (folders of packs), in order: their _framework.yaml and _pathways.yaml are checked. */
  contentDirs: string[];
  problems: Problem[];
}

/**
 * Expands paths: a folder with pack.yaml (or lessons/) is a pack; a `.zip` file is a pack; any other folder is a
 * content folder whose subfolders are packs, except those starting with `_` or `.`.
 */
export async function planPaths(paths: readonly string[]): Promise<PathPlan> {
  const plan: PathPlan = { units: [], contentDirs: [], problems: [] };
  for (const given of paths) {
    const path = resolve(given);
    const kind = await kindOf(path);
    if (kind === 'missing' || kind === 'other') {
      const message = kind === 'missing' ? `${given} does not exist.` : `${given} is neither a folder nor a .zip file.`;
      plan.problems.push(...inPack(basename(path), [problem('source.not-found', message, { file: basename(path) })]));
    } else if (kind === 'zip' || kind === 'pack') {
      plan.units.push({ kind: kind === 'zip' ? 'zip' : 'folder', path, contentDir: undefined });
    } else {
      await addContentFolder(path, plan);
    }
  }
  return plan;
}

async function addContentFolder(dir: string, plan: PathPlan): Promise<void> {
  plan.contentDirs.push(dir);
  const entries = await readdir(dir, { withFileTypes: true });
  const packs = entries.filter((e) => e.isDirectory() && !/^[_.]/.test(e.name)).map((e) => e.name);
  if (packs.length === 0) {
    const message = `${dir} holds no pack folders (and no pack.yaml of its own).`;
    plan.problems.push(...inPack('', [problem('source.no-packs', message, { file: basename(dir) })]));
  }
  for (const name of packs.sort()) plan.units.push({ kind: 'folder', path: join(dir, name), contentDir: dir });
}

async function kindOf(path: string): Promise<'missing' | 'other' | 'zip' | 'pack' | 'content'> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return 'missing';
  if (info.isFile()) return /\.zip$/i.test(path) ? 'zip' : 'other';
  if (!info.isDirectory()) return 'other';
  const names = new Set(await readdir(path));
  return names.has('pack.yaml') || names.has('lessons') ? 'pack' : 'content';
}
