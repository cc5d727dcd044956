import { join } from 'node:path';
import mongoose from 'mongoose';
import type { PackVersionRecord } from '../../../../src/content/store/pack-version.model';
import { validatePaths } from '../../../../src/content/pack/validate-paths';
import type { Pathways } from '../../../../src/content/framework/framework-types';
import { toPublishedPack, type PublishedPack } from '../../../../src/features/catalog/published-pack';
import {
  buildDashboard,
  moduleCard,
  pathwayCards,
  resumeLessonId,
  type DashboardCatalog,
} from '../../../../src/features/learning/dashboard-view';
import { computeModuleProgress } from '../../../../src/features/learning/module-progress';
import type { ProgressRecord } from '../../../../src/features/learning/progress.model';

const CONTENT = join(__dirname, '..', '..', '..', 'fixtures', 'dashboard');
let catalog: DashboardCatalog;

/** The fixture packs as the catalogue holds them, built from the files without a database. */
beforeAll(async () => {
  const run = await validatePaths([CONTENT], { platformFrameworkDir: CONTENT });
  const packs = new Map<string, PublishedPack>();
  for (const built of run.packs) {
    const record = JSON.parse(
      JSON.stringify({ ...built, packId: built.id, importedAt: new Date(), _id: 'x' }),
    ) as PackVersionRecord;
    packs.set(built.id, toPublishedPack(record));
  }
  catalog = { packs, pathways: run.pathways ?? null };
});

const learnerId = new mongoose.Types.ObjectId();
const at = new Date('2025-11-20T09:15:00Z');

function record(packId: string, overrides: Partial<ProgressRecord> = {}): ProgressRecord {
  return {
    _id: new mongoose.Types.ObjectId(),
    learnerId,
    packId,
    startedAt: at,
    lastActivityAt: at,
    lastLessonId: null,
    completedAt: null,
    completedVersion: null,
    certificateId: null,
    ...overrides,
  };
}

/** A best result of `earned` points out of the 2 of the dash-basics quiz. */
function quiz(earned: 0 | 1 | 2, attempts = 1): ProgressRecord['quizzes'] {
  const questions = { 'sensor-measures': earned >= 1 ? 1 : 0, 'sensor-acts': earned === 2 ? 1 : 0 };
  const best = { earned, possible: 2, questions, attemptId: new mongoose.Types.ObjectId(), at };
  return { 'sensor-measures': { attempts, best, lastAt: at } };
}

const done = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, { doneAt: at }]));
const pack = (id: string): PublishedPack => catalog.packs.get(id)!;

describe('moduleCard', () => {
  it('partial progress › lessons percent, score against the pass mark, resume link to the first lesson not done', () => {
    const card = moduleCard(
      record('dash-basics', { lessons: done('sensor-check'), quizzes: quiz(1) }),
      pack('dash-basics'),
      'en',
    );
    expect(card).toMatchObject({
      title: 'Street sensors basics',
      titleLanguage: 'en',
      available: true,
      completed: false,
      doneLessons: 1,
      totalLessons: 2,
      percent: 50,
      percentText: '50%',
      hasQuizzes: true,
      score: '50%',
      passMark: '70%',
      passed: false,
      lastActivity: 'November 20, 2025',
      lastActivityIso: '2025-11-20T09:15:00.000Z',
      resume: { url: '/modules/dash-basics/lessons/what-sensors-do', lessonTitle: 'What street sensors do' },
      moduleUrl: '/modules/dash-basics',
      certificateUrl: null,
    });
  });

  it('in Greek › Greek module and lesson titles, Greek date; same numbers', () => {
    const card = moduleCard(
      record('dash-basics', { lessons: done('sensor-check'), quizzes: quiz(1) }),
      pack('dash-basics'),
      'el',
    );
    expect(card).toMatchObject({
      title: 'Βασικά για τους αισθητήρες δρόμου',
      titleLanguage: 'el',
      percent: 50,
      score: '50%',
      lastActivity: '20 Νοεμβρίου 2025',
      resume: { lessonTitle: 'Τι κάνουν οι αισθητήρες δρόμου' },
    });
  });

  it('in Basque (no translation) › the English title, marked as English', () => {
    const card = moduleCard(record('dash-basics'), pack('dash-basics'), 'eu');
    expect(card).toMatchObject({ title: 'Street sensors basics', titleLanguage: 'en', percent: 0 });
  });

  it('every lesson done but the score under the pass mark › resume leads back to the quiz', () => {
    const card = moduleCard(
      record('dash-basics', { lessons: done('what-sensors-do', 'sensor-check'), quizzes: quiz(1) }),
      pack('dash-basics'),
      'en',
    );
    expect(card.percent).toBe(100);
    expect(card.resume?.url).toBe('/modules/dash-basics/lessons/sensor-check');
  });

  it('completed › certificate link, no resume link', () => {
    const certificateId = new mongoose.Types.ObjectId();
    const card = moduleCard(
      record('dash-basics', {
        lessons: done('what-sensors-do', 'sensor-check'),
        quizzes: quiz(2),
        completedAt: at,
        certificateId,
      }),
      pack('dash-basics'),
      'en',
    );
    expect(card).toMatchObject({ completed: true, passed: true, score: '100%', resume: null });
    expect(card.certificateUrl).toBe(`/certificates/${certificateId.toHexString()}`);
  });

  it('a module without quizzes › no score to show', () => {
    const card = moduleCard(record('dash-extra'), pack('dash-extra'), 'en');
    expect(card.hasQuizzes).toBe(false);
    expect(card.resume?.url).toBe('/modules/dash-extra/lessons/sensor-map');
  });

  it('a module no longer published › unavailable, titled by its id, certificate kept', () => {
    const certificateId = new mongoose.Types.ObjectId();
    const card = moduleCard(record('retired-module', { completedAt: at, certificateId }), undefined, 'en');
    expect(card).toMatchObject({ available: false, title: 'retired-module', resume: null, moduleUrl: null });
    expect(card.certificateUrl).toBe(`/certificates/${certificateId.toHexString()}`);
  });
});

describe('resumeLessonId', () => {
  it('no attempts left on the quiz › nowhere to resume', () => {
    const limited: PublishedPack = {
      ...pack('dash-basics'),
      manifest: { ...pack('dash-basics').manifest, maxAttempts: 1 },
    };
    const progress = computeModuleProgress(
      limited,
      record('dash-basics', { lessons: done('what-sensors-do', 'sensor-check'), quizzes: quiz(1, 1) }),
    );
    expect(resumeLessonId(progress)).toBeNull();
  });
});

describe('pathwayCards', () => {
  it('one of two modules completed › 1 of 2, not complete; both › complete', () => {
    const basics = record('dash-basics', { completedAt: at });
    const [partial] = pathwayCards(catalog, [basics, record('dash-extra')], 'en');
    expect(partial).toMatchObject({ id: 'dash-pathway', title: 'Street sensing starter', completedCount: 1, total: 2 });
    expect(partial?.complete).toBe(false);
    expect(partial?.modules.map((m) => [m.packId, m.completed])).toEqual([
      ['dash-basics', true],
      ['dash-extra', false],
    ]);

    const [full] = pathwayCards(catalog, [basics, record('dash-extra', { completedAt: at })], 'el');
    expect(full).toMatchObject({ title: 'Πρώτα βήματα στους αισθητήρες δρόμου', titleLanguage: 'el', complete: true });
  });

  it('a pathway naming a module that is not published › counted as not completed, shown without a link', () => {
    const pathways: Pathways = {
      languages: [],
      pathways: [{ id: 'p', title: 'P', summary: '', packs: ['dash-basics', 'gone'], translations: {} }],
    };
    const [card] = pathwayCards({ packs: catalog.packs, pathways }, [record('dash-basics', { completedAt: at })], 'en');
    expect(card).toMatchObject({ completedCount: 1, total: 2, complete: false });
    expect(card?.modules[1]).toMatchObject({ packId: 'gone', title: 'gone', url: null });
  });
});

describe('buildDashboard', () => {
  it('new learner › empty, and no pathways either', () => {
    expect(buildDashboard({ records: [], catalog, language: 'en' })).toEqual({
      inProgress: [],
      completed: [],
      pathways: [],
      isEmpty: true,
    });
  });

  it('splits in progress from completed, keeping the most recent first', () => {
    const view = buildDashboard({
      records: [record('dash-extra'), record('dash-basics', { completedAt: at }), record('retired-module')],
      catalog,
      language: 'en',
    });
    expect(view.inProgress.map((c) => c.packId)).toEqual(['dash-extra', 'retired-module']);
    expect(view.completed.map((c) => c.packId)).toEqual(['dash-basics']);
    expect(view.pathways).toHaveLength(1);
    expect(view.isEmpty).toBe(false);
  });
});
