import { problemList, renderBody } from './lesson-fixture';

describe('renderLesson › problems', () => {
  it('reports every problem at its file line and column when the body starts after front matter', () => {
    const body = [
      '# Intro', //                                   file line 5
      '',
      'Sensors measure the world. See', //            7
      '[the missing lesson](notes.md) for more.', //  8
      '',
      '![](../assets/loop.png)', //                   10
      '',
      '- First item with <span>raw</span> HTML', //   12
      '',
      '> Quote with [bad](javascript:void(0))', //    14
      '',
      '| Part | Link |',
      '| --- | --- |',
      '| Gateway | [sheet](datasheet.pdf) |', //      18
      '',
      ':::danger', //                                 20
      'Mind the voltage.',
      ':::',
      '',
      ':::tip', //                                    24
      'Never closed.',
      '',
    ].join('\n');

    const result = renderBody(body, { firstLine: 5 });

    expect(problemList(result)).toEqual([
      '8:1 error link.missing',
      '10:1 error image.missing-alt',
      '12:19 warning lesson.raw-html',
      '14:14 warning link.unsafe-scheme',
      '18:13 error link.missing',
      '20:1 error lesson.unknown-admonition',
      '24:1 error lesson.unclosed-admonition',
    ]);
    expect(result.problems.every((p) => p.file === 'lessons/01-intro.md')).toBe(true);
    expect(result.asked.map((target) => [target.href, target.line])).toEqual([
      ['notes.md', 8],
      ['../assets/loop.png', 10],
      ['datasheet.pdf', 18],
    ]);
  });

  it('counts lines the same with CRLF line endings', () => {
    const result = renderBody('Intro\r\n\r\nText\r\n![](../assets/a.png)\r\n', { firstLine: 4 });

    expect(problemList(result)).toEqual(['7:1 error image.missing-alt']);
  });

  it('tells the trainer how to fix a missing alt text', () => {
    const result = renderBody('![](../assets/sensor-loop.png)\n');

    expect(result.problems[0]?.message).toBe(
      'The image "../assets/sensor-loop.png" has no alt text: describe what it shows in ![...], ' +
        'or give it the title "decorative" if it only decorates.',
    );
    expect(result.html).toBe('<p><img src="/modules/iot/assets/sensor-loop.png" alt="" loading="lazy" /></p>\n');
  });

  it('treats an alt text of spaces as missing', () => {
    const result = renderBody('![  ](../assets/a.png "A photo")\n');

    expect(problemList(result)).toEqual(['1:1 error image.missing-alt']);
  });

  it('renders a broken link as its text only and an unresolved image as its alt text', () => {
    const result = renderBody('See [the notes](notes.md) and ![a wiring diagram](wiring.png).\n');

    expect(result.html).toBe('<p>See the notes and a wiring diagram.</p>\n');
    expect(problemList(result)).toEqual(['1:5 error link.missing', '1:31 error link.missing']);
  });

  it('names the unknown admonition kind and the four that exist', () => {
    const result = renderBody('Intro.\n\n:::danger High voltage\nKeep out.\n:::\n');

    expect(result.problems).toEqual([
      {
        file: 'lessons/01-intro.md',
        line: 3,
        column: 1,
        code: 'lesson.unknown-admonition',
        message: 'Unknown admonition kind "danger": use note, tip, warning or important.',
        severity: 'error',
      },
    ]);
    expect(result.html).toBe('<p>Intro.</p>\n<p>Keep out.</p>\n');
  });

  it('reports an unclosed box and explains how to close or nest it', () => {
    const result = renderBody(':::note\nText that never ends.\n');

    expect(result.problems[0]?.message).toBe(
      'The :::note box opened here is never closed: end it with a line ":::" ' +
        '(to put a box inside another, give the outer one more colons, such as "::::note").',
    );
    expect(problemList(result)).toEqual(['1:1 error lesson.unclosed-admonition']);
  });

  it('reports the inner box as unclosed when two boxes share the same number of colons', () => {
    const result = renderBody(':::note\nOuter.\n:::tip\nInner.\n:::\n:::\n');

    expect(problemList(result)).toEqual(['3:1 error lesson.unclosed-admonition']);
  });

  it('reports a box left open inside a list item even when a box around the list is closed', () => {
    const result = renderBody('::::note\n- Item\n\n  :::tip\n  Inside the item.\n::::\n');

    expect(problemList(result)).toEqual(['4:3 error lesson.unclosed-admonition']);
  });

  it('accepts boxes closed inside block quotes and list items', () => {
    const result = renderBody('> :::tip\n> Quoted box.\n> :::\n\n- :::note\n  Listed box.\n  :::\n');

    expect(result.problems).toEqual([]);
    expect(result.html).toContain(
      '<blockquote>\n<aside class="admonition admonition-tip" role="note" aria-label="Tip">',
    );
  });

  it('warns once per line about raw HTML, with its column', () => {
    const result = renderBody('Press <kbd>Ctrl</kbd> and <kbd>C</kbd>.\nThen <br> again.\n');

    expect(problemList(result)).toEqual(['1:7 warning lesson.raw-html', '2:6 warning lesson.raw-html']);
  });

  it('does not take comparisons or code for raw HTML', () => {
    const result = renderBody('If 3 < 5 and `<div>` is code:\n\n```html\n<div>x</div>\n```\n');

    expect(result.problems).toEqual([]);
  });
});
