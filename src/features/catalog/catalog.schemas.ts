import { z } from 'zod';
import { idField } from '../../content/manifest/fields';
import { PACK_AREAS, PACK_LEVELS, type PackArea, type PackLevel } from '../../content/manifest/manifest-schema';

/** Longest search text accepted (longer is a pasted paragraph, not a query). */
export const MAX_QUERY_LENGTH = 200;

/** The catalogue filters a visitor can set; null means "any". */
export interface CatalogFilters {
  area: PackArea | null;
  level: PackLevel | null;
  language: string | null;
  /** Search text, trimmed; '' when there is none. */
  q: string;
}

/** A filter name of the catalogue's GET form. */
export type FilterName = keyof CatalogFilters;

/** A filter value that was not understood and was left out (the page says so). */
export interface IgnoredFilter {
  field: FilterName;
  /** The value as sent, shortened for display. */
  value: string;
}

const fieldSchemas = {
  area: z.enum(PACK_AREAS),
  level: z.enum(PACK_LEVELS),
  language: z.string().regex(/^[a-z]{2}$/),
  q: z.string().max(MAX_QUERY_LENGTH),
} satisfies Record<FilterName, z.ZodType>;

const querySchema = z.record(z.string(), z.unknown());

function display(raw: unknown): string {
  const text = Array.isArray(raw) ? raw.map(String).join(', ') : typeof raw === 'string' ? raw : '…';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function readField<K extends FilterName>(
  name: K,
  raw: unknown,
  ignored: IgnoredFilter[],
): z.infer<(typeof fieldSchemas)[K]> | null {
  const value = typeof raw === 'string' ? raw.trim() : raw;
  if (value === undefined || value === '') return null;
  const parsed = fieldSchemas[name].safeParse(value);
  if (parsed.success) return parsed.data as z.infer<(typeof fieldSchemas)[K]>;
  ignored.push({ field: name, value: display(raw) });
  return null;
}

/**
 * Reads the catalogue's query string. A value the form could not have sent (an unknown area, a
 * language no module is in, a repeated field, an over-long search) is ignored and reported, rather
 * than answered with an error page: a stale bookmark should still show the catalogue.
 */
export function parseCatalogQuery(
  query: unknown,
  knownLanguages: ReadonlySet<string>,
): { filters: CatalogFilters; ignored: IgnoredFilter[] } {
  const raw = querySchema.safeParse(query).data ?? {};
  const ignored: IgnoredFilter[] = [];
  const area = readField('area', raw.area, ignored);
  const level = readField('level', raw.level, ignored);
  let language = readField('language', raw.language, ignored);
  if (language !== null && !knownLanguages.has(language)) {
    ignored.push({ field: 'language', value: display(raw.language) });
    language = null;
  }
  const filters: CatalogFilters = { area, level, language, q: readField('q', raw.q, ignored) ?? '' };
  return { filters, ignored };
}

/** The `:packId` of a module URL. */
export const moduleParams = z.object({ packId: idField });
