/** The six interface languages, with their names written in themselves (for the switcher). */
export const LANGUAGES = ['en', 'el', 'es', 'it', 'bg', 'eu'] as const;

/** One of the interface languages. */
export type Language = (typeof LANGUAGES)[number];

/** Default language when nothing else says which. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Native names, shown in the language switcher whatever the current language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  el: 'Ελληνικά',
  es: 'Español',
  it: 'Italiano',
  bg: 'Български',
  eu: 'Euskara',
};

/** Narrows any string to a Language, or undefined. */
export function asLanguage(value: unknown): Language | undefined {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
    ? (value as Language)
    : undefined;
}
