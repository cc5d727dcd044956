import { countWords } from '../../../../src/content/markdown';
import { renderBody } from './lesson-fixture';

describe('countWords', () => {
  it('counts English prose through markup', () => {
    expect(countWords('# Sensors\n\nSensors measure **temperature** and *humidity*.\n')).toBe(6);
  });

  it('counts Greek words with accents', () => {
    expect(countWords('Οι αισθητήρες μετρούν τη θερμοκρασία και την υγρασία.')).toBe(8);
  });

  it('counts Bulgarian Cyrillic words', () => {
    expect(countWords('Сензорите измерват температурата и влажността на въздуха.')).toBe(7);
  });

  it('counts Basque words', () => {
    expect(countWords('Sentsoreek tenperatura eta hezetasuna neurtzen dituzte.')).toBe(6);
  });

  it('counts hyphenated words, contractions and numbers as one word each', () => {
    expect(countWords("Low-power sensors don't need 230 V or 3.3 V.")).toBe(9);
  });

  it('ignores fenced code, indented code, inline code and quiz blocks', () => {
    const markdown = [
      'Read the value.',
      '',
      '```python',
      'value = sensor.read()',
      '```',
      '',
      '    indented code block here',
      '',
      'Then call `sensor.read()` twice.',
      '',
      '```quiz',
      '::q1:: How many sensors are there in the park? {#12}',
      '```',
    ].join('\n');

    expect(countWords(markdown)).toBe(6);
  });

  it('ignores URLs and raw HTML tags but counts link text and image alt text', () => {
    const markdown =
      'See [the ETSI page](https://www.etsi.org/) or <https://example.org/a/b> or https://example.org/x ' +
      'or write to team@example.org. <b>Bold</b> ![A gateway](../assets/g.png)';

    // See the ETSI page or or or write to Bold A gateway
    expect(countWords(markdown)).toBe(12);
  });

  it('counts admonition titles but not the kind', () => {
    expect(countWords(':::tip Try this\nCheck the wiring.\n:::\n')).toBe(5);
  });

  it('gives renderLesson the same count without parsing twice', () => {
    const markdown = '# Τίτλος\n\nΈνα κείμενο.\n\n```quiz\n::q:: Ερώτηση {T}\n```\n';

    expect(renderBody(markdown).words).toBe(countWords(markdown));
    expect(countWords(markdown)).toBe(3);
  });
});
