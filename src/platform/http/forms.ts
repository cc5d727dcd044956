import type { z } from 'zod';

/** A form that failed validation: each field's message key, and the values to put back. */
export interface FormFailure {
  ok: false;
  errors: Record<string, string>;
  values: Record<string, string>;
}

/** Parses a posted form with zod; issue messages in schemas are i18n keys. */
export function parseForm<T>(
  schema: z.ZodType<T>,
  body: unknown,
  keep: readonly string[],
): { ok: true; data: T } | FormFailure {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= issue.message.includes(':') ? issue.message : 'errors:validation.invalid';
  }
  return { ok: false, errors, values: keptValues(body, keep) };
}

/** Only named, string fields are echoed back (never passwords). */
export function keptValues(body: unknown, keep: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof body !== 'object' || body === null) return values;
  const record = body as Record<string, unknown>;
  for (const name of keep) {
    const value = record[name];
    if (typeof value === 'string') values[name] = value.slice(0, 500);
  }
  return values;
}

/** Accepts only same-site paths as a place to return to after login (no open redirect). */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 500) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return /[\r\n]/.test(value) ? fallback : value;
}
