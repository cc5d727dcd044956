import { useExampleCopy, expectOnlyProblem, lineOf } from '../support/example-pack';

const copy = useExampleCopy();

const PACK = 'complete-example';
const THIRD = 'lessons/03-acting-on-data.md';

describe('lesson problems', () => {
  it('front matter in another language (---js) is lesson.front-matter-language on line 1', async () => {
    await copy().edit(THIRD, /^---\n/, '---js\n');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: THIRD, line: 1, column: 4 },
      code: 'lesson.front-matter-language',
    });
    expect(found.message).toContain('`js`');
  });

  it('front matter that is never closed is lesson.front-matter-unclosed', async () => {
    await copy().edit(THIRD, 'minutes: 25\n---\n', 'minutes: 25\n');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: THIRD, line: 1, column: 1 },
      code: 'lesson.front-matter-unclosed',
    });
  });

  it('a lesson without front matter is lesson.missing-front-matter', async () => {
    await copy().edit(THIRD, /^---\n[^]*?\n---\n/, '');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: THIRD, line: 1, column: 1 },
      code: 'lesson.missing-front-matter',
    });
  });

  it('an unknown front-matter key is manifest.unknown-key at its line in the lesson file', async () => {
    await copy().edit(THIRD, 'minutes: 25', 'minutes: 25\nauthor: Maria');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: THIRD, line: lineOf(await copy().read(THIRD), 'author:'), column: 1 },
      code: 'manifest.unknown-key',
    });
  });

  it('a negative minutes value is manifest.invalid-value at the value', async () => {
    await copy().edit(THIRD, 'minutes: 25', 'minutes: -5');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: THIRD, line: lineOf(await copy().read(THIRD), 'minutes:'), column: 10 },
      code: 'manifest.invalid-value',
    });
  });

  it('a lesson without a title is manifest.missing-key', async () => {
    await copy().edit(THIRD, 'title: Acting on the data\n', '');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: THIRD, line: 2, column: 1 },
      code: 'manifest.missing-key',
    });
    expect(found.message).toContain('`title` is required');
  });

  it('two lessons with the same id is lesson.duplicate-id at the second one’s id', async () => {
    await copy().write('lessons/04-extra.md', '---\nid: moving-data\ntitle: Extra\n---\n\nText.\n');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'lessons/04-extra.md', line: 2, column: 5 },
      code: 'lesson.duplicate-id',
    });
  });

  it('a file name that gives no kebab-case id (and no id: in front matter) is lesson.invalid-id', async () => {
    await copy().write('lessons/04-Extra Lesson.md', '---\ntitle: Extra\n---\n\nText.\n');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'lessons/04-Extra Lesson.md', line: 1, column: 1 },
      code: 'lesson.invalid-id',
    });
  });

  it('a question id used in two lessons is quiz.duplicate-id at the second ::id::', async () => {
    await copy().edit(THIRD, '::rush-hour::', '::mqtt-port::');
    const line = lineOf(await copy().read(THIRD), '::mqtt-port::');
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: THIRD, line, column: 1 },
      code: 'quiz.duplicate-id',
    });
    expect(found.message).toContain('lessons/02-moving-data.md');
  });

  it('a pack without lessons is pack.no-lessons', async () => {
    for (const path of ['lessons', 'translations', 'assets']) await copy().remove(path);
    await copy().edit('pack.yaml', /^lessons: .*\n/m, '');
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'lessons/', line: null, column: null },
      code: 'pack.no-lessons',
    });
  });

  it('without a lessons: list, lessons follow file names with numbers compared as numbers', async () => {
    await copy().edit('pack.yaml', /^lessons: .*\n/m, '');
    await copy().write('lessons/10-later.md', '---\ntitle: Later\n---\n\nText.\n');
    await copy().write('lessons/9-earlier.md', '---\ntitle: Earlier\n---\n\nText.\n');
    const run = await copy().validate();
    expect(run.problems).toEqual([]);
    expect(run.packs[0]?.lessons.map((l) => l.id)).toEqual([
      ...['sensing-the-city', 'moving-data', 'acting-on-data', 'earlier', 'later'],
    ]);
  });
});
