import type { RequestHandler } from 'express';
import { isValidId } from '../../content/manifest/fields';
import { SESSION_COOKIE } from '../../platform/http/session';
import { LANGUAGE_COOKIE } from '../../platform/http/language';
import { LANGUAGES, negotiateLanguage } from '../../platform/i18n';
import type { CatalogCache } from '../catalog/catalog-cache';
import { sendPage } from './lesson-render';
import type { PageCache } from './page-cache';

const LESSON_PATH = /^\/modules\/([a-z0-9-]+)\/lessons\/([a-z0-9-]+)$/;

/** One cookie's value from the raw header (cookie-parser has not run yet where this is mounted). */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * The fast path of anonymous lesson pages, for `buildApp` to mount before cookies, body parsing, sessions and
 * passport: a visitor with no session cookie asking for a lesson page already in the cache gets it straight away,
 * with the language chosen exactly as `languageMiddleware` would. Everything else — a miss, a session cookie (a
 * learner, or a visitor who opened a form), `?lang=` (which sets a cookie) — goes on to the normal route, which
 * renders the page and fills the same cache.
 */
export function cachedLessonPages(deps: { catalog: CatalogCache; pages: PageCache }): RequestHandler {
  return (req, res, next) => {
    const match = req.method === 'GET' || req.method === 'HEAD' ? LESSON_PATH.exec(req.path) : null;
    const cookies = req.headers.cookie;
    if (!match || cookieValue(cookies, SESSION_COOKIE) !== undefined || req.query.lang !== undefined) {
      next();
      return;
    }
    const [, packId = '', lessonId = ''] = match;
    const { language } = negotiateLanguage({
      query: undefined,
      profile: undefined,
      cookie: cookieValue(cookies, LANGUAGE_COOKIE),
      acceptLanguage: req.acceptsLanguages(...LANGUAGES),
    });
    const key = { packId, lessonId, language, source: req.query.source === '1' };
    const page =
      isValidId(packId) && isValidId(lessonId) ? deps.pages.get(deps.catalog.current().revision, key) : undefined;
    if (page === undefined) {
      next();
      return;
    }
    res.vary('Accept-Language');
    sendPage(res, page);
  };
}
