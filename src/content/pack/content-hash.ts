import { createHash } from 'node:crypto';
import { toLf } from '../text/decode-text';

const TEXT_FILE = /\.(md|yaml)$/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * SHA-256 hex over a pack's files in sorted path order: for each, its relative path, a NUL byte, then its content.
 * Markdown and YAML count as their text (LF endings, no BOM), so the same pack checked out on Windows and on
 * Linux has the same hash; assets count byte for byte.
 */
export function contentHash(files: ReadonlyMap<string, Buffer>): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) {
    const bytes = files.get(path) ?? Buffer.alloc(0);
    hash.update(path, 'utf8');
    hash.update(Buffer.from([0]));
    hash.update(TEXT_FILE.test(path) ? normalisedText(bytes) : bytes);
  }
  return hash.digest('hex');
}

function normalisedText(bytes: Buffer): Buffer {
  try {
    return Buffer.from(toLf(decoder.decode(bytes)), 'utf8');
  } catch {
    return bytes;
  }
}
