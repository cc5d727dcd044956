import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const FILE = 'running-database.json';
const record = z.object({ uri: z.string().startsWith('mongodb://'), pid: z.number().int() });

/**
 * While `npm start` runs an embedded database, it notes its address in the data folder, so the
 * packs command imports into that same database instead of opening the files a second time.
 */
export async function announceRunningDatabase(dataDir: string, uri: string): Promise<void> {
  await writeFile(join(dataDir, FILE), JSON.stringify({ uri, pid: process.pid }) + '\n', { mode: 0o600 });
}

/** Removes the note at shutdown. */
export async function withdrawRunningDatabase(dataDir: string): Promise<void> {
  await rm(join(dataDir, FILE), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The address of the embedded database a running server holds, if one does. */
export async function findRunningDatabase(dataDir: string): Promise<string | undefined> {
  try {
    const parsed = record.safeParse(JSON.parse(await readFile(join(dataDir, FILE), 'utf8')));
    return parsed.success && isAlive(parsed.data.pid) ? parsed.data.uri : undefined;
  } catch {
    return undefined;
  }
}
