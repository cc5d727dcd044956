import type { Request, RequestHandler } from 'express';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n';

const switcherLanguages = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));

/** Values every template may use; computed lazily where they cost something (the CSRF token). */
export function viewLocals(options: {
  tokenFor: (req: Request) => string;
  assetUrl: (path: string) => string;
}): RequestHandler {
  return (req, res, next) => {
    res.locals.user = req.user ?? null;
    res.locals.languages = switcherLanguages;
    res.locals.currentPath = req.path;
    // The language switcher is a GET form: it carries the page's other parameters (filters, search).
    res.locals.keptQuery = Object.entries(req.query).flatMap(([name, value]) =>
      name !== 'lang' && typeof value === 'string' && value.length <= 200 ? [{ name, value }] : [],
    );
    res.locals.asset = options.assetUrl;
    // A function, so only pages that render a form create a session to hold the token.
    res.locals.csrfToken = () => options.tokenFor(req);
    res.locals.title = '';
    next();
  };
}
