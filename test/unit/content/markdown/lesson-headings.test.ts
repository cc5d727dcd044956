import { renderBody } from './lesson-fixture';

describe('renderLesson › heading ids', () => {
  it('keeps Greek letters and accents, lowercased, and drops the Greek question mark', () => {
    const result = renderBody('## Τι είναι το Διαδίκτυο των Πραγμάτων;\n');

    expect(result.html).toBe(
      '<h2 id="τι-είναι-το-διαδίκτυο-των-πραγμάτων">Τι είναι το Διαδίκτυο των Πραγμάτων;</h2>\n',
    );
    expect(result.headings).toEqual([
      { id: 'τι-είναι-το-διαδίκτυο-των-πραγμάτων', text: 'Τι είναι το Διαδίκτυο των Πραγμάτων;', level: 2 },
    ]);
  });

  it('lowercases capital Greek with a final sigma', () => {
    const result = renderBody('### ΑΙΣΘΗΤΗΡΕΣ ΚΑΙ ΔΙΚΤΥΑ\n');

    expect(result.headings).toEqual([{ id: 'αισθητηρες-και-δικτυα', text: 'ΑΙΣΘΗΤΗΡΕΣ ΚΑΙ ΔΙΚΤΥΑ', level: 3 }]);
  });

  it('keeps Bulgarian Cyrillic letters', () => {
    const result = renderBody('## Какво е Интернет на нещата?\n');

    expect(result.headings).toEqual([
      { id: 'какво-е-интернет-на-нещата', text: 'Какво е Интернет на нещата?', level: 2 },
    ]);
  });

  it('keeps Basque letters and drops punctuation, code marks and emphasis', () => {
    const result = renderBody('## Sentsoreak *eta* `MQTT`: zer dira?\n');

    expect(result.html).toBe(
      '<h2 id="sentsoreak-eta-mqtt-zer-dira">Sentsoreak <em>eta</em> <code>MQTT</code>: zer dira?</h2>\n',
    );
    expect(result.headings[0]?.text).toBe('Sentsoreak eta MQTT: zer dira?');
  });

  it('numbers repeated headings -2, -3 and never reuses an id taken by another heading', () => {
    const result = renderBody('## Summary\n\n## Summary 2\n\n## Summary\n\n### Summary\n');

    expect(result.headings.map((heading) => heading.id)).toEqual(['summary', 'summary-2', 'summary-3', 'summary-4']);
  });

  it('gives a heading with no letters or digits a non-empty id', () => {
    const result = renderBody('## ???\n\n## !!!\n');

    expect(result.headings.map((heading) => heading.id)).toEqual(['section', 'section-2']);
  });

  it('records headings inside admonitions too, but not #### and deeper', () => {
    const result = renderBody(':::tip\n### Shortcut\n:::\n\n#### Fine print\n');

    expect(result.headings).toEqual([{ id: 'shortcut', text: 'Shortcut', level: 3 }]);
  });
});
