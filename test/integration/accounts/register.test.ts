import request from 'supertest';
import { userModel } from '../../../src/features/accounts';
import { useTestDatabase } from '../../support/database';
import { createTestApp, registerLearner, tokenFrom } from '../../helpers/test-app';

useTestDatabase();

describe('registration', () => {
  it('POST /register › valid form › account stored with a hashed password and the person is logged in', async () => {
    const app = createTestApp();
    const agent = await registerLearner(app, { name: 'Eleni Papadaki', email: '  Eleni@Example.ORG ' });

    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('Eleni Papadaki');
    const stored = await userModel().findOne({ email: 'eleni@example.org' }).lean();
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.passwordHash).not.toContain('correct horse');
  });

  it('POST /register › email already registered (other case) › 422 with a form error, values kept, one user stored', async () => {
    const app = createTestApp();
    await registerLearner(app, { email: 'ana@example.org' });
    const agent = request.agent(app);
    const token = await tokenFrom(agent, '/register');

    const res = await agent
      .post('/register')
      .type('form')
      .send({
        _csrf: token,
        name: 'Ana Again',
        email: 'ANA@example.org',
        password: 'another password',
        confirm: 'another password',
      })
      .expect(422);

    expect(res.text).toContain('An account with this email address already exists');
    expect(res.text).toContain('value="Ana Again"');
    expect(res.text).not.toContain('another password');
    expect(await userModel().countDocuments({})).toBe(1);
  });

  it('POST /register › invalid fields › 422 with a message beside each field and nothing stored', async () => {
    const app = createTestApp();
    const agent = request.agent(app);
    const token = await tokenFrom(agent, '/register');

    const res = await agent
      .post('/register')
      .type('form')
      .send({ _csrf: token, name: '', email: 'not-an-email', password: 'short', confirm: 'other' })
      .expect(422);

    expect(res.text).toContain('Enter your name.');
    expect(res.text).toContain('Enter a valid email address');
    expect(res.text).toContain('at least 10 characters long');
    expect(res.text).toContain('The two passwords do not match.');
    expect(res.text).toContain('value="not-an-email"');
    expect(await userModel().countDocuments({})).toBe(0);
  });

  it('POST /register › without a CSRF token › 403 and no account created', async () => {
    const app = createTestApp();
    const agent = request.agent(app);
    await agent.get('/register').expect(200);

    const res = await agent
      .post('/register')
      .type('form')
      .send({
        name: 'Mallory',
        email: 'mallory@example.org',
        password: 'correct horse battery',
        confirm: 'correct horse battery',
      })
      .expect(403);

    expect(res.text).toContain('This form has expired or did not come from this site');
    expect(await userModel().countDocuments({})).toBe(0);
  });

  it('POST /register › too many from one address › 429 with a translated message and Retry-After', async () => {
    const app = createTestApp({ REGISTER_LIMIT_PER_IP: '2' });
    const agent = request.agent(app);
    const token = await tokenFrom(agent, '/register');
    const attempt = () =>
      agent.post('/register').type('form').send({ _csrf: token, name: '', email: 'x', password: '', confirm: '' });

    await attempt().expect(422);
    await attempt().expect(422);
    const res = await attempt().set('Accept-Language', 'el').expect(429);

    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.text).toContain('Πάρα πολλές προσπάθειες');
  });
});
