import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { validatePaths } from '../../../../src/content/pack/validate-paths';
import { withZipSource } from '../../../../src/content/source/zip-source';
import { ZIP_LIMITS } from '../../../../src/content/source/zip-limits';
import { FIXTURES, PLATFORM } from '../support/example-pack';
import { buildZip, type ZipSpec } from '../support/zip-writer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-zip-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exampleEntries(prefix = ''): Promise<ZipSpec[]> {
  const root = join(FIXTURES, 'complete-example');
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return Promise.all(
    files.map(async (e) => {
      const path = join(e.parentPath, e.name);
      return { name: prefix + relative(root, path).split('\\').join('/'), data: await readFile(path) };
    }),
  );
}

async function validateZip(specs: readonly ZipSpec[], name = 'upload.zip') {
  const path = join(dir, name);
  await writeFile(path, buildZip(specs));
  return validatePaths([path], { platformFrameworkDir: PLATFORM });
}

const codes = (run: { problems: { code: string; file: string; pack: string }[] }) =>
  run.problems.map((p) => ({ pack: p.pack, file: p.file, code: p.code }));

describe('a zip of a pack', () => {
  it('with the pack at its root validates like the folder, the id coming from pack.yaml', async () => {
    const run = await validateZip(await exampleEntries());
    expect(run.problems).toEqual([]);
    expect(run.packs.map((p) => p.id)).toEqual(['complete-example']);
    expect(run.packs[0]?.lessons).toHaveLength(3);
  });

  it('with the pack inside one top-level folder of any name validates too (a GitHub "Download ZIP")', async () => {
    const run = await validateZip(await exampleEntries('complete-example-main/'));
    expect(run.problems).toEqual([]);
    expect(run.packs[0]?.id).toBe('complete-example');
  });

  it('skips macOS metadata entries instead of reporting them', async () => {
    const extra = [
      { name: '__MACOSX/._pack.yaml', data: 'x' },
      { name: 'lessons/.DS_Store', data: 'x' },
    ];
    const run = await validateZip([...(await exampleEntries()), ...extra]);
    expect(run.problems).toEqual([]);
  });

  it('that is not a zip at all is one zip.unreadable problem named after the file', async () => {
    const path = join(dir, 'broken.zip');
    await writeFile(path, randomBytes(300));
    const run = await validatePaths([path], { platformFrameworkDir: PLATFORM });
    expect(codes(run)).toEqual([{ pack: 'broken', file: 'broken.zip', code: 'zip.unreadable' }]);
    expect(run.packs).toEqual([]);
  });
});

describe('zip attacks', () => {
  it('an entry climbing out with .. is refused, not written, and reported by name', async () => {
    const escapee = `tessera-escape-${randomBytes(4).toString('hex')}.txt`;
    const run = await validateZip([...(await exampleEntries()), { name: `../${escapee}`, data: 'gotcha' }]);
    expect(codes(run)).toEqual([{ pack: 'complete-example', file: `../${escapee}`, code: 'zip.path-traversal' }]);
    expect(run.packs).toEqual([]);
    expect(existsSync(join(tmpdir(), escapee))).toBe(false);
  });

  it('a Windows-style ..\\ path is a traversal too', async () => {
    const run = await validateZip([...(await exampleEntries()), { name: 'assets\\..\\..\\evil.txt', data: 'x' }]);
    expect(codes(run)).toEqual([
      { pack: 'complete-example', file: 'assets/../../evil.txt', code: 'zip.path-traversal' },
    ]);
  });

  it('an absolute path is refused', async () => {
    const run = await validateZip([...(await exampleEntries()), { name: '/etc/cron.d/evil', data: 'x' }]);
    expect(codes(run)).toEqual([{ pack: 'complete-example', file: '/etc/cron.d/evil', code: 'zip.absolute-path' }]);
  });

  it('a symlink entry is refused and never created', async () => {
    const link = { name: 'assets/passwd.txt', data: '/etc/passwd', mode: 0o120777 };
    const run = await validateZip([...(await exampleEntries()), link]);
    expect(codes(run)).toEqual([{ pack: 'complete-example', file: 'assets/passwd.txt', code: 'zip.symlink' }]);
  });

  it('the same path twice is refused', async () => {
    const entries = await exampleEntries();
    const run = await validateZip([...entries, { name: 'pack.yaml', data: 'id: other' }]);
    expect(codes(run)).toEqual([{ pack: 'complete-example', file: 'pack.yaml', code: 'zip.duplicate-entry' }]);
  });

  it(`more than ${ZIP_LIMITS.maxEntries} entries stop the zip before anything is extracted`, async () => {
    const many = Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({
      name: `assets/f${i}.txt`,
      store: true,
    }));
    const run = await validateZip(many, 'many.zip');
    expect(codes(run)).toEqual([{ pack: 'many', file: 'many.zip', code: 'zip.too-many-entries' }]);
  });

  it('a bomb (2 MB of zeros in a 2 KB entry) stops extraction on its compression ratio', async () => {
    const bomb = { name: 'assets/zeros.txt', data: Buffer.alloc(2 * 1024 * 1024) };
    const run = await validateZip([bomb, ...(await exampleEntries())], 'bomb.zip');
    expect(codes(run)).toEqual([{ pack: 'bomb', file: 'assets/zeros.txt', code: 'zip.compression-ratio' }]);
    expect(run.packs).toEqual([]);
  });

  it('more bytes than the total limit stop extraction', async () => {
    const path = join(dir, 'big.zip');
    await writeFile(path, buildZip([{ name: 'assets/noise.txt', data: randomBytes(20_000), store: true }]));
    const limits = { ...ZIP_LIMITS, maxTotalBytes: 10_000 };
    const problems = await withZipSource(path, (opened) => Promise.resolve(opened.problems), limits);
    expect(problems.map((p) => ({ file: p.file, code: p.code }))).toEqual([{ file: 'big.zip', code: 'zip.too-large' }]);
  });

  it('does not trust headers: an entry holding more bytes than its header says is refused', async () => {
    const liar = { name: 'assets/noise.txt', data: randomBytes(20_000), declaredSize: 100 };
    const run = await validateZip([liar, ...(await exampleEntries())], 'liar.zip');
    expect(codes(run)).toEqual([{ pack: 'liar', file: 'liar.zip', code: 'zip.unreadable' }]);
    expect(run.problems[0]?.message).toContain('too many bytes');
    expect(run.packs).toEqual([]);
  });

  it('extracts into a temporary folder that is gone afterwards, also when extraction stopped', async () => {
    const path = join(dir, 'bomb.zip');
    await writeFile(path, buildZip([{ name: 'zeros.txt', data: Buffer.alloc(2 * 1024 * 1024) }]));
    const temps = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('tessera-pack-'));
    const before = await temps();
    let during: string[] = [];
    await withZipSource(path, async () => {
      during = await temps();
    });
    expect(during.length).toBe(before.length + 1);
    expect(await temps()).toEqual(before);
  });
});
