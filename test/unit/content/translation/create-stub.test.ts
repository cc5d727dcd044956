import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createTranslationStub } from '../../../../src/content/translation/create-stub';
import { sourceHash } from '../../../../src/content/translation/source-hash';
import { copyExample, type ExampleCopy } from '../support/example-pack';

let copy: ExampleCopy;
beforeEach(async () => {
  copy = await copyExample();
});
afterEach(async () => {
  await copy.dispose();
});

describe('createTranslationStub', () => {
  it('writes pack.yaml and one current lesson per source lesson, and the pack stays valid', async () => {
    const result = await createTranslationStub(copy.pack, 'es');
    expect(result).toEqual({
      created: [
        'translations/es/pack.yaml',
        'translations/es/lessons/01-what-a-sensor-does.md',
        'translations/es/lessons/02-moving-data.md',
        'translations/es/lessons/03-acting-on-data.md',
      ],
      skipped: [],
      problems: [],
    });
    const source = await readFile(join(copy.pack, 'lessons', '02-moving-data.md'));
    const stub = await copy.read('translations/es/lessons/02-moving-data.md');
    expect(
      stub.startsWith(`---\ntitle: Moving the data\nsource: ${sourceHash(source)}\n---\n\n# Moving the data\n`),
    ).toBe(true);
    expect(await copy.read('translations/es/pack.yaml')).toContain('title: Sensing the city, from sensor to decision');
    const run = await copy.validate();
    expect(run.problems).toEqual([]);
    const es = run.packs[0]?.translations.find((t) => t.language === 'es');
    expect(es?.lessons.map((l) => l.status)).toEqual(['current', 'current', 'current']);
  });

  it('never overwrites: existing files are reported as skipped and keep their text', async () => {
    const before = await copy.read('translations/el/lessons/01-what-a-sensor-does.md');
    const result = await createTranslationStub(copy.pack, 'el');
    expect(result.skipped).toEqual([
      'translations/el/pack.yaml',
      'translations/el/lessons/01-what-a-sensor-does.md',
      'translations/el/lessons/02-moving-data.md',
    ]);
    expect(result.created).toEqual(['translations/el/lessons/03-acting-on-data.md']);
    expect(await copy.read('translations/el/lessons/01-what-a-sensor-does.md')).toBe(before);
  });

  it('refuses a code that is not ISO 639-1, and the source language, creating nothing', async () => {
    const bad = await createTranslationStub(copy.pack, 'greek');
    const same = await createTranslationStub(copy.pack, 'en');
    expect([...bad.problems, ...same.problems].map((p) => p.code)).toEqual([
      'translation.invalid-language',
      'translation.source-language',
    ]);
    expect(await readdir(join(copy.pack, 'translations'))).toEqual(['bg', 'el']);
  });
});
