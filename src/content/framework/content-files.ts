import { readFile } from 'node:fs/promises';
import { problem, type LocatedProblem } from '../problems';
import type { KeyPath, Position } from '../yaml/parse-yaml';

/** Reads a file, or undefined when it does not exist. */
export async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** One problem for every repeated id, at the repetition. */
export function duplicateIdProblems(
  entries: readonly { id: string; path: KeyPath }[],
  locate: (path: KeyPath) => Position,
  at: { code: string; file: string },
): LocatedProblem[] {
  const seen = new Set<string>();
  const problems: LocatedProblem[] = [];
  for (const { id, path } of entries) {
    if (seen.has(id)) {
      const message = `The id \`${id}\` is used twice in ${at.file}; ids must be unique.`;
      problems.push(problem(at.code, message, { file: at.file, ...locate(path) }));
    }
    seen.add(id);
  }
  return problems;
}
