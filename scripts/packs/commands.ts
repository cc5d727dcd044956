import { join, resolve } from 'node:path';
import { createTranslationStub } from '../../src/content/translation/create-stub';
import { summarizeStatus, translationStatus } from '../../src/content/translation/translation-status';
import { validatePaths, type ValidationRun } from '../../src/content/pack/validate-paths';
import { formatProblem, formatSummary, plural, problemsJson } from './format-problems';
import { createProgress } from './progress';
import { formatStatusTable } from './status-table';

/** Where the platform's own `_framework.yaml` lives (for packs checked on their own). */
const PLATFORM_CONTENT = resolve(__dirname, '..', '..', 'modules-content');

/** Prints lines to stdout. */
export type Print = (line: string) => void;

async function run(paths: readonly string[], json: boolean): Promise<{ run: ValidationRun; checked: number }> {
  const progress = createProgress(!json);
  let checked = 0;
  try {
    const result = await validatePaths(paths, {
      platformFrameworkDir: PLATFORM_CONTENT,
      onProgress: (p) => {
        checked = p.total;
        progress.update(p);
      },
    });
    return { run: result, checked };
  } finally {
    progress.stop();
  }
}

/** `validate`: every problem, one per line, then a summary; exit 1 when any is an error. */
export async function validateCommand(paths: readonly string[], json: boolean, print: Print): Promise<number> {
  const { run: result, checked } = await run(paths, json);
  const failed = result.problems.some((p) => p.severity === 'error');
  if (json) print(problemsJson(result.problems));
  else {
    result.problems.forEach((p) => {
      print(formatProblem(p));
    });
    print(formatSummary(result.problems, { valid: result.packs.length, checked }));
  }
  return failed ? 1 : 0;
}

/** `status`: translation status per pack, language and lesson; exit 1 when a pack could not be checked. */
export async function statusCommand(paths: readonly string[], json: boolean, print: Print): Promise<number> {
  const { run: result } = await run(paths, json);
  const entries = translationStatus(result);
  const broken = [...new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.pack))];
  if (json) {
    print(JSON.stringify({ entries }, null, 2));
    return broken.length > 0 ? 1 : 0;
  }
  formatStatusTable(entries, summarizeStatus(entries)).forEach((line) => {
    print(line);
  });
  if (entries.length === 0) print('No translations found.');
  for (const pack of broken) {
    const count = result.problems.filter((p) => p.pack === pack && p.severity === 'error').length;
    print(
      `${pack === '' ? 'content folder' : pack}: ${plural(count, 'error')}, status not shown; run \`npm run packs -- validate\`.`,
    );
  }
  return broken.length > 0 ? 1 : 0;
}

/** `stub`: starts translations/<lang>/ of one pack without overwriting anything. */
export async function stubCommand(packDir: string, language: string, print: Print): Promise<number> {
  const result = await createTranslationStub(packDir, language);
  result.problems.forEach((p) => {
    print(formatProblem({ ...p, pack: '' }));
  });
  result.created.forEach((file) => {
    print(`created ${join(packDir, file)}`);
  });
  result.skipped.forEach((file) => {
    print(`kept    ${join(packDir, file)} (exists)`);
  });
  return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

type ImportFlags = Record<string, string | boolean> & { json: boolean };
type ImportModule = { runImportCommand: (paths: string[], flags: ImportFlags) => unknown };

/** `import`: handed to the importer, loaded only now so the other commands work without a database. */
export async function importCommand(paths: string[], flags: Record<string, string | boolean>): Promise<number> {
  // A variable specifier keeps the type checker from requiring the module at build time.
  const specifier = '../../src/content/import/index';
  const loaded = (await import(specifier)) as Partial<ImportModule>;
  if (typeof loaded.runImportCommand !== 'function')
    throw new Error('src/content/import does not export runImportCommand');
  const code = await loaded.runImportCommand(paths, { ...flags, json: flags.json === true });
  return typeof code === 'number' ? code : 0;
}
