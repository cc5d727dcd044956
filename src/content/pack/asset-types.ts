import { fromBuffer } from 'file-type';
import { isPlainText } from '../text/decode-text';

/** Asset file extensions of format version 1 and the media type each must have. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
};

/** Largest asset accepted, in bytes. */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

/** How many leading bytes file-type needs to recognise a format (its documented sample size). */
const SNIFF_BYTES = 4100;

/** The allowed extensions, for messages. */
export const ALLOWED_EXTENSIONS = Object.keys(MEDIA_TYPES);

/** The media type an extension stands for (case-insensitive), or undefined when it is not allowed. */
export function mediaTypeFor(extension: string): string | undefined {
  return MEDIA_TYPES[extension.toLowerCase()];
}

/** True for media types a page may show in an image tag. */
export function isImageType(mediaType: string): boolean {
  return mediaType.startsWith('image/');
}

/**
 * Checks that the bytes are what the extension says: images and PDF by their signature, csv and txt as UTF-8
 * text without NUL bytes. Returns what the bytes look like when they do not match.
 */
export async function sniffMismatch(bytes: Buffer, expected: string): Promise<string | undefined> {
  // Signatures sit at the start; sniffing a whole crafted file can walk millions of fake PNG chunks.
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (expected.startsWith('text/')) {
    if (isPlainText(bytes)) return undefined;
    return (await detect(head)) ?? 'binary data or text that is not UTF-8';
  }
  const detected = await detect(head);
  if (detected === expected) return undefined;
  return detected ?? 'unrecognised data';
}

/** The media type file-type recognises, or undefined; a malformed file is unrecognised, never an exception. */
async function detect(head: Buffer): Promise<string | undefined> {
  try {
    return (await fromBuffer(head))?.mime;
  } catch {
    return undefined;
  }
}
