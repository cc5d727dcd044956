import { join } from 'node:path';
import { validatePaths, type ValidationRun } from '../../../src/content/pack/validate-paths';
import { summarizeStatus, translationStatus } from '../../../src/content/translation/translation-status';

const contentDir = join(__dirname, '..', '..', '..', 'modules-content');

/** The curriculum issue's coverage: these languages must be complete and current. */
const COMPLETE_TRANSLATIONS: Record<string, string[]> = {
  'iot-smart-cities': ['el', 'bg'],
  'data-analytics-urban-decisions': ['el', 'bg'],
  'ai-smart-cities': ['es', 'it'],
  'stakeholder-communication': ['es', 'it'],
  'cybersecurity-smart-infrastructure': ['eu'],
};

let run: ValidationRun;
beforeAll(async () => {
  run = await validatePaths([contentDir], { platformFrameworkDir: contentDir });
}, 120_000);

describe('the bundled curriculum (modules-content)', () => {
  it('validates without a single problem, warnings included', () => {
    const lines = run.problems.map((p) => `${p.pack}/${p.file}:${p.line ?? ''} ${p.code} ${p.message}`);
    expect(lines).toEqual([]);
  });

  it('has the six modules, one per area of the curriculum, with CC BY-SA 4.0 and 4–6 lessons each', () => {
    expect(run.packs.map((p) => p.id).sort()).toEqual([
      'ai-smart-cities',
      'cybersecurity-smart-infrastructure',
      'data-analytics-urban-decisions',
      'green-circular-ventures',
      'iot-smart-cities',
      'stakeholder-communication',
    ]);
    for (const pack of run.packs) {
      expect({ pack: pack.id, license: pack.manifest.license }).toEqual({ pack: pack.id, license: 'CC-BY-SA-4.0' });
      expect(pack.lessons.length).toBeGreaterThanOrEqual(4);
      expect(pack.lessons.length).toBeLessThanOrEqual(6);
    }
  });

  it('every lesson has 600–1,200 words and ends with a quiz; every module has at least one diagram', () => {
    for (const pack of run.packs) {
      for (const lesson of pack.lessons) {
        expect({ lesson: `${pack.id}/${lesson.id}`, ok: lesson.words >= 600 && lesson.words <= 1200 }).toEqual({
          lesson: `${pack.id}/${lesson.id}`,
          ok: true,
        });
        expect(lesson.segments.at(-1)?.kind === 'quiz' || lesson.quizzes.length > 0).toBe(true);
      }
      expect(pack.assets.some((a) => a.mediaType === 'image/png')).toBe(true);
    }
  });

  it('uses every GIFT question type in every module', () => {
    for (const pack of run.packs) {
      const kinds = new Set(pack.lessons.flatMap((l) => l.quizzes.flatMap((q) => q.questions.map((x) => x.kind))));
      expect({ pack: pack.id, kinds: [...kinds].sort() }).toEqual({
        pack: pack.id,
        kinds: ['matching', 'multiple', 'numerical', 'short', 'single', 'truefalse'],
      });
    }
  });

  it('ships the promised complete translations, all current', () => {
    const summaries = summarizeStatus(translationStatus(run));
    for (const [pack, languages] of Object.entries(COMPLETE_TRANSLATIONS)) {
      for (const language of languages) {
        const summary = summaries.find((s) => s.pack === pack && s.language === language);
        expect({ pack, language, outdated: summary?.outdated, missing: summary?.missing }).toEqual({
          pack,
          language,
          outdated: 0,
          missing: 0,
        });
      }
    }
  });

  it('shows every translation status somewhere in the catalogue (current, outdated, missing)', () => {
    const statuses = new Set(translationStatus(run).map((e) => e.status));
    expect([...statuses].sort()).toEqual(['current', 'missing', 'outdated']);
  });

  it('has the framework in four groups and the three pathways over existing modules', () => {
    expect(run.framework?.groups.map((g) => g.id)).toEqual(['transversal', 'tech', 'challenges', 'domain']);
    expect(run.framework?.languages.sort()).toEqual(['bg', 'el', 'es', 'eu', 'it']);
    expect(run.pathways?.pathways.map((p) => p.id)).toEqual([
      'smart-city-project-manager',
      'smart-city-project-developer',
      'smart-city-project-consultant',
    ]);
  });
});
