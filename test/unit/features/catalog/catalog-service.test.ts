import type { CatalogSnapshot } from '../../../../src/features/catalog';
import { browseCatalog, catalogUrl } from '../../../../src/features/catalog/catalog.service';
import { LANGUAGES } from '../../../../src/platform/i18n';
import { fixtureSnapshot } from './fixture-snapshot';

let snapshot: CatalogSnapshot;
beforeAll(async () => {
  snapshot = await fixtureSnapshot();
});

const browse = (language: string, query: Record<string, unknown>) =>
  browseCatalog(snapshot, language, query, LANGUAGES);

describe('browseCatalog', () => {
  it('no filter › every module as a card, pathways shown, languages to filter by in switcher order', () => {
    const page = browse('en', {});
    expect(page.cards.map((c) => c.id).sort()).toEqual(['quiet-streets-policy', 'street-noise']);
    expect(page.pathways.map((p) => [p.id, p.modules.map((m) => m.id)])).toEqual([
      ['noise-action-team', ['street-noise', 'quiet-streets-policy']],
    ]);
    expect(page.languages.map((l) => l.code)).toEqual(['en', 'el', 'eu']);
    expect(page.results).toBeNull();
  });

  it('Greek reader › card title from the Greek pack.yaml, hours written the Greek way, pathway title translated', () => {
    const page = browse('el', {});
    const card = page.cards.find((c) => c.id === 'street-noise');
    expect(card).toMatchObject({ title: 'Μέτρηση του θορύβου στους δρόμους', textLanguage: 'el', hoursText: '1 ώρα' });
    expect(page.cards.find((c) => c.id === 'quiet-streets-policy')).toMatchObject({
      title: 'Quiet streets policy',
      textLanguage: 'en',
    });
    expect(page.pathways[0]?.title).toBe('Ομάδα δράσης για τον θόρυβο');
  });

  it('languages of a card › source first as original, Greek complete, Basque partial', () => {
    const card = browse('en', {}).cards.find((c) => c.id === 'street-noise');
    expect(card?.languages.map((l) => [l.name, l.status])).toEqual([
      ['English', 'original'],
      ['Ελληνικά', 'complete'],
      ['Euskara', 'partial'],
    ]);
  });

  it('area and level filters combine; pathways hidden while filtering; each active filter removable alone', () => {
    const page = browse('en', { area: 'transversal', level: 'advanced' });
    expect(page.cards.map((c) => c.id)).toEqual(['quiet-streets-policy']);
    expect(page.pathways).toEqual([]);
    expect(page.active.map((f) => [f.field, f.removeUrl])).toEqual([
      ['area', '/modules?level=advanced'],
      ['level', '/modules?area=transversal'],
    ]);
    expect(browse('en', { area: 'iot', level: 'advanced' }).cards).toEqual([]);
  });

  it('language filter › only modules readable in it (partial translations count)', () => {
    expect(browse('en', { language: 'eu' }).cards.map((c) => c.id)).toEqual(['street-noise']);
    expect(browse('en', { language: 'eu' }).active[0]).toMatchObject({ label: 'Euskara' });
  });

  it('search in Greek without accents › the Greek lesson under its module', () => {
    const page = browse('el', { q: 'χαρτες θορυβου' });
    expect(page.results?.map((g) => [g.card.id, g.lessons.map((l) => [l.title, l.url])])).toEqual([
      ['street-noise', [['Χάρτες θορύβου', '/modules/street-noise/lessons/noise-maps']]],
    ]);
  });

  it('search with a filter that excludes the only hit › no results', () => {
    expect(browse('en', { q: 'decibels', area: 'ai' }).results).toEqual([]);
    expect(browse('en', { q: 'decibels' }).results?.[0]?.lessons.map((l) => l.id)).toEqual(['measuring-noise']);
  });

  it('catalogUrl › empty filters give the bare catalogue, others are encoded', () => {
    expect(catalogUrl({ area: null, level: null, language: null, q: '' })).toBe('/modules');
    expect(catalogUrl({ area: 'iot', level: null, language: 'el', q: 'α & β' })).toBe(
      '/modules?q=%CE%B1+%26+%CE%B2&area=iot&language=el',
    );
  });
});
