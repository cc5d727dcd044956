import { splitFrontMatter, stripFrontMatter } from '../../../../src/content/yaml/front-matter';

describe('splitFrontMatter', () => {
  it('splits YAML from the body and says on which line each starts', () => {
    const split = splitFrontMatter('---\ntitle: A\nminutes: 5\n---\n\n# A\n', 'lessons/01-a.md');
    expect(split).toEqual({
      yaml: 'title: A\nminutes: 5',
      yamlFirstLine: 2,
      body: '\n# A\n',
      bodyFirstLine: 5,
      problems: [],
    });
  });

  it('accepts `---yaml` and a `...` closing line', () => {
    expect(splitFrontMatter('---yaml\ntitle: A\n...\nBody', 'f.md').yaml).toBe('title: A');
  });

  it('refuses another front-matter language without running anything', () => {
    const split = splitFrontMatter('---coffee\ntitle: A\n---\n', 'f.md');
    expect(split.yaml).toBeUndefined();
    expect(split.problems.map((p) => [p.code, p.line, p.column])).toEqual([['lesson.front-matter-language', 1, 4]]);
  });

  it('strips front matter for word counts and diffs, and leaves text without any alone', () => {
    expect(stripFrontMatter('---\ntitle: A\n---\nBody')).toBe('Body');
    expect(stripFrontMatter('Body only')).toBe('Body only');
  });
});
