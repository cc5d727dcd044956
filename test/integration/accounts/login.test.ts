import request from 'supertest';
import { SESSION_COOKIE } from '../../../src/platform/http/session';
import { useTestDatabase } from '../../support/database';
import { cookiesOf, createTestApp, registerLearner, tokenFrom, type Agent } from '../../helpers/test-app';

useTestDatabase();

const password = 'correct horse battery';

async function postLogin(agent: Agent, email: string, pass: string) {
  const token = await tokenFrom(agent, '/login');
  return agent.post('/login').type('form').send({ _csrf: token, email, password: pass });
}

describe('login and logout', () => {
  it('POST /login › right password › session cookie changes (regenerated), name in header, back to `next`', async () => {
    const app = createTestApp();
    await registerLearner(app, { name: 'Jon Ander', email: 'jon@example.org', password });
    const agent = request.agent(app);
    const page = await agent.get('/login?next=/account').expect(200);
    const before = cookiesOf(page);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';

    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: token, email: 'JON@example.org', password, next: '/account' })
      .expect(303);

    expect(res.headers.location).toBe('/account');
    const after = cookiesOf(res);
    expect(after).toContain(SESSION_COOKIE);
    expect(after).not.toBe(before);
    expect(after).toMatch(/HttpOnly/i);
    expect(after).toMatch(/SameSite=Lax/i);
    const account = await agent.get('/account').expect(200);
    expect(account.text).toContain('Jon Ander');
  });

  it('POST /login › wrong password and unknown email › the same message, 401, not logged in', async () => {
    const app = createTestApp();
    await registerLearner(app, { email: 'jon@example.org', password });

    const wrong = await postLogin(request.agent(app), 'jon@example.org', 'not the password');
    const unknown = await postLogin(request.agent(app), 'nobody@example.org', 'not the password');

    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = 'The email address or the password is not correct.';
    expect(wrong.text).toContain(message);
    expect(unknown.text).toContain(message);
    expect(wrong.text).toContain('value="jon@example.org"');
    const agent = request.agent(app);
    await postLogin(agent, 'jon@example.org', 'not the password');
    const home = await agent.get('/').expect(200);
    expect(home.text).not.toContain('action="/logout"');
  });

  it('POST /login › open redirect in `next` › goes home instead', async () => {
    const app = createTestApp();
    await registerLearner(app, { email: 'jon@example.org', password });
    const agent = request.agent(app);
    const token = await tokenFrom(agent, '/login');

    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: token, email: 'jon@example.org', password, next: '//evil.example/' });

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
  });

  it('POST /login › too many failures for one account › 429 even with the right password', async () => {
    const app = createTestApp({ LOGIN_LIMIT_PER_ACCOUNT: '2' });
    await registerLearner(app, { email: 'jon@example.org', password });
    const agent = request.agent(app);

    expect((await postLogin(agent, 'jon@example.org', 'wrong one')).status).toBe(401);
    expect((await postLogin(agent, 'jon@example.org', 'wrong two')).status).toBe(401);
    const blocked = await postLogin(agent, 'jon@example.org', password);

    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain('Too many attempts');
    expect(blocked.headers['retry-after']).toBeDefined();
  });

  it('POST /login › too many from one IP › 429', async () => {
    const app = createTestApp({ LOGIN_LIMIT_PER_IP: '2' });
    const agent = request.agent(app);
    await postLogin(agent, 'a@example.org', 'x');
    await postLogin(agent, 'b@example.org', 'x');
    expect((await postLogin(agent, 'c@example.org', 'x')).status).toBe(429);
  });

  it('POST /logout › with token › logged out; without token › 403 and still logged in', async () => {
    const app = createTestApp();
    const agent = await registerLearner(app, { name: 'Ana Learner' });

    await agent.post('/logout').type('form').send({}).expect(403);
    expect((await agent.get('/').expect(200)).text).toContain('Ana Learner');

    const token = await tokenFrom(agent, '/account');
    await agent.post('/logout').type('form').send({ _csrf: token }).expect(303);
    expect((await agent.get('/').expect(200)).text).not.toContain('Ana Learner');
  });

  it('GET /account › not logged in › redirected to login with the way back', async () => {
    const res = await request(createTestApp()).get('/account').expect(303);
    expect(res.headers.location).toBe('/login?next=%2Faccount');
  });
});
