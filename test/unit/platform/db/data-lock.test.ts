import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lockDataFolder } from '../../../../src/platform/db/fallback/data-lock';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tessera-lock-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the fallback data-folder lock', () => {
  test('is taken, and released without leaving a file', async () => {
    const release = await lockDataFolder(root);
    expect(await readdir(root)).toEqual(['fallback.lock']);
    await release();
    expect(await readdir(root)).toEqual([]);
  });

  test('held by another running process, it refuses with that process id', async () => {
    await writeFile(path.join(root, 'fallback.lock'), `${process.ppid}\n`);
    await expect(lockDataFolder(root)).rejects.toThrow(`in use by another Tessera process (pid ${process.ppid})`);
  });

  test('left by a process that no longer runs, it is taken over', async () => {
    await writeFile(path.join(root, 'fallback.lock'), '999999999\n');
    const release = await lockDataFolder(root);
    await release();
  });
});
