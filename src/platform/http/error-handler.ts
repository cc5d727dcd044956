import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { NotFoundError, RateLimitedError, normalizeError, type AppError } from '../errors';
import { DEFAULT_LANGUAGE, type I18n } from '../i18n';

/** JSON for API clients and fetch(); HTML for people. */
function wantsJson(req: Request): boolean {
  return req.accepts(['html', 'json']) === 'json';
}

/** Unknown route: a translated 404 through the same handler. */
export const notFound: RequestHandler = (_req, _res, next) => {
  next(new NotFoundError('not_found'));
};

function logError(logger: Logger, req: Request, error: AppError, original: unknown): void {
  const fields = { code: error.code, status: error.status, method: req.method, url: req.originalUrl };
  if (error.status >= 500) logger.error({ ...fields, err: original }, 'request failed');
  else if (error.status !== 404) logger.info(fields, 'request refused');
}

/** The one error handler: stable code → status, log level, translated HTML page or JSON. Never a stack. */
export function errorHandler(options: { logger: Logger; i18n: I18n }): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const error = normalizeError(err);
    logError((req as { log?: Logger }).log ?? options.logger, req, error, err);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const t = typeof req.t === 'function' ? req.t : options.i18n.translator(DEFAULT_LANGUAGE);
    const message = t(`errors:${error.code}`, { ...error.params, defaultValue: t('errors:internal') });
    if (error instanceof RateLimitedError) res.set('Retry-After', String(error.retryAfterSeconds));
    res.status(error.status);
    if (wantsJson(req)) {
      res.json({ error: { code: error.code, message, fields: error.fields } });
      return;
    }
    res.locals.t ??= t;
    res.locals.lang ??= DEFAULT_LANGUAGE;
    res.render('errors/error', {
      title: t(`errors:title.${String(error.status)}`, { defaultValue: t('errors:title.default') }),
      status: error.status,
      message,
      code: error.code,
    });
  };
}
