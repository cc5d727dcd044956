/**
 * The fallback's data on disk: one EJSON file per collection, `<root>/<db>/<collection>.json` (names
 * URI-encoded). EJSON keeps Dates, ObjectIds and binary data as what they are (CongoDB's own file storage
 * turns Dates into strings). Each file is written to a temporary name, flushed and renamed over the old
 * one, so a crash leaves either the old or the new version, never half of one.
 */
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { TEMP_SUFFIX } from '../atomic-file';
import type { Doc, StoredIndexSpec } from './congo-internals';

const FORMAT = 'tessera-fallback-collection';

/** One collection as stored on disk. */
export interface CollectionSnapshot {
  database: string;
  collection: string;
  indexes: StoredIndexSpec[];
  documents: Doc[];
}

const isPlainObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const indexSchema = z
  .object({ name: z.string(), key: z.record(z.string(), z.unknown()) })
  .loose()
  .transform((spec) => spec as StoredIndexSpec);

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  database: z.string(),
  collection: z.string(),
  indexes: z.array(indexSchema),
  documents: z.array(z.custom<Doc>(isPlainObject)),
});

/** The folder of one database. */
export function databaseDir(root: string, db: string): string {
  return path.join(root, encodeURIComponent(db));
}

/** The file of one collection. */
export function collectionFile(root: string, db: string, coll: string): string {
  return path.join(databaseDir(root, db), `${encodeURIComponent(coll)}.json`);
}

/** The text of a collection file. */
export function formatSnapshot(snapshot: CollectionSnapshot, stringify: (value: unknown) => string): string {
  return stringify({ format: FORMAT, version: 1, ...snapshot });
}

/** Removes a collection's file (no error when it is already gone). */
export async function removeCollectionFile(root: string, db: string, coll: string): Promise<void> {
  await rm(collectionFile(root, db, coll), { force: true });
}

/** Removes a database's folder (no error when it is already gone). */
export async function removeDatabaseDir(root: string, db: string): Promise<void> {
  await rm(databaseDir(root, db), { recursive: true, force: true });
}

/** What reading a snapshot found: the collections, and the files that could not be read. */
export interface SnapshotReadResult {
  collections: CollectionSnapshot[];
  unreadable: { file: string; reason: string }[];
}

async function listEntries(dir: string): Promise<{ name: string; isDir: boolean }[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, isDir: entry.isDirectory() }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Reads every collection file under `root`. Leftover temporary files (a crash mid-write) are deleted;
 * a file that does not parse is renamed `*.unreadable-<time>` and reported, so it is kept for a person
 * to look at but neither loaded nor overwritten.
 */
export async function readSnapshot(root: string, parse: (text: string) => unknown): Promise<SnapshotReadResult> {
  const result: SnapshotReadResult = { collections: [], unreadable: [] };
  for (const dbEntry of await listEntries(root)) {
    if (!dbEntry.isDir) continue;
    const dir = path.join(root, dbEntry.name);
    for (const entry of await listEntries(dir)) {
      const file = path.join(dir, entry.name);
      if (entry.name.endsWith(TEMP_SUFFIX)) await rm(file, { force: true });
      else if (entry.name.endsWith('.json')) await readOne(file, parse, result);
    }
  }
  return result;
}

async function readOne(file: string, parse: (text: string) => unknown, result: SnapshotReadResult): Promise<void> {
  try {
    result.collections.push(fileSchema.parse(parse(await readFile(file, 'utf8'))));
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 300) : String(error);
    await rename(file, `${file}.unreadable-${Date.now()}`);
    result.unreadable.push({ file, reason });
  }
}
