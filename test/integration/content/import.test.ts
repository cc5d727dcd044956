import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { importPaths } from '../../../src/content/import';
import { catalogRevision } from '../../../src/content/store/content-state.model';
import { packModel } from '../../../src/content/store/pack.model';
import { packVersionModel } from '../../../src/content/store/pack-version.model';
import { useTestDatabase } from '../../support/database';
import { tempContentDir, writePack } from '../../helpers/pack-writer';
import { buildZip } from '../../unit/content/support/zip-writer';

useTestDatabase();

let contentDir: string;
beforeEach(() => {
  contentDir = tempContentDir();
});
afterEach(() => {
  rmSync(contentDir, { recursive: true, force: true });
});

const importDir = (path: string) => importPaths([path], { platformFrameworkDir: contentDir });

async function stored() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  return {
    versions: await packVersionModel().countDocuments({}),
    packs: await packModel().find({}).lean(),
    files: await db.collection('assets.files').countDocuments({}),
    sources: await db.collection('lesson_sources').countDocuments({}),
  };
}

describe('packs import', () => {
  it('first import › stored as a version with rendered lessons, assets and sources, published, catalogue revision bumped', async () => {
    const report = await importDir(writePack(contentDir));

    expect(report.outcomes).toEqual([
      expect.objectContaining({ packId: 'sample-pack', outcome: 'imported', published: true }),
    ]);
    const version = await packVersionModel().findOne({ packId: 'sample-pack' }).lean();
    expect(version?.lessons[0]?.segments[0]).toMatchObject({
      kind: 'html',
      html: expect.stringContaining('A sensor measures.') as string,
    });
    expect(version?.lessons[0]?.quizzes[0]?.id).toBe('check-sensor');
    expect(await stored()).toMatchObject({
      versions: 1,
      files: 1,
      sources: 1,
      packs: [{ _id: 'sample-pack', publishedVersion: '1.0.0' }],
    });
    expect(await catalogRevision()).toBe(1);
  });

  it('identical re-import › unchanged, nothing new stored, revision unchanged', async () => {
    const dir = writePack(contentDir);
    await importDir(dir);
    const report = await importDir(dir);

    expect(report.outcomes).toEqual([expect.objectContaining({ outcome: 'unchanged', version: '1.0.0' })]);
    expect(await stored()).toMatchObject({ versions: 1, files: 1, sources: 1 });
    expect(await catalogRevision()).toBe(1);
  });

  it('same version with different content › refused with "bump the version", database unchanged', async () => {
    await importDir(writePack(contentDir));
    const before = await packVersionModel().findOne({}).lean();
    const report = await importDir(writePack(contentDir, { extra: 'A new paragraph.' }));

    expect(report.outcomes).toEqual([
      expect.objectContaining({
        outcome: 'refused',
        code: 'import.version-exists',
        reason: expect.stringContaining('bump the version') as string,
      }),
    ]);
    const after = await packVersionModel().findOne({}).lean();
    expect(after?.contentHash).toBe(before?.contentHash);
    expect(await stored()).toMatchObject({ versions: 1, sources: 1 });
  });

  it('a newer version › published; an older one imported afterwards › stored but not published', async () => {
    await importDir(writePack(contentDir, { version: '1.1.0' }));
    await importDir(writePack(contentDir, { version: '1.2.0', extra: 'Second edition.' }));
    const older = await importDir(writePack(contentDir, { version: '1.0.5', extra: 'Old.' }));

    expect(older.outcomes).toEqual([
      expect.objectContaining({ outcome: 'imported', published: false, publishedVersion: '1.2.0' }),
    ]);
    expect(await stored()).toMatchObject({ versions: 3, packs: [{ publishedVersion: '1.2.0' }] });
  });

  it('a pack with an error › refused with its problems, nothing of it stored', async () => {
    const dir = writePack(contentDir, { quiz: '::broken:: An essay question {}' });
    const report = await importDir(dir);

    expect(report.outcomes).toEqual([
      expect.objectContaining({ packId: 'sample-pack', outcome: 'refused', code: 'import.invalid' }),
    ]);
    expect(report.problems.some((p) => p.severity === 'error' && p.file === 'lessons/01-sensing.md')).toBe(true);
    expect(await stored()).toMatchObject({ versions: 0, files: 0, sources: 0, packs: [] });
  });

  it('a zip with path traversal › refused, nothing stored', async () => {
    const zip = join(contentDir, 'evil.zip');
    writeFileSync(
      zip,
      buildZip([
        { name: 'pack.yaml', data: 'id: evil\n' },
        { name: '../../escaped.txt', data: 'x' },
      ]),
    );
    const report = await importDir(zip);

    expect(report.problems.map((p) => p.code)).toContain('zip.path-traversal');
    expect(report.outcomes.every((o) => o.outcome === 'refused')).toBe(true);
    expect(await stored()).toMatchObject({ versions: 0, files: 0, packs: [] });
  });
});
