import { getFileNameLowLevel, type Entry } from 'yauzl';
import { problem, type LocatedProblem } from '../problems';
import { isIgnoredName } from './pack-source';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** What to do with one zip entry before any of its bytes are read. */
export type EntryPlan =
  | { kind: 'extract'; name: string; segments: string[] }
  | { kind: 'skip' }
  | { kind: 'refuse'; problem: LocatedProblem };

/** Decides from an entry's name and attributes whether it may be extracted; the name is decoded here, not by yauzl. */
export function planEntry(entry: Entry): EntryPlan {
  // decodeStrings is off so that a bad name is one problem among others, not an error that stops yauzl.
  const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
  const at = { file: name };
  if (name.includes('\0'))
    return refuse('zip.unreadable', `The zip entry name ${JSON.stringify(name)} holds a NUL character.`, at);
  if (/^([a-zA-Z]:)?\//.test(name)) {
    return refuse(
      'zip.absolute-path',
      `The zip entry ${name} has an absolute path; zip the pack's contents with relative paths.`,
      at,
    );
  }
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    return refuse(
      'zip.path-traversal',
      `The zip entry ${name} climbs out of the archive with \`..\`; it was not extracted.`,
      at,
    );
  }
  if (segments.some(isIgnoredName) || segments.length === 0) return { kind: 'skip' };
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    return refuse('zip.symlink', `The zip entry ${name} is a symbolic link; packs hold only real files.`, at);
  }
  if (name.endsWith('/')) return { kind: 'skip' };
  if (entry.isEncrypted() || !entry.canDecodeFileData()) {
    return refuse(
      'zip.unreadable',
      `The zip entry ${name} is encrypted or uses an unsupported compression method; use plain deflate.`,
      at,
    );
  }
  return { kind: 'extract', name, segments };
}

function refuse(code: string, message: string, at: { file: string }): EntryPlan {
  return { kind: 'refuse', problem: problem(code, message, at) };
}
