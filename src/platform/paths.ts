import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cachedRoot: string | undefined;

/** The folder holding package.json, whether running from src/ (tsx) or dist/src/ (compiled). */
export function projectRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/** Absolute path of a file or folder inside the project. */
export function fromRoot(...segments: string[]): string {
  return join(projectRoot(), ...segments);
}
