import type { CatalogSnapshot, PublishedPack } from '../../../../src/features/catalog';
import { moduleView } from '../../../../src/features/catalog/module.view-model';
import { personalProgress, startAction } from '../../../../src/features/catalog/module-progress.view-model';
import { computeModuleProgress } from '../../../../src/features/learning';
import type { ProgressRecord } from '../../../../src/features/learning/progress.model';
import { fixtureSnapshot } from './fixture-snapshot';

let snapshot: CatalogSnapshot;
let noise: PublishedPack;
beforeAll(async () => {
  snapshot = await fixtureSnapshot();
  const pack = snapshot.packs.get('street-noise');
  if (!pack) throw new Error('fixture missing');
  noise = pack;
});

function record(parts: Partial<ProgressRecord>): ProgressRecord {
  return {
    startedAt: new Date(),
    lastActivityAt: new Date(),
    completedAt: null,
    certificateId: null,
    ...parts,
  } as ProgressRecord;
}

describe('moduleView', () => {
  it('Greek › competences grouped under translated group titles, untranslated ones in the source', () => {
    const view = moduleView(snapshot, noise, 'el');
    expect(view.competences).toEqual([
      {
        id: 'transversal',
        title: 'Transversal competences',
        competences: [{ id: 'transversal.analytical', title: 'Analytical and critical thinking' }],
      },
      {
        id: 'tech',
        title: 'Τεχνολογίες έξυπνης πόλης',
        competences: [{ id: 'tech.sensors', title: 'Ευφυείς αισθητήρες' }],
      },
    ]);
    expect(view.lessons.map((l) => [l.title, l.minutesText, l.quizCount])).toEqual([
      ['Μέτρηση του θορύβου', '15 λεπτά', 1],
      ['Χάρτες θορύβου', '10 λεπτά', 0],
    ]);
    expect(view.readingNotice).toBeNull();
  });

  it('Basque › partial-translation notice naming the source language in Basque; coverage counts', () => {
    const view = moduleView(snapshot, noise, 'eu');
    expect(view.readingNotice).toEqual({ kind: 'partial', sourceName: 'ingelesa' });
    expect(view.languages.find((l) => l.language === 'eu')).toMatchObject({
      currentLessons: 1,
      outdatedLessons: 1,
      missingLessons: 0,
    });
  });

  it('requires › a link to the required module with its title in the reader’s language', () => {
    const policy = snapshot.packs.get('quiet-streets-policy');
    if (!policy) throw new Error('fixture missing');
    const view = moduleView(snapshot, policy, 'el');
    expect(view.requires).toEqual([
      {
        id: 'street-noise',
        url: '/modules/street-noise',
        title: 'Μέτρηση του θορύβου στους δρόμους',
        titleLanguage: 'el',
      },
    ]);
    expect(view.readingNotice).toEqual({ kind: 'untranslated', sourceName: 'Αγγλικά' });
    expect(view.quizCount).toBe(0);
  });
});

describe('start button and personal progress', () => {
  it('not started › Start, to the first lesson', () => {
    const view = moduleView(snapshot, noise, 'en');
    expect(startAction(view, computeModuleProgress(noise, null))).toMatchObject({
      kind: 'start',
      url: '/modules/street-noise/lessons/measuring-noise',
    });
  });

  it('first lesson done › Resume at the second; half the lessons, score against the pass mark', () => {
    const view = moduleView(snapshot, noise, 'en');
    const progress = computeModuleProgress(noise, record({ lessons: { 'measuring-noise': { doneAt: new Date() } } }));
    expect(startAction(view, progress)).toMatchObject({ kind: 'resume', lessonTitle: 'Noise maps' });
    expect(personalProgress(progress, null, 'en')).toMatchObject({
      doneCount: 1,
      totalLessons: 2,
      percentText: '50%',
      scoreText: '0%',
      passScoreText: '50%',
      passed: false,
    });
  });

  it('every lesson done, completed › Review from the first lesson, completion date and certificate link', () => {
    const view = moduleView(snapshot, noise, 'en');
    const done = { doneAt: new Date() };
    const completedAt = new Date('2025-03-04T10:00:00Z');
    const progress = computeModuleProgress(
      noise,
      record({ lessons: { 'measuring-noise': done, 'noise-maps': done }, completedAt }),
    );
    expect(startAction(view, progress)).toMatchObject({
      kind: 'review',
      url: '/modules/street-noise/lessons/measuring-noise',
    });
    expect(personalProgress(progress, 'abc', 'en')).toMatchObject({
      complete: true,
      completedOn: 'March 4, 2025',
      certificateUrl: '/certificates/abc',
    });
  });
});
