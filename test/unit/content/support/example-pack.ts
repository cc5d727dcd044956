import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { validatePaths, type ValidationRun } from '../../../../src/content/pack/validate-paths';
import type { Problem } from '../../../../src/content/problems';

/** The fixture content folder: `_framework.yaml`, `_pathways.yaml` and the complete example pack. */
export const FIXTURES = resolve(__dirname, '..', '..', '..', 'fixtures', 'packs');
/** The platform's content folder, whose `_framework.yaml` applies to packs checked on their own. */
export const PLATFORM = resolve(__dirname, '..', '..', '..', '..', 'modules-content');

/** A private copy of the fixture content folder, so a test can break one thing in it. */
export interface ExampleCopy {
  /** The content folder (holds `_framework.yaml` and `complete-example/`). */
  root: string;
  /** The pack folder. */
  pack: string;
  read(relative: string): Promise<string>;
  write(relative: string, content: string | Buffer): Promise<void>;
  /** Replaces the first occurrence of `from` in a pack file; fails the test when it is not there. */
  edit(relative: string, from: string | RegExp, to: string): Promise<void>;
  remove(relative: string): Promise<void>;
  validate(paths?: string[], knownPackIds?: string[]): Promise<ValidationRun>;
  dispose(): Promise<void>;
}

/** Copies the fixture content folder into a fresh temporary folder. */
export async function copyExample(): Promise<ExampleCopy> {
  const root = await mkdtemp(join(tmpdir(), 'tessera-example-'));
  await cp(FIXTURES, root, { recursive: true });
  const pack = join(root, 'complete-example');
  const at = (relative: string): string => join(pack, ...relative.split('/'));
  return {
    root,
    pack,
    read: (relative) => readFile(at(relative), 'utf8'),
    write: async (relative, content) => {
      await mkdir(dirname(at(relative)), { recursive: true });
      await writeFile(at(relative), content);
    },
    edit: async (relative, from, to) => {
      const text = await readFile(at(relative), 'utf8');
      const found = typeof from === 'string' ? text.includes(from) : from.test(text);
      if (!found) throw new Error(`${relative} does not contain ${String(from)}`);
      await writeFile(at(relative), text.replace(from, to));
    },
    remove: (relative) => rm(at(relative), { recursive: true, force: true }),
    validate: (paths = [root], knownPackIds = []) =>
      validatePaths(paths, { platformFrameworkDir: PLATFORM, knownPackIds }),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** The parts of a problem a test pins down. */
export type Expected = Pick<Problem, 'pack' | 'file' | 'line' | 'column' | 'code'> & { severity?: Problem['severity'] };

/** Asserts the run reports exactly one problem, and where and what it is. */
export function expectOnlyProblem(run: ValidationRun, expected: Expected): Problem {
  expect(run.problems.map(({ pack, file, line, column, code }) => ({ pack, file, line, column, code }))).toEqual([
    { pack: expected.pack, file: expected.file, line: expected.line, column: expected.column, code: expected.code },
  ]);
  const [found] = run.problems;
  if (found === undefined) throw new Error('no problem');
  expect(found.severity).toBe(expected.severity ?? 'error');
  expect(found.message.length).toBeGreaterThan(20);
  return found;
}

/** Where a line of a file is (1-based), found by its text, so tests do not hard-code fixture line numbers. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`no line contains ${needle}`);
  return index + 1;
}

/** A fresh copy of the example pack for each test of the calling file, removed after it; call the result to get it. */
export function useExampleCopy(): () => ExampleCopy {
  let copy: ExampleCopy | undefined;
  beforeEach(async () => {
    copy = await copyExample();
  });
  afterEach(async () => {
    await copy?.dispose();
    copy = undefined;
  });
  return () => {
    if (!copy) throw new Error('the example copy exists only inside a test');
    return copy;
  };
}
