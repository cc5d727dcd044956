import { join } from 'node:path';
import { validatePaths } from '../../../../src/content/pack/validate-paths';
import { sourceHash } from '../../../../src/content/translation/source-hash';
import { copyExample, FIXTURES, PLATFORM } from '../support/example-pack';

const validateFixtures = () => validatePaths([FIXTURES], { platformFrameworkDir: PLATFORM });

function htmlOf(segments: readonly { kind: string; html?: string }[]): string {
  return segments.map((s) => s.html ?? '').join('');
}

describe('the complete example pack', () => {
  it('validates with no problem at all, as a content folder and on its own', async () => {
    const asFolder = await validateFixtures();
    const alone = await validatePaths([join(FIXTURES, 'complete-example')], { platformFrameworkDir: PLATFORM });
    expect(asFolder.problems).toEqual([]);
    expect(alone.problems).toEqual([]);
    expect(asFolder.packs.map((p) => p.id)).toEqual(['complete-example']);
  });

  it('keeps the manifest with defaults and nulls for absent optional values', async () => {
    const [pack] = (await validateFixtures()).packs;
    expect(pack?.version).toBe('1.2.0');
    expect(pack?.manifest).toMatchObject({
      ...{ id: 'complete-example', language: 'en', area: 'iot', level: 'beginner', hours: 1.5, eqf: 4 },
      ...{ passScore: 0.6, maxAttempts: 3, requires: [], license: 'CC-BY-SA-4.0' },
      authors: [
        { name: 'Tessera contributors', organisation: 'Tessera project' },
        { name: 'Maria Papadopoulou', organisation: null },
      ],
    });
    expect(pack?.manifest.summary).toMatch(/^How a city measures air quality.*act on them\.$/);
  });

  it('orders lessons by the lessons: list, ids from front matter or file name, hashes of the files', async () => {
    const [pack] = (await validateFixtures()).packs;
    expect(pack?.lessons.map((l) => [l.id, l.file, l.title, l.minutes])).toEqual([
      ['sensing-the-city', 'lessons/01-what-a-sensor-does.md', 'What a sensor does', 20],
      ['moving-data', 'lessons/02-moving-data.md', 'Moving the data', 25],
      ['acting-on-data', 'lessons/03-acting-on-data.md', 'Acting on the data', 25],
    ]);
    expect(pack?.lessons[0]?.sourceHash).toBe(sourceHash(pack?.lessons[0]?.markdown ?? ''));
    expect(pack?.lessons[0]?.markdown.startsWith('---\nid: sensing-the-city\n')).toBe(true);
    expect(pack?.lessons[0]?.headings.map((h) => h.id)).toEqual([
      'from-the-street-to-the-screen',
      'check-your-understanding',
    ]);
  });

  it('parses every quiz type, each quiz named by its first question', async () => {
    const [pack] = (await validateFixtures()).packs;
    const quizzes = pack?.lessons.flatMap((l) => l.quizzes) ?? [];
    expect(quizzes.map((q) => [q.id, q.index, q.questions.map((x) => `${x.id}:${x.kind}`)])).toEqual([
      ['sensor-role', 0, ['sensor-role:single', 'gateway-power:truefalse', 'platform-tasks:multiple']],
      ['mqtt-port', 0, ['mqtt-port:numerical', 'lorawan-range:numerical', 'pm-limit:numerical', 'network-name:short']],
      ['match-devices', 0, ['match-devices:matching', 'rush-hour:single']],
    ]);
  });

  it('rewrites lesson links to lesson URLs and asset links to hashed URLs (downloads, images without)', async () => {
    const [pack] = (await validateFixtures()).packs;
    const png = pack?.assets.find((a) => a.name === 'sensor-loop.png');
    const pdf = pack?.assets.find((a) => a.name === 'deployment-checklist.pdf');
    const first = htmlOf(pack?.lessons[0]?.segments ?? []);
    const second = htmlOf(pack?.lessons[1]?.segments ?? []);
    expect(first).toContain(`src="/modules/complete-example/assets/${png?.sha256.slice(0, 16)}/sensor-loop.png"`);
    expect(first).toContain('href="/modules/complete-example/lessons/moving-data#choosing-a-network"');
    expect(second).toMatch(
      new RegExp(
        `href="/modules/complete-example/assets/${pdf?.sha256.slice(0, 16)}/deployment-checklist.pdf" download`,
      ),
    );
    expect(first).not.toMatch(/<img[^>]*download/);
  });

  it('lists the assets with their type from the bytes, size, hash and bytes', async () => {
    const [pack] = (await validateFixtures()).packs;
    expect(pack?.assets.map((a) => [a.path, a.mediaType, a.size === a.bytes.length, a.sha256.length])).toEqual([
      ['assets/air-quality-sample.csv', 'text/csv', true, 64],
      ['assets/deployment-checklist.pdf', 'application/pdf', true, 64],
      ['assets/sensor-loop.png', 'image/png', true, 64],
    ]);
  });

  it('builds translations: el current with its pack.yaml, bg outdated, missing lessons absent', async () => {
    const [pack] = (await validateFixtures()).packs;
    const summary = pack?.translations.map((t) => ({
      language: t.language,
      title: t.manifest?.title,
      lessons: t.lessons.map((l) => [l.lessonId, l.status, l.quizzesMatchSource, l.quizzes.length]),
    }));
    expect(summary).toEqual([
      { language: 'bg', title: undefined, lessons: [['sensing-the-city', 'outdated', true, 1]] },
      {
        language: 'el',
        title: 'Μετρώντας την πόλη, από τον αισθητήρα στην απόφαση',
        lessons: [
          ['sensing-the-city', 'current', true, 1],
          ['moving-data', 'current', true, 1],
        ],
      },
    ]);
    const greek = htmlOf(pack?.translations[1]?.lessons[0]?.segments ?? []);
    expect(greek).toContain('href="/modules/complete-example/lessons/moving-data#choosing-a-network"');
  });

  it('returns the framework and pathways of the content folder with their translated titles', async () => {
    const run = await validateFixtures();
    const tech = run.framework?.groups.find((g) => g.id === 'tech');
    expect(tech?.translations).toEqual({ el: { title: 'Τεχνολογίες έξυπνης πόλης' } });
    expect(tech?.competences.find((c) => c.id === 'tech.iot')?.translations.el?.title).toBe('Διαδίκτυο των Πραγμάτων');
    expect(run.pathways?.pathways[0]).toMatchObject({ id: 'city-sensing-technician', packs: ['complete-example'] });
    expect(run.pathways?.pathways[0]?.translations).toEqual({ el: { title: 'Τεχνικός αισθητήρων πόλης' } });
  });
});

describe('content hash', () => {
  it('is stable, ignores README and line endings, and changes with any content byte', async () => {
    const copy = await copyExample();
    try {
      const hash = async () => (await copy.validate()).packs[0]?.contentHash;
      const original = await hash();
      expect(original).toMatch(/^[0-9a-f]{64}$/);
      await copy.edit('README.md', 'example', 'sample');
      await copy.write(
        'lessons/02-moving-data.md',
        (await copy.read('lessons/02-moving-data.md')).replace(/\n/g, '\r\n'),
      );
      expect(await hash()).toBe(original);
      await copy.edit('lessons/03-acting-on-data.md', 'rush hour', 'rush hours');
      expect(await hash()).not.toBe(original);
    } finally {
      await copy.dispose();
    }
  });
});
