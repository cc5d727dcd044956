import { symlink, mkdtemp, rm, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { validatePaths } from '../../../../src/content/pack/validate-paths';
import { useExampleCopy, expectOnlyProblem, PLATFORM } from '../support/example-pack';
import { buildZip } from '../support/zip-writer';

const copy = useExampleCopy();

const PACK = 'complete-example';

describe('pack layout problems', () => {
  it('a file outside pack.yaml, lessons/, assets/ and translations/ is pack.unexpected-file', async () => {
    await copy().write('notes.txt', 'to do');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'notes.txt', line: null, column: null },
      code: 'pack.unexpected-file',
    });
    expect(found.message).toContain('notes.txt');
  });

  it('a non-Markdown file in lessons/ is pack.unexpected-file', async () => {
    await copy().write('lessons/draft.txt', 'draft');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'lessons/draft.txt', line: null, column: null },
      code: 'pack.unexpected-file',
    });
  });

  it('README.md, LICENSE* and git or OS metadata are ignored', async () => {
    await copy().write('LICENSE-images.txt', 'CC0');
    await copy().write('.gitignore', '*.tmp');
    await copy().write('assets/.DS_Store', 'x');
    expect((await copy().validate()).problems).toEqual([]);
  });

  it('a symbolic link is pack.symlink and is not followed', async () => {
    await symlink('/etc/hostname', join(copy().pack, 'assets', 'host.txt'));
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'assets/host.txt', line: null, column: null },
      code: 'pack.symlink',
    });
  });

  it('a pack folder without pack.yaml is pack.missing-manifest, named after the folder', async () => {
    await copy().remove('pack.yaml');
    const run = await copy().validate([copy().pack]);
    expectOnlyProblem(run, { pack: PACK, file: 'pack.yaml', line: null, column: null, code: 'pack.missing-manifest' });
    expect(run.packs).toEqual([]);
  });

  it('two packs with the same id in one run is pack.duplicate-id on the second', async () => {
    const zip = join(copy().root, 'again.zip');
    const files = (await readdir(copy().pack, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    const specs = await Promise.all(
      files.map(async (e) => ({
        name: relative(copy().pack, join(e.parentPath, e.name)),
        data: await readFile(join(e.parentPath, e.name)),
      })),
    );
    await writeFile(zip, buildZip(specs));
    const run = await copy().validate([copy().pack, zip]);
    expectOnlyProblem(run, { pack: PACK, file: 'pack.yaml', line: null, column: null, code: 'pack.duplicate-id' });
    expect(run.packs).toHaveLength(1);
  });

  it('a path that does not exist is source.not-found', async () => {
    const missing = join(copy().root, 'nowhere');
    const run = await validatePaths([missing], { platformFrameworkDir: PLATFORM });
    expectOnlyProblem(run, { pack: 'nowhere', file: 'nowhere', line: null, column: null, code: 'source.not-found' });
  });

  it('a folder with no pack folders is source.no-packs', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tessera-empty-'));
    try {
      const run = await validatePaths([empty], { platformFrameworkDir: PLATFORM });
      expectOnlyProblem(run, { pack: '', file: basename(empty), line: null, column: null, code: 'source.no-packs' });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
