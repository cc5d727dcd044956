import { z } from 'zod';
import { isIso6391 } from '../text/iso-639-1';

/** Pack, lesson, question and pathway ids: kebab-case ASCII, at most 64 characters. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Longest id the format allows. */
export const ID_MAX_LENGTH = 64;

/** True for a valid pack, lesson, question or pathway id. */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value) && value.length <= ID_MAX_LENGTH;
}

const ID_EXPECTED = 'a kebab-case id (lower-case a-z, 0-9 and single hyphens, at most 64 characters)';

/** Semantic Versioning 2.0.0, including pre-release and build parts. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** An SPDX license expression: ids (optionally `+`) joined by AND, OR or WITH, with optional parentheses. */
const SPDX_TERM = String.raw`\(*(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.-]*\+?)\)*`;
const SPDX = new RegExp(`^${SPDX_TERM}(?: (?:AND|OR|WITH) ${SPDX_TERM})*$`);

/** A kebab-case id. */
export const idField = z.string({ error: ID_EXPECTED }).refine(isValidId, { error: ID_EXPECTED });

/** A non-empty single-purpose text of at most `max` characters. */
export function textField(max: number, what = 'a text'): z.ZodString {
  const expected = `${what} of 1 to ${max} characters`;
  return z.string({ error: expected }).trim().min(1, { error: expected }).max(max, { error: expected });
}

/** An ISO 639-1 language code such as `en` or `el`. */
export const languageField = z
  .string({ error: 'a two-letter ISO 639-1 language code such as `en`' })
  .refine(isIso6391, { error: 'a two-letter ISO 639-1 language code such as `en` (lower case)' });

/** A version such as `1.2.0`. */
export const semverField = z
  .string({ error: 'a semantic version such as `1.2.0` (quote it if YAML reads it as a number)' })
  .regex(SEMVER, { error: 'a semantic version such as `1.2.0`' });

/** An SPDX license identifier or expression such as `CC-BY-SA-4.0`. */
export const spdxField = z
  .string({ error: 'an SPDX license identifier such as `CC-BY-SA-4.0`' })
  .regex(SPDX, { error: 'an SPDX license identifier such as `CC-BY-SA-4.0`' });

/** Hash of a source file recorded in a translation: 12 lower-case hex characters. */
export const sourceHashField = z
  .string({ error: 'the first 12 hex characters of the source file SHA-256 (quote it if it has only digits)' })
  .regex(/^[0-9a-f]{12}$/, { error: 'the first 12 lower-case hex characters of the source file SHA-256' });

/** A list of ids with no repetition. */
export function idList(): z.ZodType<string[]> {
  return z
    .array(idField, { error: 'a list of kebab-case ids' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'a list without repeated ids' });
}
