import { useExampleCopy, expectOnlyProblem, lineOf } from '../support/example-pack';

const copy = useExampleCopy();

const PACK = 'complete-example';
const EL_FIRST = 'translations/el/lessons/01-what-a-sensor-does.md';
const BG_FIRST = 'translations/bg/lessons/01-what-a-sensor-does.md';
const STUB = '---\ntitle: Παλιό\nsource: 0123456789ab\n---\n\nΚείμενο.\n';

describe('translation problems', () => {
  it('a translated lesson with no source file of that name is translation.orphan', async () => {
    await copy().write('translations/el/lessons/09-old-lesson.md', STUB);
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'translations/el/lessons/09-old-lesson.md', line: null, column: null },
      code: 'translation.orphan',
    });
  });

  it('a translations folder not named by an ISO 639-1 code is translation.invalid-language', async () => {
    await copy().write('translations/greek/pack.yaml', 'title: Τίτλος\n');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'translations/greek/pack.yaml', line: null, column: null },
      code: 'translation.invalid-language',
    });
  });

  it('a translation into the source language is translation.source-language', async () => {
    await copy().write('translations/en/pack.yaml', 'title: Sensing\n');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'translations/en/pack.yaml', line: null, column: null },
      code: 'translation.source-language',
    });
  });

  it('a current translation that drops a choice is a translation.structure-mismatch error naming the question', async () => {
    await copy().edit(EL_FIRST, '  ~Η πύλη #Όχι\\: η πύλη προωθεί δεδομένα.\n', '');
    const run = await copy().validate();
    const found = expectOnlyProblem(run, {
      ...{ pack: PACK, file: EL_FIRST, line: lineOf(await copy().read(EL_FIRST), '```quiz'), column: null },
      code: 'translation.structure-mismatch',
    });
    expect(found.message).toContain('sensor-role');
    expect(run.packs).toEqual([]);
  });

  it('an outdated translation whose quiz no longer matches is only a warning, and its quizzes are not used', async () => {
    await copy().edit(BG_FIRST, /\n::gateway-power::[^\n]*\n/, '\n');
    const run = await copy().validate();
    expectOnlyProblem(run, {
      ...{ pack: PACK, file: BG_FIRST, line: lineOf(await copy().read(BG_FIRST), '```quiz'), column: null },
      ...{ code: 'translation.structure-mismatch', severity: 'warning' },
    });
    const bg = run.packs[0]?.translations.find((t) => t.language === 'bg')?.lessons[0];
    expect(bg).toMatchObject({ status: 'outdated', quizzesMatchSource: false, quizzes: [] });
  });

  it('a translated pack.yaml with another number of outcomes is a translation.outcome-count warning', async () => {
    await copy().edit('translations/el/pack.yaml', /\n {2}- Διαβάζει[^\n]*/, '');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'translations/el/pack.yaml', line: 6, column: 3 },
      ...{ code: 'translation.outcome-count', severity: 'warning' },
    });
  });

  it('a translated pack.yaml may not hold other manifest keys (manifest.unknown-key)', async () => {
    await copy().write('translations/el/pack.yaml', `${await copy().read('translations/el/pack.yaml')}hours: 2\n`);
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'translations/el/pack.yaml', line: 9, column: 1 },
      code: 'manifest.unknown-key',
    });
  });

  it('a translated lesson without source: is manifest.missing-key', async () => {
    await copy().edit(EL_FIRST, 'source: 1bcee57eb53b\n', '');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: EL_FIRST, line: 2, column: 1 },
      code: 'manifest.missing-key',
    });
    expect(found.message).toContain('`source` is required');
  });

  it('a translated lesson with an id or minutes of its own is manifest.unknown-key', async () => {
    await copy().edit(EL_FIRST, 'source: 1bcee57eb53b', 'source: 1bcee57eb53b\nminutes: 20');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: EL_FIRST, line: 4, column: 1 },
      code: 'manifest.unknown-key',
    });
  });

  it('a source hash that YAML reads as a number is taken as written', async () => {
    await copy().edit(BG_FIRST, 'source: 0f1e2d3c4b5a', 'source: 3e1234567890');
    const run = await copy().validate();
    expect(run.problems).toEqual([]);
    const bg = run.packs[0]?.translations.find((t) => t.language === 'bg')?.lessons[0];
    expect(bg?.declaredSource).toBe('3e1234567890');
  });

  it('translated links resolve from the source lesson’s folder: a wrong one is reported in the translated file', async () => {
    await copy().edit(EL_FIRST, '](../assets/sensor-loop.png', '](../../../assets/sensor-loop.png');
    const text = await copy().read(EL_FIRST);
    const line = lineOf(text, '../../../assets');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: EL_FIRST, line, column: 1 },
      code: 'link.outside-pack',
    });
    expect(found.message).toContain('resolving from lessons/ as translations do');
  });
});
