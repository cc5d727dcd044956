import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { LANGUAGES, negotiateLanguage, type I18n, type Language } from '../i18n';

/** Cookie that remembers the chosen interface language for a year. */
export const LANGUAGE_COOKIE = 'tessera.lang';

const cookies = z.object({ [LANGUAGE_COOKIE]: z.string().max(10).optional() });

/** Saves a signed-in person's language choice; supplied by the accounts feature. */
export type SaveLanguage = (req: Request, language: Language) => Promise<void>;

/**
 * Picks the interface language (?lang, profile, cookie, Accept-Language, English), puts the
 * translator on req and res.locals, and remembers an explicit choice in the cookie and profile.
 */
export function languageMiddleware(options: {
  i18n: I18n;
  secure: boolean;
  saveLanguage: SaveLanguage;
}): RequestHandler {
  return (req, res, next) => {
    const { language, chosen } = negotiateLanguage({
      query: req.query.lang,
      profile: req.user?.language,
      cookie: cookies.safeParse(req.cookies).data?.[LANGUAGE_COOKIE],
      acceptLanguage: req.acceptsLanguages(...LANGUAGES),
    });
    setLanguage(req, res, options.i18n, language);
    res.vary('Accept-Language');
    if (!chosen) {
      next();
      return;
    }
    res.cookie(LANGUAGE_COOKIE, language, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secure,
      maxAge: 365 * 24 * 3600 * 1000,
    });
    if (req.user && req.user.language !== language) {
      options.saveLanguage(req, language).then(() => {
        next();
      }, next);
      return;
    }
    next();
  };
}

/** Sets the request's language and translator (also used after login to adopt the profile language). */
export function setLanguage(req: Request, res: Response, i18n: I18n, language: Language): void {
  req.language = language;
  req.t = i18n.translator(language);
  res.locals.lang = language;
  res.locals.t = req.t;
}
