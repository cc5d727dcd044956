import { asLanguage, DEFAULT_LANGUAGE, type Language } from './languages';

/** What the request says about language, in the order of precedence. */
export interface LanguageSignals {
  query: unknown;
  profile: unknown;
  cookie: unknown;
  /** Best match of Accept-Language among supported languages, if any. */
  acceptLanguage: string | false | undefined;
}

/** Explicit choice (?lang) beats the profile, the cookie, the browser, then English. */
export function negotiateLanguage(signals: LanguageSignals): { language: Language; chosen: boolean } {
  const fromQuery = asLanguage(signals.query);
  if (fromQuery) return { language: fromQuery, chosen: true };
  const language =
    asLanguage(signals.profile) ??
    asLanguage(signals.cookie) ??
    asLanguage(signals.acceptLanguage === false ? undefined : signals.acceptLanguage) ??
    DEFAULT_LANGUAGE;
  return { language, chosen: false };
}
