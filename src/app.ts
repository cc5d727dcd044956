import { randomUUID } from 'node:crypto';
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import type mongoose from 'mongoose';
import { pinoHttp } from 'pino-http';
import type { Config } from './config';
import { accountsRouter, createPassport, refreshSessionUser, updateProfile } from './features/accounts';
import { catalogRouter, type CatalogCache } from './features/catalog';
import { certificatesRouter } from './features/certificates';
import { learningRouter } from './features/learning';
import { cachedLessonPages } from './features/learning/page-cache.middleware';
import { PageCache } from './features/learning/page-cache';
import { healthRouter } from './features/health';
import { homeRouter } from './features/home';
import { createCsrf } from './platform/http/csrf';
import { errorHandler, notFound } from './platform/http/error-handler';
import { languageMiddleware, type SaveLanguage } from './platform/http/language';
import { mongoLimiter } from './platform/http/rate-limit';
import { cspNonce, securityHeaders, staticPageHeaders } from './platform/http/security';
import { sessionMiddleware } from './platform/http/session';
import { staticAssets } from './platform/http/static-assets';
import { viewLocals } from './platform/http/view-locals';
import { createI18n, type I18n } from './platform/i18n';
import type { Logger } from './platform/logger';
import { fromRoot } from './platform/paths';

/** Everything the app needs from outside; server.ts and the tests provide it. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  connection: mongoose.Connection;
  sessionSecret: string;
  isDatabaseReady: () => Promise<boolean>;
  /** Published content, cached per process (server.ts starts its refresh timer). */
  catalog: CatalogCache;
  i18n?: I18n;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'debug'),
    quietReqLogger: true,
  });
}

function rateLimits(deps: AppDeps) {
  const { windowSeconds, loginPerIp, loginPerAccount, registerPerIp } = deps.config.rateLimits;
  return {
    loginPerIp: mongoLimiter(deps.connection, { name: 'login-ip', points: loginPerIp, windowSeconds }),
    loginPerAccount: mongoLimiter(deps.connection, { name: 'login-account', points: loginPerAccount, windowSeconds }),
    registerPerIp: mongoLimiter(deps.connection, { name: 'register-ip', points: registerPerIp, windowSeconds: 3600 }),
  };
}

const saveLanguage: SaveLanguage = async (req, language) => {
  if (!req.user) return;
  const user = await updateProfile(req.user.id, { language });
  if (user) refreshSessionUser(req, user);
};

function configure(app: Express, config: Config): void {
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('views', fromRoot('views'));
  app.set('view engine', 'ejs');
  app.set('view cache', true);
}

/** Feature routers; each checks its own guards (login, CSRF, ownership). */
function mountFeatures(
  app: Express,
  deps: AppDeps,
  shared: { i18n: I18n; csrf: RequestHandler; pages: PageCache },
): void {
  const { config, catalog } = deps;
  const { i18n, csrf, pages } = shared;
  app.use(homeRouter({ catalog }));
  app.use(accountsRouter({ i18n, secureCookies: config.secureCookies, limits: rateLimits(deps), csrf }));
  app.use(catalogRouter({ catalog }));
  app.use(learningRouter({ catalog, csrf, pages }));
  app.use(certificatesRouter({ catalog, config }));
}

/** Builds the Express app. Pure assembly: it opens no connection and starts no timer. */
export function buildApp(deps: AppDeps): Express {
  const { config } = deps;
  const i18n = deps.i18n ?? createI18n();
  const app = express();
  configure(app, config);
  const assets = staticAssets([
    { prefix: '/static/vendor/pico', dir: fromRoot('node_modules', '@picocss', 'pico', 'css') },
    { prefix: '/static', dir: fromRoot('public') },
  ]);
  const csrf = createCsrf();
  const passport = createPassport();
  const pages = new PageCache();

  // Anonymous lesson pages already rendered skip logging, cookies, sessions and passport; their security
  // headers are the same policy, computed once (see docs/benchmarks.md for why).
  const headers = staticPageHeaders({ upgradeInsecure: config.secureCookies });
  app.use(cachedLessonPages({ catalog: deps.catalog, pages, headers }));
  app.use(requestLogging(deps.logger));
  app.use(cspNonce, securityHeaders({ upgradeInsecure: config.secureCookies }));
  app.use(healthRouter({ isDatabaseReady: deps.isDatabaseReady }));
  app.use(assets.router);
  app.use(cookieParser());
  app.use(express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 500 }));
  app.use(express.json({ limit: '100kb' }));
  app.use(sessionMiddleware({ connection: deps.connection, secret: deps.sessionSecret, secure: config.secureCookies }));
  app.use(passport.initialize(), passport.session() as RequestHandler);
  app.use(languageMiddleware({ i18n, secure: config.secureCookies, saveLanguage }));
  app.use(viewLocals({ tokenFor: csrf.tokenFor, assetUrl: assets.assetUrl }));
  mountFeatures(app, deps, { i18n, csrf: csrf.protect, pages });
  app.use(notFound);
  app.use(errorHandler({ logger: deps.logger, i18n }));
  return app;
}
