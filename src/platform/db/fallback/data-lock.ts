/**
 * One process per fallback data folder, as mongod's `mongod.lock`: two servers on the same snapshot files
 * would each overwrite the other's changes. A lock left by a process that no longer runs is taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../display-path';

const LOCK_NAME = 'fallback.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

async function tryCreate(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the folder's lock or throws naming the process that holds it; resolves to the release. */
export async function lockDataFolder(root: string): Promise<() => Promise<void>> {
  await mkdir(root, { recursive: true });
  const file = path.join(root, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await tryCreate(file)) return () => rm(file, { force: true });
    const holder = await holderOf(file);
    if (holder !== null && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `${displayPath(root)} is in use by another Tessera process (pid ${holder}); ` +
          'stop it, or point this one at its database with MONGODB_URI',
      );
    }
    await rm(file, { force: true });
  }
  throw new Error(`could not lock ${displayPath(root)}`);
}
