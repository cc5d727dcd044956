import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { copyExample, FIXTURES, type ExampleCopy } from '../support/example-pack';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx scripts/packs.ts ...` as a user would (slow: a handful of runs only). */
function packs(...args: string[]): Promise<Result> {
  return new Promise((done) => {
    execFile(TSX, [join(ROOT, 'scripts', 'packs.ts'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      done({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

let copy: ExampleCopy;
beforeAll(async () => {
  copy = await copyExample();
  await copy.edit('pack.yaml', 'hours: 1.5', 'hours: 0');
  await copy.write('assets/spare.txt', 'spare');
});
afterAll(async () => {
  await copy.dispose();
});

describe('npm run packs -- validate', () => {
  it('prints a summary and exits 0 for a valid content folder', async () => {
    const result = await packs('validate', FIXTURES);
    expect(result).toMatchObject({ code: 0, stdout: 'OK: 0 errors, 0 warnings; 1 of 1 pack valid.\n' });
  });

  it('prints every problem as pack/file:line:column code message, warnings marked, and exits 1', async () => {
    const result = await packs('validate', copy.root);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'complete-example/assets/spare.txt warning: asset.unused assets/spare.txt is not used by any lesson; link to it or remove it.',
      'complete-example/pack.yaml:11:8 manifest.invalid-value `hours` must be a number greater than 0 (found "0").',
      'FAILED: 1 error, 1 warning; 0 of 1 pack valid.',
      '',
    ]);
  });

  it('--json prints only { ok, problems } with every field', async () => {
    const result = await packs('validate', copy.root, '--json');
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as { ok: boolean; problems: Record<string, unknown>[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[1]).toEqual({
      ...{ pack: 'complete-example', file: 'pack.yaml', line: 11, column: 8, code: 'manifest.invalid-value' },
      ...{ message: '`hours` must be a number greater than 0 (found "0").', severity: 'error' },
    });
  });

  it('exits 2 with a one-line usage message for an unknown command or a missing path', async () => {
    const [unknown, missing] = await Promise.all([packs('check', FIXTURES), packs('validate', join(FIXTURES, 'nope'))]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^packs: unknown command "check"\. usage: npm run packs -- validate <path\.\.\.>.*\n$/,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^packs: no such file or folder: .*nope\. usage: [^\n]*\n$/);
  });
});

describe('npm run packs -- status', () => {
  it('--json prints one entry per pack, language and lesson', async () => {
    const result = await packs('status', FIXTURES, '--json');
    expect(result.code).toBe(0);
    const { entries } = JSON.parse(result.stdout) as { entries: { language: string; status: string }[] };
    expect(entries.map((e) => `${e.language}:${e.status}`)).toEqual([
      ...['bg:outdated', 'bg:missing', 'bg:missing', 'el:current', 'el:current', 'el:missing'],
    ]);
  });
});
