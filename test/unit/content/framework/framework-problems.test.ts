import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePaths } from '../../../../src/content/pack/validate-paths';
import { copyExample, expectOnlyProblem, lineOf, type ExampleCopy } from '../support/example-pack';

let copy: ExampleCopy;
beforeEach(async () => {
  copy = await copyExample();
});
afterEach(async () => {
  await copy.dispose();
});

const write = (name: string, text: string) => writeFile(join(copy.root, name), text);

describe('framework problems', () => {
  it('a pack checked on its own uses the platform framework; a missing one is framework.missing', async () => {
    await copy.edit('pack.yaml', /^competences: .*\n/m, '');
    const empty = await mkdtemp(join(tmpdir(), 'tessera-platform-'));
    try {
      const run = await validatePaths([copy.pack], { platformFrameworkDir: empty });
      expectOnlyProblem(run, {
        pack: '',
        file: '_framework.yaml',
        line: null,
        column: null,
        code: 'framework.missing',
      });
      expect(run.framework).toBeUndefined();
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('a content folder without _framework.yaml falls back to the platform framework', async () => {
    await rm(join(copy.root, '_framework.yaml'));
    await rm(join(copy.root, '_framework.el.yaml'));
    const run = await copy.validate();
    expect(run.problems).toEqual([]);
    expect(run.framework?.groups.map((g) => g.id)).toEqual(['transversal', 'tech', 'challenges', 'domain']);
  });

  it('a competence listed twice is framework.duplicate-id at the repetition, and no framework is returned', async () => {
    await write(
      '_framework.yaml',
      'groups:\n  - id: tech\n    title: Tech\n    competences:\n      - { id: tech.iot, title: IoT }\n' +
        '      - { id: tech.sensors, title: Sensors }\n      - { id: tech.iot, title: IoT again }\n' +
        '  - id: domain\n    title: Domains\n    competences:\n      - { id: domain.environment, title: Environment }\n',
    );
    await rm(join(copy.root, '_framework.el.yaml'));
    const run = await copy.validate();
    expectOnlyProblem(run, { pack: '', file: '_framework.yaml', line: 7, column: 15, code: 'framework.duplicate-id' });
    expect(run.framework).toBeUndefined();
  });

  it('an unknown key in _framework.yaml is manifest.unknown-key', async () => {
    await copy.edit(
      '../_framework.yaml',
      '    title: Smart-city technologies\n',
      '    title: Smart-city technologies\n    colour: blue\n',
    );
    await rm(join(copy.root, '_framework.el.yaml'));
    const line = lineOf(await copy.read('../_framework.yaml'), 'colour:');
    expectOnlyProblem(await copy.validate(), {
      pack: '',
      file: '_framework.yaml',
      line,
      column: 5,
      code: 'manifest.unknown-key',
    });
  });

  it('a translated framework naming an id the framework lacks is framework.unknown-id', async () => {
    await write(
      '_framework.el.yaml',
      'groups:\n  - id: tech\n    competences:\n      - { id: tech.robots, title: Ρομπότ }\n',
    );
    expectOnlyProblem(await copy.validate(), {
      ...{ pack: '', file: '_framework.el.yaml', line: 4, column: 15 },
      code: 'framework.unknown-id',
    });
  });

  it('a framework translation file not named by an ISO 639-1 code is translation.invalid-language', async () => {
    await write('_framework.greek.yaml', 'groups: []\n');
    expectOnlyProblem(await copy.validate(), {
      ...{ pack: '', file: '_framework.greek.yaml', line: null, column: null },
      code: 'translation.invalid-language',
    });
  });
});

describe('pathway problems', () => {
  const pathway = (id: string, packs: string) => `  - id: ${id}\n    title: T\n    summary: S\n    packs: [${packs}]\n`;

  beforeEach(async () => {
    await rm(join(copy.root, '_pathways.el.yaml'));
  });

  it('a pathway naming a pack that is neither checked nor known is pathways.unknown-pack; a known one is fine', async () => {
    await write('_pathways.yaml', `pathways:\n${pathway('tech', 'complete-example, iot-basics')}`);
    const run = await copy.validate();
    expectOnlyProblem(run, { pack: '', file: '_pathways.yaml', line: 5, column: 31, code: 'pathways.unknown-pack' });
    expect(run.pathways).toBeUndefined();
    expect((await copy.validate([copy.root], ['iot-basics'])).problems).toEqual([]);
  });

  it('two pathways with one id is pathways.duplicate-id', async () => {
    await write(
      '_pathways.yaml',
      `pathways:\n${pathway('tech', 'complete-example')}${pathway('tech', 'complete-example')}`,
    );
    expectOnlyProblem(await copy.validate(), {
      pack: '',
      file: '_pathways.yaml',
      line: 6,
      column: 9,
      code: 'pathways.duplicate-id',
    });
  });

  it('a pathway translation naming an unknown pathway is pathways.unknown-id', async () => {
    await write('_pathways.yaml', `pathways:\n${pathway('tech', 'complete-example')}`);
    await write('_pathways.el.yaml', 'pathways:\n  - id: data-steward\n    title: Υπεύθυνος δεδομένων\n');
    expectOnlyProblem(await copy.validate(), {
      pack: '',
      file: '_pathways.el.yaml',
      line: 2,
      column: 9,
      code: 'pathways.unknown-id',
    });
  });
});
