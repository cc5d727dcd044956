import { useExampleCopy, expectOnlyProblem, lineOf } from '../support/example-pack';

const copy = useExampleCopy();

const PACK = 'complete-example';

async function packYamlLine(needle: string): Promise<number> {
  return lineOf(await copy().read('pack.yaml'), needle);
}

describe('pack.yaml problems', () => {
  it('an unknown key is manifest.unknown-key at the key, suggesting the close one', async () => {
    await copy().edit('pack.yaml', 'level: beginner', 'level: beginner\nlevle: beginner');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line: await packYamlLine('levle:'), column: 1 },
      code: 'manifest.unknown-key',
    });
    expect(found.message).toContain('Did you mean `level`?');
  });

  it('a missing required key is manifest.missing-key at the mapping that lacks it', async () => {
    await copy().edit('pack.yaml', 'license: CC-BY-SA-4.0\n', '');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line: await packYamlLine('id: complete-example'), column: 1 },
      code: 'manifest.missing-key',
    });
    expect(found.message).toContain('`license` is required');
  });

  it('hours of 0 is manifest.invalid-value at the value, saying what is expected', async () => {
    await copy().edit('pack.yaml', 'hours: 1.5', 'hours: 0');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line: await packYamlLine('hours:'), column: 8 },
      code: 'manifest.invalid-value',
    });
    expect(found.message).toBe('`hours` must be a number greater than 0 (found "0").');
  });

  it.each([
    ['version: 1.2.0', 'version: 1.2', 10, 'a semantic version'],
    ['language: en', 'language: english', 11, 'ISO 639-1'],
    ['area: iot', 'area: robotics', 7, 'one of: iot, ai, cybersecurity, data-analytics, transversal'],
    ['level: beginner', 'level: expert', 8, 'one of: beginner, intermediate, advanced'],
    ['eqf: 4', 'eqf: 9', 6, 'an EQF level from 1 to 8'],
    ['passScore: 0.6', 'passScore: 60', 12, 'a share from 0 to 1'],
    ['maxAttempts: 3', 'maxAttempts: 1.5', 14, 'a whole number of attempts'],
    ['license: CC-BY-SA-4.0', 'license: "CC BY SA"', 10, 'SPDX'],
  ])('%s written as %s is manifest.invalid-value at column %i', async (from, to, column, expected) => {
    await copy().edit('pack.yaml', from, to);
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line: await packYamlLine(to), column },
      code: 'manifest.invalid-value',
    });
    expect(found.message).toContain(expected);
  });

  it('an id that is not kebab-case is reported, and problems go under the folder name', async () => {
    await copy().edit('pack.yaml', 'id: complete-example', 'id: Complete_Example');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line: await packYamlLine('id: Complete'), column: 5 },
      code: 'manifest.invalid-value',
    });
  });

  it('a title over 120 characters is manifest.invalid-value', async () => {
    await copy().edit('pack.yaml', /^title: .*$/m, `title: ${'x'.repeat(121)}`);
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line: await packYamlLine('title: xxx'), column: 8 },
      code: 'manifest.invalid-value',
    });
  });

  it('an id that differs from the folder name is manifest.id-mismatch, reported under the id', async () => {
    await copy().edit('pack.yaml', 'id: complete-example', 'id: other-example');
    expectOnlyProblem(await copy().validate([copy().pack]), {
      ...{ pack: 'other-example', file: 'pack.yaml', line: await packYamlLine('id: other'), column: 5 },
      code: 'manifest.id-mismatch',
    });
  });

  it('a competence missing from the framework is manifest.unknown-competence at the list item', async () => {
    await copy().edit('pack.yaml', 'domain.environment]', 'domain.weather]');
    const line = await packYamlLine('competences:');
    const column = (await copy().read('pack.yaml')).split('\n')[line - 1]!.indexOf('domain.weather') + 1;
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line, column },
      code: 'manifest.unknown-competence',
    });
  });

  it('a required pack that is neither in the run nor known is manifest.unknown-requirement; a known one is fine', async () => {
    await copy().edit('pack.yaml', 'requires: []', 'requires: [iot-basics]');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line: await packYamlLine('requires:'), column: 12 },
      code: 'manifest.unknown-requirement',
    });
    expect((await copy().validate([copy().root], ['iot-basics'])).problems).toEqual([]);
  });

  it('a lessons: entry with no lesson file is manifest.unknown-lesson at the entry', async () => {
    await copy().edit('pack.yaml', 'acting-on-data]', 'acting-on-data, wrap-up]');
    const line = await packYamlLine('lessons:');
    const column = (await copy().read('pack.yaml')).split('\n')[line - 1]!.indexOf('wrap-up') + 1;
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line, column },
      code: 'manifest.unknown-lesson',
    });
  });

  it('a lesson file missing from lessons: is manifest.unlisted-lesson naming the file', async () => {
    await copy().edit('pack.yaml', ', acting-on-data]', ']');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'pack.yaml', line: await packYamlLine('lessons:'), column: 1 },
      code: 'manifest.unlisted-lesson',
    });
    expect(found.message).toContain('lessons/03-acting-on-data.md');
  });

  it('a repeated key is yaml.syntax at the repetition, and nothing of the pack is built', async () => {
    await copy().edit('pack.yaml', 'level: beginner', 'level: beginner\nlevel: advanced');
    const run = await copy().validate();
    const found = expectOnlyProblem(run, {
      ...{ pack: PACK, file: 'pack.yaml', line: await packYamlLine('level: advanced'), column: 1 },
      code: 'yaml.syntax',
    });
    expect(found.message).toBe('YAML syntax: Map keys must be unique.');
    expect(run.packs).toEqual([]);
  });

  it('an unclosed quote is yaml.syntax', async () => {
    await copy().edit('pack.yaml', 'title: Sensing', 'title: "Sensing');
    const run = await copy().validate();
    expect(run.problems.map((p) => [p.pack, p.file, p.code])).toEqual([[PACK, 'pack.yaml', 'yaml.syntax']]);
  });

  it('a BOM and CRLF line endings are accepted', async () => {
    const text = await copy().read('pack.yaml');
    await copy().write('pack.yaml', `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    const run = await copy().validate();
    expect(run.problems).toEqual([]);
    expect(run.packs[0]?.manifest.title).toBe('Sensing the city, from sensor to decision');
  });

  it('a file that is not UTF-8 is text.invalid-utf8', async () => {
    await copy().write(
      'translations/el/pack.yaml',
      Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xff, 0xfe]),
    );
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'translations/el/pack.yaml', line: null, column: null },
      code: 'text.invalid-utf8',
    });
  });
});
