import type { z } from 'zod';
import { problem, type LocatedProblem } from '../problems';
import type { KeyPath, ParsedYaml } from './parse-yaml';
import { allowedKeysAt, closestKey } from './schema-keys';

/** The outcome of checking parsed YAML against a schema: the typed value when valid, and every problem. */
export interface SchemaResult<T> {
  value: T | undefined;
  problems: LocatedProblem[];
}

/**
 * Checks parsed YAML with a zod schema whose error messages say what is expected ("a number greater than 0"),
 * and turns every issue into a problem at the YAML node it concerns.
 */
export function checkSchema<T>(schema: z.ZodType<T>, parsed: ParsedYaml, file: string): SchemaResult<T> {
  if (parsed.data === undefined) return { value: undefined, problems: [] };
  const result = schema.safeParse(parsed.data, { error: () => 'a valid value' });
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => issueProblems(issue, { schema, parsed, file }));
  return { value: undefined, problems };
}

interface IssueContext {
  schema: z.ZodType;
  parsed: ParsedYaml;
  file: string;
}

function issueProblems(issue: z.core.$ZodIssue, ctx: IssueContext): LocatedProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(ctx.schema, issue.path);
    return issue.keys.map((key) => unknownKey([...issue.path, key], allowed, ctx));
  }
  const found = valueAt(ctx.parsed.data, issue.path);
  if (found === undefined && issue.path.length > 0) {
    const at = ctx.parsed.locate(issue.path.slice(0, -1), 'value');
    return [
      problem('manifest.missing-key', `${quote(issue.path)} is required: ${issue.message}.`, { file: ctx.file, ...at }),
    ];
  }
  const at = ctx.parsed.locate(issue.path, 'value');
  const what = issue.path.length === 0 ? `${ctx.file} must be` : `${quote(issue.path)} must be`;
  const written = typeof found === 'object' ? undefined : ctx.parsed.scalarText(issue.path);
  const message = `${what} ${issue.message} (found ${written === undefined ? describe(found) : describe(written)}).`;
  return [problem('manifest.invalid-value', message, { file: ctx.file, ...at })];
}

function unknownKey(path: KeyPath, allowed: readonly string[], ctx: IssueContext): LocatedProblem {
  const key = String(path[path.length - 1]);
  const guess = closestKey(key, allowed);
  const hint = guess === undefined ? '' : ` Did you mean \`${guess}\`?`;
  const list = allowed.length > 0 ? ` Allowed keys here: ${allowed.join(', ')}.` : '';
  const message = `Unknown key ${quote(path)} (keys are checked to catch typos).${hint}${list}`;
  return problem('manifest.unknown-key', message, { file: ctx.file, ...ctx.parsed.locate(path, 'key') });
}

/** Formats a key path the way an author reads it: `authors[0].name`. */
export function formatPath(path: KeyPath): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

function quote(path: KeyPath): string {
  return `\`${formatPath(path)}\``;
}

function valueAt(data: unknown, path: KeyPath): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** A short description of a YAML value for messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
