import express, { type Express } from 'express';
import request from 'supertest';
import type { CatalogCache } from '../../../../src/features/catalog';
import { PageCache } from '../../../../src/features/learning/page-cache';
import { cachedLessonPages } from '../../../../src/features/learning/page-cache.middleware';
import { staticPageHeaders } from '../../../../src/platform/http/security';

const LESSON = '/modules/iot-basics/lessons/what-is-iot';

/** The fast path in front of a stand-in for the rest of the app, which says it was reached. */
function appWith(pages: PageCache, revision = 1): Express {
  const catalog = { current: () => ({ revision }) } as unknown as CatalogCache;
  const app = express();
  app.use(cachedLessonPages({ catalog, pages, headers: staticPageHeaders({ upgradeInsecure: false }) }));
  app.use((_req, res) => {
    res.status(299).send('normal route');
  });
  return app;
}

function cached(): PageCache {
  const pages = new PageCache();
  const key = { packId: 'iot-basics', lessonId: 'what-is-iot', source: false };
  pages.set(1, { ...key, language: 'en' }, '<p>English page</p>');
  pages.set(1, { ...key, language: 'el' }, '<p>Greek page</p>');
  pages.set(1, { ...key, language: 'el', source: true }, '<p>Greek page, source text</p>');
  return pages;
}

describe('cachedLessonPages (anonymous fast path)', () => {
  it('serves a cached page to a visitor without a session, in the language the browser asks for', async () => {
    const app = appWith(cached());

    const english = await request(app).get(LESSON).expect(200);
    const greek = await request(app).get(LESSON).set('Accept-Language', 'el-GR,el;q=0.9').expect(200);
    const source = await request(app).get(`${LESSON}?source=1`).set('Accept-Language', 'el').expect(200);

    expect(english.text).toBe('<p>English page</p>');
    expect(english.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(english.headers.vary).toBe('Accept-Language');
    expect(english.headers.etag).toMatch(/^W\//);
    // The same security policy as every other page, without a nonce (the page has no script).
    expect(english.headers['content-security-policy']).toContain("script-src 'self';");
    expect(english.headers['content-security-policy']).not.toContain('nonce');
    expect(english.headers['x-content-type-options']).toBe('nosniff');
    expect(english.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(greek.text).toBe('<p>Greek page</p>');
    expect(source.text).toBe('<p>Greek page, source text</p>');
  });

  it('a browser with the current copy gets 304 and no body; HEAD gets the headers only', async () => {
    const app = appWith(cached());
    const first = await request(app).get(LESSON).expect(200);

    const again = await request(app).get(LESSON).set('If-None-Match', String(first.headers.etag)).expect(304);
    const head = await request(app).head(LESSON).expect(200);

    expect(again.text).toBe('');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength('<p>English page</p>')));
  });

  it('the language cookie beats Accept-Language, as in languageMiddleware', async () => {
    const res = await request(appWith(cached()))
      .get(LESSON)
      .set('Cookie', 'other=1; tessera.lang=el')
      .set('Accept-Language', 'en')
      .expect(200);

    expect(res.text).toBe('<p>Greek page</p>');
  });

  it.each([
    ['a session cookie (a learner, or a visitor who opened a form)', { Cookie: 'tessera.sid=s%3Aabc' }, LESSON],
    ['?lang= (an explicit choice, which sets a cookie)', {}, `${LESSON}?lang=el`],
    ['a page not cached yet', {}, '/modules/iot-basics/lessons/sensors'],
    ['a language not cached yet', { 'Accept-Language': 'bg' }, LESSON],
    ['a path that is not a lesson', {}, '/modules/iot-basics'],
    ['an id that is not kebab-case', {}, '/modules/iot--basics/lessons/what-is-iot'],
  ])('goes on to the normal route for %s', async (_why, headers: Record<string, string>, path) => {
    const res = await request(appWith(cached())).get(path).set(headers);

    expect(res.status).toBe(299);
  });

  it('goes on to the normal route for a POST and after a publish (another revision)', async () => {
    expect((await request(appWith(cached())).post(LESSON)).status).toBe(299);
    expect((await request(appWith(cached(), 2)).get(LESSON)).status).toBe(299);
  });
});
