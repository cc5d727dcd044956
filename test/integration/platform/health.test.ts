import mongoose from 'mongoose';
import request from 'supertest';
import { buildApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { CatalogCache } from '../../../src/features/catalog';
import { createLogger } from '../../../src/platform/logger';
import { useTestDatabase } from '../../support/database';

useTestDatabase();

describe('/readyz', () => {
  it('database not answering › 503 with database down, while /healthz still says ok', async () => {
    const logger = createLogger({ level: 'silent' });
    const app = buildApp({
      config: loadConfig({ NODE_ENV: 'test' }),
      logger,
      connection: mongoose.connection,
      sessionSecret: 'test-secret-that-is-long-enough-for-sessions',
      isDatabaseReady: () => Promise.resolve(false),
      catalog: new CatalogCache({ logger }),
    });
    expect((await request(app).get('/readyz').expect(503)).body).toEqual({ status: 'unavailable', database: 'down' });
    expect((await request(app).get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
  });
});
