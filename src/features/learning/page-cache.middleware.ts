import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { isValidId } from '../../content/manifest/fields';
import { SESSION_COOKIE } from '../../platform/http/session';
import { LANGUAGE_COOKIE } from '../../platform/http/language';
import { LANGUAGES, negotiateLanguage } from '../../platform/i18n';
import type { CatalogCache } from '../catalog/catalog-cache';
import type { CachedPage, PageCache } from './page-cache';

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

/** Writes a cached page with Node's own response API: headers computed once, 304 when the copy is current. */
function writeCached(
  req: IncomingMessage,
  res: ServerResponse,
  page: CachedPage,
  headers: Readonly<Record<string, string>>,
): void {
  const common = { ...headers, ETag: page.etag, Vary: 'Accept-Language' };
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, common).end();
    return;
  }
  res.writeHead(200, { ...common, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.body.length });
  res.end(req.method === 'HEAD' ? undefined : page.body);
}

/**
 * The fast path of anonymous lesson pages, for `buildApp` to mount first of all — before request logging,
 * per-response security headers (`headers` holds the same policy, computed once), cookies, body parsing, sessions
 * and passport: a visitor with no session cookie asking for a lesson page already in the cache gets it straight away,
 * with the language chosen exactly as `languageMiddleware` would. Everything else — a miss, a session cookie (a
 * learner, or a visitor who opened a form), `?lang=` (which sets a cookie) — goes on to the normal route, which
 * renders the page and fills the same cache.
 */
export function cachedLessonPages(deps: {
  catalog: CatalogCache;
  pages: PageCache;
  headers: Readonly<Record<string, string>>;
}): RequestHandler {
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
    writeCached(req, res, page, deps.headers);
  };
}
