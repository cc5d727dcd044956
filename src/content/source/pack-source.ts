/** Where a pack's files come from (a folder, or a zip extracted into a temporary folder). */
export interface PackSource {
  /** The pack's name before its manifest is read: the folder name, or the zip name without `.zip`. */
  name: string;
  /** The folder name the pack id must equal; null for a zip, whose id is whatever pack.yaml says. */
  folderName: string | null;
  /** Relative POSIX paths of the regular files, sorted; metadata such as `.git/` or `.DS_Store` is left out. */
  files: string[];
  /** Relative paths of symbolic links, which are never followed. */
  symlinks: string[];
  /** Reads one of `files`. */
  read(path: string): Promise<Buffer>;
}

/**
 * Names that operating systems, editors and git put beside files. They are never part of a pack, so they are
 * skipped wherever they appear rather than reported as unexpected files.
 */
const IGNORED_NAMES: ReadonlySet<string> = new Set([
  '.git',
  '.gitignore',
  '.gitattributes',
  '.DS_Store',
  'Thumbs.db',
  'desktop.ini',
  '__MACOSX',
]);

/** True for a file or folder name that is skipped (see IGNORED_NAMES). */
export function isIgnoredName(name: string): boolean {
  return IGNORED_NAMES.has(name);
}
