import { ConfigError, loadConfig } from '../../../src/config';

describe('loadConfig', () => {
  it('no variables › defaults that let `npm start` work', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '127.0.0.1',
      contentDir: './modules-content',
      mongodbUri: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('an invalid PORT › one readable line naming the variable and the value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT .*\(got "eighty"\)$/);
  });

  it('a MONGODB_URI that is not a MongoDB URL › names MONGODB_URI', () => {
    expect(() => loadConfig({ MONGODB_URI: 'postgres://x' })).toThrow(/MONGODB_URI must start with mongodb:\/\//);
  });

  it('production without SESSION_SECRET › refused, naming SESSION_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is required when NODE_ENV=production/);
  });

  it('production › secure cookies by default; empty strings count as unset', () => {
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), MONGODB_URI: '' });
    expect(config.secureCookies).toBe(true);
    expect(config.mongodbUri).toBeUndefined();
  });
});
