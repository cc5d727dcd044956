import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { fromRoot } from '../paths';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages';

/** Translator bound to one language; keys are `namespace:key`. */
export type Translate = TFunction;

/** Reads src/locales/<lang>/<namespace>.json for every language. */
function loadResources(dir: string): Resource {
  const resources: Resource = {};
  for (const lang of LANGUAGES) {
    const langDir = join(dir, lang);
    const namespaces: Record<string, unknown> = {};
    for (const file of readdirSync(langDir).filter((f) => f.endsWith('.json'))) {
      namespaces[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(langDir, file), 'utf8')) as unknown;
    }
    resources[lang] = namespaces as Resource[string];
  }
  return resources;
}

/** Interface strings for all six languages, loaded once (synchronously) at start-up. */
export interface I18n {
  readonly instance: i18n;
  translator(lang: Language): Translate;
}

/** Creates an isolated i18next instance (no global state, so tests and processes don't share one). */
export function createI18n(localesDir: string = fromRoot('src', 'locales')): I18n {
  const resources = loadResources(localesDir);
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? {}),
    defaultNS: 'common',
    initAsync: false,
    // EJS escapes on output (<%= %>); escaping here too would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  const cache = new Map<Language, Translate>();
  return {
    instance,
    translator(lang: Language): Translate {
      let t = cache.get(lang);
      if (t === undefined) {
        t = instance.getFixedT(lang);
        cache.set(lang, t);
      }
      return t;
    },
  };
}
