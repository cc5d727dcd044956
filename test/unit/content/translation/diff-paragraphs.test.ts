import { diffParagraphs, paragraphs } from '../../../../src/content/translation/diff-paragraphs';

const lesson = (...body: string[]) => `---\ntitle: T\nsource: abc\n---\n\n${body.join('\n\n')}\n`;

describe('diffParagraphs', () => {
  it('reports unchanged paragraphs as same, in order', () => {
    expect(diffParagraphs(lesson('A.', 'B.'), lesson('A.', 'B.'))).toEqual([
      { kind: 'same', before: 'A.', after: 'A.' },
      { kind: 'same', before: 'B.', after: 'B.' },
    ]);
  });

  it('pairs a removed paragraph followed by an added one into a change', () => {
    expect(diffParagraphs(lesson('A.', 'B.', 'C.'), lesson('A.', 'B, now longer.', 'C.'))).toEqual([
      { kind: 'same', before: 'A.', after: 'A.' },
      { kind: 'changed', before: 'B.', after: 'B, now longer.' },
      { kind: 'same', before: 'C.', after: 'C.' },
    ]);
  });

  it('reports pure additions and removals, and leftovers of an uneven pairing', () => {
    expect(diffParagraphs(lesson('A.', 'C.'), lesson('A.', 'B.', 'C.'))).toEqual([
      { kind: 'same', before: 'A.', after: 'A.' },
      { kind: 'added', after: 'B.' },
      { kind: 'same', before: 'C.', after: 'C.' },
    ]);
    expect(diffParagraphs(lesson('A.', 'B1.', 'B2.', 'C.'), lesson('A.', 'X.', 'C.'))).toEqual([
      { kind: 'same', before: 'A.', after: 'A.' },
      { kind: 'changed', before: 'B1.', after: 'X.' },
      { kind: 'removed', before: 'B2.' },
      { kind: 'same', before: 'C.', after: 'C.' },
    ]);
  });

  it('ignores front matter, line endings and trailing spaces', () => {
    const before = '---\ntitle: Old\n---\n\nA.\n\nB.\n';
    const after = '---\r\ntitle: New\r\n---\r\n\r\nA.  \r\n\r\nB.\r\n';
    expect(diffParagraphs(before, after).every((c) => c.kind === 'same')).toBe(true);
  });
});

describe('paragraphs', () => {
  it('splits at blank lines, also lines holding only spaces, and keeps lines of one paragraph together', () => {
    expect(paragraphs('# Title\n\nLine one\nline two\n   \n- item\n- item\n')).toEqual([
      '# Title',
      'Line one\nline two',
      '- item\n- item',
    ]);
  });
});
