import { z } from 'zod';

/** Thrown when the environment is invalid; its message is one readable line naming the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = z.coerce.number().int().positive();

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    CONTENT_DIR: z.string().min(1).default('./modules-content'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    SECURE_COOKIES: booleanish.optional(),
    LOGIN_LIMIT_PER_IP: positiveInt.default(30),
    LOGIN_LIMIT_PER_ACCOUNT: positiveInt.default(5),
    REGISTER_LIMIT_PER_IP: positiveInt.default(10),
    RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(900),
    IMPORT_CONTENT_ON_START: booleanish.default(true),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.SESSION_SECRET === undefined) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required when NODE_ENV=production' });
    }
  });

type Env = z.infer<typeof schema>;

/** Typed, frozen configuration; the only place that reads process.env is loadConfig. */
export interface Config {
  readonly env: Env['NODE_ENV'];
  readonly isProduction: boolean;
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string | undefined;
  readonly mongodbUri: string | undefined;
  readonly dataDir: string;
  readonly contentDir: string;
  readonly sessionSecret: string | undefined;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly trustProxy: number;
  readonly secureCookies: boolean;
  readonly rateLimits: {
    readonly windowSeconds: number;
    readonly loginPerIp: number;
    readonly loginPerAccount: number;
    readonly registerPerIp: number;
  };
  readonly importContentOnStart: boolean;
}

/** Parses the environment once; throws ConfigError with one line naming the first bad variable. */
export function loadConfig(source: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    const received = issue && variable in cleaned ? ` (got "${String(cleaned[variable])}")` : '';
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}${received}`);
  }
  const env = parsed.data;
  return Object.freeze({
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    host: env.HOST,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL,
    mongodbUri: env.MONGODB_URI,
    dataDir: env.DATA_DIR,
    contentDir: env.CONTENT_DIR,
    sessionSecret: env.SESSION_SECRET,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    secureCookies: env.SECURE_COOKIES ?? env.NODE_ENV === 'production',
    rateLimits: Object.freeze({
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      loginPerIp: env.LOGIN_LIMIT_PER_IP,
      loginPerAccount: env.LOGIN_LIMIT_PER_ACCOUNT,
      registerPerIp: env.REGISTER_LIMIT_PER_IP,
    }),
    importContentOnStart: env.IMPORT_CONTENT_ON_START,
  });
}
