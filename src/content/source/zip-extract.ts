import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openPromise, type Entry, type ZipFile } from 'yauzl';
import { problem, type LocatedProblem } from '../problems';
import { planEntry } from './zip-entry';
import { ZIP_LIMITS, type ZipLimits } from './zip-limits';

/** The outcome of extracting a zip: every problem, and whether extraction ran to the end. */
export interface ZipExtraction {
  problems: LocatedProblem[];
  /** False when a limit or a broken archive stopped extraction: the folder then holds only part of the zip. */
  complete: boolean;
}

/** A limit crossed while bytes were streaming (headers may lie, so the bytes themselves are counted). */
class LimitCrossed extends Error {
  constructor(readonly found: LocatedProblem) {
    super(found.message);
  }
}

interface Extraction {
  zipfile: ZipFile;
  target: string;
  archive: string;
  limits: ZipLimits;
  zipSize: number;
  totalBytes: number;
  names: Set<string>;
  problems: LocatedProblem[];
}

/**
 * Extracts a zip into `targetDir` (a fresh temporary folder), refusing path traversal, absolute paths, symlinks,
 * too many entries, too many bytes and high compression ratios. Never throws for a bad archive.
 */
export async function extractZip(
  zipPath: string,
  targetDir: string,
  options: { archiveName: string; limits?: ZipLimits },
): Promise<ZipExtraction> {
  const archive = options.archiveName;
  const limits = options.limits ?? ZIP_LIMITS;
  let zipfile: ZipFile;
  try {
    zipfile = await openPromise(zipPath, { decodeStrings: false, validateEntrySizes: true, autoClose: true });
  } catch (error) {
    return { problems: [unreadable(archive, error)], complete: false };
  }
  try {
    if (zipfile.entryCount > limits.maxEntries) {
      const message = `The zip holds ${zipfile.entryCount} entries; at most ${limits.maxEntries} are accepted.`;
      return { problems: [problem('zip.too-many-entries', message, { file: archive })], complete: false };
    }
    const state: Extraction = {
      ...{ zipfile, archive, limits, problems: [], names: new Set<string>(), totalBytes: 0 },
      ...{ target: resolve(targetDir), zipSize: (await stat(zipPath)).size },
    };
    const complete = await extractEntries(state);
    return { problems: state.problems, complete };
  } finally {
    zipfile.close();
  }
}

async function extractEntries(state: Extraction): Promise<boolean> {
  try {
    for await (const entry of state.zipfile.eachEntry()) {
      if (!(await extractEntry(state, entry))) return false;
    }
    return true;
  } catch (error) {
    state.problems.push(error instanceof LimitCrossed ? error.found : unreadable(state.archive, error));
    return false;
  }
}

/** Extracts one entry; false means extraction must stop. */
async function extractEntry(state: Extraction, entry: Entry): Promise<boolean> {
  const plan = planEntry(entry);
  if (plan.kind === 'skip') return true;
  if (plan.kind === 'refuse') {
    state.problems.push(plan.problem);
    return true;
  }
  const at = { file: plan.name };
  if (state.names.has(plan.segments.join('/'))) {
    state.problems.push(problem('zip.duplicate-entry', `The zip holds ${plan.name} twice.`, at));
    return true;
  }
  state.names.add(plan.segments.join('/'));
  const declared = checkDeclaredSizes(state, entry, plan.name);
  if (declared !== undefined) throw new LimitCrossed(declared);
  const destination = join(state.target, ...plan.segments);
  if (!destination.startsWith(state.target + sep)) {
    state.problems.push(problem('zip.path-traversal', `The zip entry ${plan.name} points outside the archive.`, at));
    return true;
  }
  await mkdir(dirname(destination), { recursive: true });
  const input = await state.zipfile.openReadStreamPromise(entry);
  await pipeline(input, byteCounter(state, entry, plan.name), createWriteStream(destination, { flags: 'wx' }));
  return true;
}

/** Refuses early what the headers already admit to (the bytes are still counted while streaming). */
function checkDeclaredSizes(state: Extraction, entry: Entry, name: string): LocatedProblem | undefined {
  if (state.totalBytes + entry.uncompressedSize > state.limits.maxTotalBytes) return tooLarge(state);
  if (isRatioTooHigh(entry.uncompressedSize, entry.compressedSize, state.limits)) return ratioTooHigh(state, name);
  return undefined;
}

function byteCounter(state: Extraction, entry: Entry, name: string): Transform {
  let entryBytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      entryBytes += chunk.length;
      state.totalBytes += chunk.length;
      if (state.totalBytes > state.limits.maxTotalBytes) {
        callback(new LimitCrossed(tooLarge(state)));
        return;
      }
      if (isRatioTooHigh(entryBytes, entry.compressedSize, state.limits)) {
        callback(new LimitCrossed(ratioTooHigh(state, name)));
        return;
      }
      if (isRatioTooHigh(state.totalBytes, state.zipSize, state.limits)) {
        callback(new LimitCrossed(ratioTooHigh(state, state.archive)));
        return;
      }
      callback(null, chunk);
    },
  });
}

function isRatioTooHigh(uncompressed: number, compressed: number, limits: ZipLimits): boolean {
  return uncompressed > limits.ratioFloorBytes && uncompressed > Math.max(compressed, 1) * limits.maxRatio;
}

function tooLarge(state: Extraction): LocatedProblem {
  const megabytes = Math.round(state.limits.maxTotalBytes / (1024 * 1024));
  const message = `The zip uncompresses to more than ${megabytes} MB; packs must be smaller.`;
  return problem('zip.too-large', message, { file: state.archive });
}

function ratioTooHigh(state: Extraction, file: string): LocatedProblem {
  const message = `${file} is compressed more than ${state.limits.maxRatio} to 1, which is how zip bombs look; extraction stopped.`;
  return problem('zip.compression-ratio', message, { file });
}

function unreadable(archive: string, error: unknown): LocatedProblem {
  const reason = error instanceof Error ? error.message : String(error);
  return problem('zip.unreadable', `The zip cannot be read (${reason}); create it again with a standard zip tool.`, {
    file: archive,
  });
}
