import { problemList, renderBody } from './lesson-fixture';

const QUIZ_ONE = '::sensor-role:: Which device measures? {\n  =A sensor\n  ~An actuator\n}\n';
const QUIZ_TWO = '::mqtt-port:: The default MQTT port is {#1883}\n';

describe('renderLesson › quiz blocks', () => {
  it('splits the lesson at each quiz fence, in order, with the first line inside each fence', () => {
    const body = `# Sensors\n\nRead this.\n\n\`\`\`quiz\n${QUIZ_ONE}\`\`\`\n\nMore text.\n\n\`\`\`quiz\n${QUIZ_TWO}\`\`\`\n`;

    const result = renderBody(body, { firstLine: 6 });

    expect(result.segments).toEqual([
      { kind: 'html', html: '<h1 id="sensors">Sensors</h1>\n<p>Read this.</p>\n' },
      { kind: 'quiz', index: 0 },
      { kind: 'html', html: '<p>More text.</p>\n' },
      { kind: 'quiz', index: 1 },
    ]);
    expect(result.quizBlocks).toEqual([
      { index: 0, body: QUIZ_ONE, firstLine: 11 },
      { index: 1, body: QUIZ_TWO, firstLine: 20 },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('never puts quiz answers into the HTML', () => {
    const result = renderBody(`Intro.\n\n\`\`\`quiz\n${QUIZ_ONE}\`\`\`\n`);

    expect(result.html).toBe('<p>Intro.</p>\n');
    expect(result.html).not.toContain('sensor');
  });

  it('starts with the quiz when the lesson does, without an empty HTML segment', () => {
    const result = renderBody(`~~~quiz\n${QUIZ_TWO}~~~\nAfter.\n`);

    expect(result.segments).toEqual([
      { kind: 'quiz', index: 0 },
      { kind: 'html', html: '<p>After.</p>\n' },
    ]);
    expect(result.quizBlocks).toEqual([{ index: 0, body: QUIZ_TWO, firstLine: 2 }]);
  });

  it('keeps heading ids unique across segments', () => {
    const result = renderBody(`## Practice\n\n\`\`\`quiz\n${QUIZ_TWO}\`\`\`\n\n## Practice\n`);

    expect(result.segments[2]).toEqual({ kind: 'html', html: '<h2 id="practice-2">Practice</h2>\n' });
    expect(result.headings.map((heading) => heading.id)).toEqual(['practice', 'practice-2']);
  });

  it.each([
    ['a list item', `- Step one\n\n  \`\`\`quiz\n  ${QUIZ_TWO}  \`\`\`\n`, '3:3'],
    ['a block quote', `> \`\`\`quiz\n> ${QUIZ_TWO}> \`\`\`\n`, '1:3'],
    ['an admonition', `:::tip\n\`\`\`quiz\n${QUIZ_TWO}\`\`\`\n:::\n`, '2:1'],
  ])('reports a quiz nested in %s, and neither renders nor collects it', (_where, body, spot) => {
    const result = renderBody(body, { firstLine: 1 });

    expect(problemList(result)).toEqual([`${spot} error lesson.nested-quiz`]);
    expect(result.quizBlocks).toEqual([]);
    expect(result.segments.some((segment) => segment.kind === 'quiz')).toBe(false);
    expect(result.html).not.toContain('1883');
  });

  it('explains what to do with a nested quiz', () => {
    const result = renderBody(`- Item\n\n  \`\`\`quiz\n  ${QUIZ_TWO}  \`\`\`\n`);

    expect(result.problems[0]?.message).toBe(
      'A quiz block must stand on its own, not inside a list, block quote or admonition: move it out and ' +
        'start its fence at the beginning of a line.',
    );
  });

  it('warns when a quiz fence is never closed, yet still collects it', () => {
    const result = renderBody(`Intro.\n\n\`\`\`quiz\n${QUIZ_TWO}`, { firstLine: 3 });

    expect(problemList(result)).toEqual(['5:1 warning lesson.unclosed-quiz']);
    expect(result.quizBlocks).toEqual([{ index: 0, body: QUIZ_TWO, firstLine: 6 }]);
  });

  it('renders a fence whose info string only starts like quiz as code', () => {
    const result = renderBody('```quizzes\nnot a quiz\n```\n');

    expect(result.html).toBe('<pre><code class="language-quizzes">not a quiz\n</code></pre>\n');
    expect(result.quizBlocks).toEqual([]);
  });
});
