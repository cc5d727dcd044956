import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';

/** Suffix of the temporary files `writeFileAtomically` renames into place (leftovers mean a crash). */
export const TEMP_SUFFIX = '.tmp';

/** Writes a file so that readers see the old or the new content, never a part: temp file, fsync, rename. */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}${TEMP_SUFFIX}`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}
