import { createHash } from 'node:crypto';

/** How many hex characters of the SHA-256 a translation records as `source`. */
export const SOURCE_HASH_LENGTH = 12;

/**
 * The hash a translation records of its source lesson: the first 12 hex characters of the SHA-256 of the file's
 * bytes with CRLF turned into LF (so a checkout on Windows does not make every translation outdated).
 * Same as `sed 's/\r$//' file | sha256sum | cut -c1-12` for files whose every line ends with a newline.
 */
export function sourceHash(bytes: Uint8Array | string): string {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  return createHash('sha256').update(crlfToLf(buffer)).digest('hex').slice(0, SOURCE_HASH_LENGTH);
}

function crlfToLf(buffer: Buffer): Buffer {
  if (!buffer.includes('\r\n')) return buffer;
  const out = Buffer.alloc(buffer.length);
  let length = 0;
  for (let i = 0; i < buffer.length; i += 1) {
    const byte = buffer[i] ?? 0;
    if (byte === 0x0d && buffer[i + 1] === 0x0a) continue;
    out[length] = byte;
    length += 1;
  }
  return out.subarray(0, length);
}
