import request from 'supertest';
import { userModel } from '../../../src/features/accounts';
import { useTestDatabase } from '../../support/database';
import { cookiesOf, createTestApp, htmlLang, registerLearner, tokenFrom } from '../../helpers/test-app';

useTestDatabase();

describe('interface language', () => {
  it('GET / › no signal › English', async () => {
    const res = await request(createTestApp()).get('/').expect(200);
    expect(htmlLang(res.text)).toBe('en');
    expect(res.text).toContain('Learn the skills smart cities need');
  });

  it('GET / › Accept-Language Bulgarian › Bulgarian page', async () => {
    const res = await request(createTestApp()).get('/').set('Accept-Language', 'bg-BG,bg;q=0.9,en;q=0.5').expect(200);
    expect(htmlLang(res.text)).toBe('bg');
    expect(res.text).toContain('Научете уменията');
  });

  it('GET /?lang=eu › Basque page, and the cookie keeps it on the next page over Accept-Language', async () => {
    const agent = request.agent(createTestApp());
    const first = await agent.get('/?lang=eu').set('Accept-Language', 'es').expect(200);
    expect(htmlLang(first.text)).toBe('eu');
    expect(cookiesOf(first)).toContain('tessera.lang=eu');

    const next = await agent.get('/login').set('Accept-Language', 'es').expect(200);
    expect(htmlLang(next.text)).toBe('eu');
    expect(next.text).toContain('Hasi saioa');
  });

  it('GET /?lang=xx (unsupported) › ignored, falls back to the browser language', async () => {
    const res = await request(createTestApp()).get('/?lang=xx').set('Accept-Language', 'it').expect(200);
    expect(htmlLang(res.text)).toBe('it');
  });

  it('language switcher › every language listed by its own name, current one selected, works as a plain GET form', async () => {
    const res = await request(createTestApp()).get('/login?lang=el').expect(200);
    for (const name of ['English', 'Ελληνικά', 'Español', 'Italiano', 'Български', 'Euskara'])
      expect(res.text).toContain(name);
    expect(res.text).toContain('<option value="el" lang="el" selected>');
    expect(res.text).toMatch(/<form method="get" action="\/login" class="language-switcher">/);
  });

  it('language switcher › keeps the other parameters of the page (filters, search), never lang itself', async () => {
    const res = await request(createTestApp()).get('/modules?area=iot&q=sensor&lang=el').expect(200);
    const form =
      /<form method="get" action="\/modules" class="language-switcher">[\s\S]*?<\/form>/.exec(res.text)?.[0] ?? '';
    expect(form).toContain('<input type="hidden" name="area" value="iot">');
    expect(form).toContain('<input type="hidden" name="q" value="sensor">');
    expect(form).not.toContain('type="hidden" name="lang"');
  });

  it('logged in › ?lang=es is saved in the profile and wins over the cookie on a new device', async () => {
    const app = createTestApp();
    const agent = await registerLearner(app, { email: 'maria@example.org' });
    await agent.get('/?lang=es').expect(200);
    expect((await userModel().findOne({ email: 'maria@example.org' }).lean())?.language).toBe('es');

    const other = request.agent(app);
    const token = await tokenFrom(other, '/login?lang=it');
    const login = await other
      .post('/login')
      .type('form')
      .send({ _csrf: token, email: 'maria@example.org', password: 'correct horse battery' });
    expect(login.status).toBe(303);
    const home = await other.get('/').expect(200);
    expect(htmlLang(home.text)).toBe('es');
    expect(home.text).toContain('Aprenda las competencias');
  });

  it('POST /account › change language › profile and page follow', async () => {
    const app = createTestApp();
    const agent = await registerLearner(app, { name: 'Ana', email: 'ana@example.org' });
    const token = await tokenFrom(agent, '/account');
    await agent.post('/account').type('form').send({ _csrf: token, name: 'Ana María', language: 'bg' }).expect(303);

    const page = await agent.get('/account?saved=1').expect(200);
    expect(htmlLang(page.text)).toBe('bg');
    expect(page.text).toContain('Ana María');
    expect((await userModel().findOne({ email: 'ana@example.org' }).lean())?.language).toBe('bg');
  });
});

describe('errors and health', () => {
  it('unknown route › 404 page in the visitor language, no stack trace', async () => {
    const res = await request(createTestApp()).get('/no/such/page').set('Accept-Language', 'el').expect(404);
    expect(htmlLang(res.text)).toBe('el');
    expect(res.text).toContain('Η σελίδα δεν βρέθηκε');
    expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('unknown route asked as JSON › JSON error with a stable code', async () => {
    const res = await request(createTestApp()).get('/no/such/page').set('Accept', 'application/json').expect(404);
    expect(res.body).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('could not find') as string, fields: {} },
    });
  });

  it('GET /healthz and /readyz › up, with the database reachable', async () => {
    const app = createTestApp();
    expect((await request(app).get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
    expect((await request(app).get('/readyz').expect(200)).body).toEqual({ status: 'ready', database: 'up' });
  });

  it('every response › request id and a nonce-based CSP without unsafe-inline scripts', async () => {
    const res = await request(createTestApp()).get('/').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('anonymous reader › no session cookie is set', async () => {
    const res = await request(createTestApp()).get('/').expect(200);
    expect(cookiesOf(res)).not.toContain('tessera.sid');
  });
});
