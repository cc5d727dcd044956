import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, negotiateLanguage } from '../../../../src/platform/i18n';

const dir = join(__dirname, '..', '..', '..', '..', 'src', 'locales');

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (typeof child === 'string') out.set(prefix + key, child);
    else for (const [k, v] of flatten(child, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function strings(lang: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    for (const [k, v] of flatten(JSON.parse(readFileSync(join(dir, lang, file), 'utf8')))) all.set(`${ns}:${k}`, v);
  }
  return all;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  const english = strings('en');

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every English key, no extra key, and the same placeholders',
    (lang) => {
      const other = strings(lang);
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        expect({ key, placeholders: placeholders(other.get(key) ?? '') }).toEqual({
          key,
          placeholders: placeholders(text),
        });
        expect({ key, empty: (other.get(key) ?? '').trim() === '' }).toEqual({ key, empty: false });
      }
    },
  );
});

describe('negotiateLanguage', () => {
  const none = { query: undefined, profile: undefined, cookie: undefined, acceptLanguage: false as const };
  it('query beats profile, cookie and browser; marks it as a choice', () => {
    expect(negotiateLanguage({ query: 'eu', profile: 'el', cookie: 'bg', acceptLanguage: 'it' })).toEqual({
      language: 'eu',
      chosen: true,
    });
  });
  it('profile beats cookie and browser', () => {
    expect(negotiateLanguage({ ...none, profile: 'el', cookie: 'bg', acceptLanguage: 'it' }).language).toBe('el');
  });
  it('cookie beats browser', () => {
    expect(negotiateLanguage({ ...none, cookie: 'bg', acceptLanguage: 'it' }).language).toBe('bg');
  });
  it('unsupported values are skipped, English last', () => {
    expect(negotiateLanguage({ query: 'fr', profile: 'de', cookie: '<script>', acceptLanguage: false })).toEqual({
      language: 'en',
      chosen: false,
    });
  });
});
