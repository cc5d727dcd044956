import { join, resolve } from 'node:path';
import { createTranslationStub } from '../../src/content/translation/create-stub';
import { summarizeStatus, translationStatus } from '../../src/content/translation/translation-status';
import { validatePaths, type ValidationRun } from '../../src/content/pack/validate-paths';
import { formatProblem, formatSummary, plural, problemsJson } from './format-problems';
import { importWithConfiguredDatabase, type ImportOutcome } from '../../src/content/import';
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

function outcomeLine(o: ImportOutcome): string {
  if (o.outcome === 'refused') return `refused    ${o.packId}${o.version ? ` ${o.version}` : ''}: ${o.reason}`;
  const state = o.publishedVersion === o.version ? 'published' : `published version stays ${o.publishedVersion}`;
  return `${o.outcome.padEnd(10)} ${o.packId} ${o.version} (${state})`;
}

/** `import`: validate, store each valid pack as an immutable version, publish newer ones; one line per pack. */
export async function importCommand(paths: string[], json: boolean): Promise<number> {
  const progress = createProgress(!json);
  const onProgress = (p: { done: number; total: number; pack: string }): void => {
    progress.update(p);
  };
  const report = await importWithConfiguredDatabase(paths, { onProgress }).finally(() => {
    progress.stop();
  });
  const refused = report.outcomes.some((o) => o.outcome === 'refused');
  if (json) {
    const { problems } = JSON.parse(problemsJson(report.problems)) as { problems: unknown };
    console.log(JSON.stringify({ ok: !refused, outcomes: report.outcomes, problems }, null, 2));
    return refused ? 1 : 0;
  }
  for (const p of report.problems) console.log(formatProblem(p));
  for (const o of report.outcomes) console.log(outcomeLine(o));
  const count = (k: string) => report.outcomes.filter((o) => o.outcome === k).length;
  console.log(`${count('imported')} imported, ${count('unchanged')} unchanged, ${count('refused')} refused.`);
  return refused ? 1 : 0;
}
