import { summarizeStatus, translationStatus } from '../../../../src/content/translation/translation-status';
import { validatePaths } from '../../../../src/content/pack/validate-paths';
import { FIXTURES, PLATFORM } from '../support/example-pack';

describe('translationStatus', () => {
  it('gives one entry per pack, translated language and source lesson, with the source words', async () => {
    const run = await validatePaths([FIXTURES], { platformFrameworkDir: PLATFORM });
    const words = new Map(run.packs[0]?.lessons.map((l) => [l.id, l.words]));
    const entries = translationStatus(run);
    expect(entries.map((e) => [e.language, e.lesson, e.status])).toEqual([
      ['bg', 'sensing-the-city', 'outdated'],
      ['bg', 'moving-data', 'missing'],
      ['bg', 'acting-on-data', 'missing'],
      ['el', 'sensing-the-city', 'current'],
      ['el', 'moving-data', 'current'],
      ['el', 'acting-on-data', 'missing'],
    ]);
    expect(entries.every((e) => e.pack === 'complete-example' && e.sourceWords === words.get(e.lesson))).toBe(true);
    expect(translationStatus(run.packs)).toEqual(entries);
  });

  it('sums words still to translate (outdated and missing) per pack and language', () => {
    const entry = (
      language: string,
      lesson: string,
      status: 'current' | 'outdated' | 'missing',
      sourceWords: number,
    ) => ({
      ...{ pack: 'p', language, lesson, status, sourceWords },
    });
    const summary = summarizeStatus([
      entry('el', 'a', 'current', 100),
      entry('el', 'b', 'outdated', 200),
      entry('el', 'c', 'missing', 300),
      entry('bg', 'a', 'missing', 100),
    ]);
    expect(summary).toEqual([
      { pack: 'p', language: 'el', current: 1, outdated: 1, missing: 1, wordsToTranslate: 500 },
      { pack: 'p', language: 'bg', current: 0, outdated: 0, missing: 1, wordsToTranslate: 100 },
    ]);
  });
});
