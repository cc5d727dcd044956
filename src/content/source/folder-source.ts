import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isIgnoredName, type PackSource } from './pack-source';

/** Opens a pack folder: lists its files and symlinks once (symlinks are listed, never followed). */
export async function openFolderSource(dir: string, folderName: string | null = basename(dir)): Promise<PackSource> {
  const files: string[] = [];
  const symlinks: string[] = [];
  await scan(dir, '', { files, symlinks });
  files.sort();
  symlinks.sort();
  return {
    name: folderName ?? basename(dir),
    folderName,
    files,
    symlinks,
    read: (path) => readFile(join(dir, ...path.split('/'))),
  };
}

async function scan(dir: string, prefix: string, out: { files: string[]; symlinks: string[] }): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (isIgnoredName(entry.name)) continue;
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isSymbolicLink()) out.symlinks.push(relative);
    else if (entry.isDirectory()) await scan(join(dir, entry.name), relative, out);
    else if (entry.isFile()) out.files.push(relative);
  }
}
