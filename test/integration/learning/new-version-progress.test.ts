import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userModel } from '../../../src/features/accounts';
import { CatalogCache } from '../../../src/features/catalog';
import { computeModuleProgress, findProgress } from '../../../src/features/learning';
import { submitAttempt } from '../../../src/features/learning/quiz-attempt.service';
import { markLessonDone } from '../../../src/features/learning/progress.service';
import { createLogger } from '../../../src/platform/logger';
import { importPacks } from '../../helpers/content';
import { tempContentDir } from '../../helpers/pack-writer';
import { createTestApp, registerLearner } from '../../helpers/test-app';
import { useTestDatabase } from '../../support/database';

useTestDatabase();

const question = (id: string) => `::${id}:: Is ${id} right? {T}`;

/** Writes version `version` of a pack with the given lessons, each `{ id: questions }` (no questions: no quiz). */
function writeVersion(contentDir: string, version: string, lessons: Record<string, string[]>): string {
  const dir = join(contentDir, 'versioned-pack');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  const ids = Object.keys(lessons);
  writeFileSync(
    join(dir, 'pack.yaml'),
    `id: versioned-pack\nversion: ${version}\nlanguage: en\ntitle: Versioned pack\nsummary: A pack that changes.\n` +
      `area: iot\nlevel: beginner\nhours: 1\noutcomes: [Follow a change.]\nauthors: [{ name: Test Author }]\n` +
      `license: CC-BY-SA-4.0\npassScore: 0.5\nlessons: [${ids.join(', ')}]\n`,
  );
  ids.forEach((id, i) => {
    const questions = lessons[id] ?? [];
    const quiz = questions.length > 0 ? `\n\n\`\`\`quiz\n${questions.map(question).join('\n\n')}\n\`\`\`\n` : '\n';
    writeFileSync(
      join(dir, 'lessons', `0${i + 1}-${id}.md`),
      `---\nid: ${id}\ntitle: Lesson ${id}\n---\n\n# Lesson ${id}\n\nText of ${id}.${quiz}`,
    );
  });
  return dir;
}

async function loadedCatalog(): Promise<CatalogCache> {
  const catalog = new CatalogCache({ logger: createLogger({ level: 'silent' }) });
  await catalog.refresh(true);
  return catalog;
}

describe('progress across a new version of a pack', () => {
  let contentDir: string;
  beforeEach(() => {
    contentDir = tempContentDir();
  });
  afterEach(() => {
    rmSync(contentDir, { recursive: true, force: true });
  });

  it('removed lessons and questions stop counting, kept ones still count, new ones are open', async () => {
    await importPacks([writeVersion(contentDir, '1.0.0', { alpha: ['q-one', 'q-two'], beta: [] })], contentDir);
    const catalog = await loadedCatalog();
    const agent = await registerLearner(createTestApp({}, catalog), { name: 'Ana', email: 'ana@example.org' });
    const learner = await userModel().findOne({ email: 'ana@example.org' }).lean();
    const id = learner?._id.toHexString() ?? '';
    const v1 = catalog.current().packs.get('versioned-pack');
    if (!v1) throw new Error('v1 not published');
    // q-one right (T), q-two wrong (F); beta marked done: all lessons done, score 1/2 = pass mark.
    await submitAttempt({
      learner: { id, name: 'Ana' },
      pack: v1,
      quizId: 'q-one',
      language: 'en',
      form: { 'q.q-one': 'true', 'q.q-two': 'false' },
    });
    await markLessonDone(id, 'versioned-pack', 'beta');
    const before = computeModuleProgress(v1, await findProgress(id, 'versioned-pack'));
    expect([before.percent, before.earned, before.possible]).toEqual([100, 1, 2]);

    // Version 1.1.0: beta and q-two are gone, gamma and q-three are new.
    await importPacks([writeVersion(contentDir, '1.1.0', { alpha: ['q-one', 'q-three'], gamma: [] })], contentDir);
    await catalog.refresh();
    const v2 = catalog.current().packs.get('versioned-pack');
    if (!v2) throw new Error('v2 not published');
    const after = computeModuleProgress(v2, await findProgress(id, 'versioned-pack'));

    expect(v2.version).toBe('1.1.0');
    expect([...after.doneLessons]).toEqual(['alpha']);
    expect(after.nextLessonId).toBe('gamma');
    expect([after.percent, after.earned, after.possible]).toEqual([50, 1, 2]);
    expect(after.complete).toBe(false);

    // What the learner sees on the module page of the new version.
    const page = await agent.get('/modules/versioned-pack').expect(200);
    expect(page.text).toContain('Lessons done: 1 of 2 (50');
    expect(page.text).toContain('Lesson gamma');
    expect(page.text).not.toContain('Lesson beta');
  });
});
