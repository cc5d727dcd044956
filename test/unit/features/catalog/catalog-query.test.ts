import { parseCatalogQuery } from '../../../../src/features/catalog/catalog.schemas';

const languages = new Set(['en', 'el', 'eu']);

describe('parseCatalogQuery', () => {
  it('known area, level, language and a trimmed search › all kept, nothing ignored', () => {
    const parsed = parseCatalogQuery({ area: 'iot', level: 'beginner', language: 'el', q: '  noise  ' }, languages);
    expect(parsed).toEqual({ filters: { area: 'iot', level: 'beginner', language: 'el', q: 'noise' }, ignored: [] });
  });

  it('empty values from the form’s “all” options › no filter and nothing reported', () => {
    const parsed = parseCatalogQuery({ area: '', level: '', language: '', q: '   ' }, languages);
    expect(parsed).toEqual({ filters: { area: null, level: null, language: null, q: '' }, ignored: [] });
  });

  it('unknown area, unknown level, a language no module is in › each left out and reported with its value', () => {
    const parsed = parseCatalogQuery({ area: 'energy', level: 'expert', language: 'fr' }, languages);
    expect(parsed.filters).toEqual({ area: null, level: null, language: null, q: '' });
    expect(parsed.ignored).toEqual([
      { field: 'area', value: 'energy' },
      { field: 'level', value: 'expert' },
      { field: 'language', value: 'fr' },
    ]);
  });

  it('a repeated field, an operator object and an over-long search › ignored, never passed on', () => {
    const parsed = parseCatalogQuery({ area: ['iot', 'ai'], level: { $ne: 'x' }, q: 'a'.repeat(201) }, languages);
    expect(parsed.filters).toEqual({ area: null, level: null, language: null, q: '' });
    expect(parsed.ignored.map((i) => i.field)).toEqual(['area', 'level', 'q']);
    expect(parsed.ignored[0]?.value).toBe('iot, ai');
    expect(parsed.ignored[2]?.value).toHaveLength(41);
  });

  it('a search of exactly 200 characters › kept', () => {
    expect(parseCatalogQuery({ q: 'b'.repeat(200) }, languages).filters.q).toHaveLength(200);
  });
});
