import type { Problem } from '../../src/content/problems';

/** `<pack>/<file>:<line>:<column>`, leaving out what is unknown (content-folder files have no pack). */
export function formatLocation(p: Problem): string {
  const path = p.pack === '' ? p.file : `${p.pack}/${p.file}`;
  if (p.line === null) return path;
  return p.column === null ? `${path}:${p.line}` : `${path}:${p.line}:${p.column}`;
}

/** One problem per line: location, `warning:` for warnings, code, message. */
export function formatProblem(p: Problem): string {
  const severity = p.severity === 'warning' ? ' warning:' : '';
  return `${formatLocation(p)}${severity} ${p.code} ${p.message}`;
}

/** The closing line of a validation: counts of errors, warnings and valid packs. */
export function formatSummary(problems: readonly Problem[], packs: { valid: number; checked: number }): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const verdict = errors === 0 ? 'OK' : 'FAILED';
  return `${verdict}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}; ${packs.valid} of ${plural(packs.checked, 'pack')} valid.`;
}

/** The JSON form of a validation: `{ ok, problems }` and nothing else. */
export function problemsJson(problems: readonly Problem[]): string {
  const list = problems.map(({ pack, file, line, column, code, message, severity }) => ({
    ...{ pack, file, line, column, code, message, severity },
  }));
  return JSON.stringify({ ok: !problems.some((p) => p.severity === 'error'), problems: list }, null, 2);
}

/** "1 error", "2 errors". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
