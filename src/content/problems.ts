/**
 * A problem found in a content pack. Every validator in the content core reports
 * problems as values (never throws for bad content), so one run reports them all.
 */
export type Severity = 'error' | 'warning';

/** Where a problem is, relative to the pack folder; line and column are 1-based. */
export interface ProblemLocation {
  file: string;
  line?: number | null;
  column?: number | null;
}

/** A problem before the pack it belongs to is known (what most validators return). */
export interface LocatedProblem {
  file: string;
  line: number | null;
  column: number | null;
  /** Stable, dotted, kebab-case code such as `quiz.unknown-question-type`. */
  code: string;
  /** One sentence a trainer can act on. */
  message: string;
  /** Errors stop a pack from being imported; warnings are reported and the pack still imports. */
  severity: Severity;
}

/** A problem as reported by the command line and the studio. */
export interface Problem extends LocatedProblem {
  pack: string;
}

/** Builds a located problem; severity defaults to error. */
export function problem(
  code: string,
  message: string,
  at: ProblemLocation,
  severity: Severity = 'error',
): LocatedProblem {
  return { file: at.file, line: at.line ?? null, column: at.column ?? null, code, message, severity };
}

/** Attaches the pack id to problems found inside one pack. */
export function inPack(pack: string, problems: readonly LocatedProblem[]): Problem[] {
  return problems.map((p) => ({ pack, ...p }));
}

/** True when any problem blocks import. */
export function hasErrors(problems: readonly LocatedProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
