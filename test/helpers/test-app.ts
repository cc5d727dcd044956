import type { Express } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { CatalogCache } from '../../src/features/catalog';
import { loadConfig } from '../../src/config';
import { isDatabaseReady } from '../../src/platform/db';
import { createLogger } from '../../src/platform/logger';

/** The app as production builds it, on this worker's test database, with overridable settings. */
export function createTestApp(env: Record<string, string> = {}, catalog?: CatalogCache): Express {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const logger = createLogger({ level: 'silent' });
  return buildApp({
    config,
    logger,
    catalog: catalog ?? new CatalogCache({ logger }),
    connection: mongoose.connection,
    sessionSecret: 'test-secret-that-is-long-enough-for-sessions',
    isDatabaseReady,
  });
}

/** Reads the CSRF token out of a rendered form. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF token in page');
  return match[1];
}

/** A browser-like client that keeps cookies. */
export type Agent = ReturnType<typeof request.agent>;

/** Opens a form page and returns its CSRF token. */
export async function tokenFrom(agent: Agent, path: string): Promise<string> {
  const page = await agent.get(path).expect(200);
  return csrfFrom(page.text);
}

/** Registers a learner through the real form; returns the logged-in agent. */
export async function registerLearner(
  app: Express,
  person: { name?: string; email?: string; password?: string } = {},
): Promise<Agent> {
  const agent = request.agent(app);
  const token = await tokenFrom(agent, '/register');
  const password = person.password ?? 'correct horse battery';
  await agent
    .post('/register')
    .type('form')
    .send({
      _csrf: token,
      name: person.name ?? 'Ana Learner',
      email: person.email ?? 'ana@example.org',
      password,
      confirm: password,
    })
    .expect(303);
  return agent;
}

/** Every Set-Cookie header of a response, as one string (the header is an array at run time). */
export function cookiesOf(res: { headers: Record<string, unknown> }): string {
  const value = res.headers['set-cookie'];
  return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
}

/** The value of <html lang>. */
export function htmlLang(html: string): string | undefined {
  return /<html lang="([^"]+)"/.exec(html)?.[1];
}
