import { problem, type LocatedProblem } from '../problems';

/** The result of reading a text file of a pack: its text (BOM dropped, LF endings) or why it is not text. */
export type DecodedText = { ok: true; text: string } | { ok: false; problem: LocatedProblem };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 bytes strictly, drops a BOM and turns CRLF into LF, so line numbers stay those of the file. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  try {
    return { ok: true, text: toLf(decoder.decode(bytes)) };
  } catch {
    return {
      ok: false,
      problem: problem('text.invalid-utf8', `${file} is not valid UTF-8 text; save it with the UTF-8 encoding.`, {
        file,
      }),
    };
  }
}

/** Turns Windows line endings into LF. */
export function toLf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** True when the bytes are valid UTF-8 and hold no NUL byte (what a csv or txt asset must be). */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
