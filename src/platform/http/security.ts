import { randomBytes } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** A fresh nonce per response; templates put it on any <script> (there are none inline). */
export const cspNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  next();
};

/** helmet with a nonce-based Content-Security-Policy: no inline script, no third-party origin. */
export function securityHeaders(options: { upgradeInsecure: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${String((res as unknown as Response).locals.cspNonce)}'`],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: options.upgradeInsecure ? [] : null,
      },
    },
    strictTransportSecurity: options.upgradeInsecure,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The security headers of a page with no script at all, computed once: the same policy as
 * `securityHeaders` without a nonce. Cached anonymous pages are sent with these before any other
 * middleware runs, so a cache hit does no per-request header work.
 */
export function staticPageHeaders(options: { upgradeInsecure: boolean }): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      headers[name] = '';
    },
    locals: { cspNonce: '' },
  };
  const middleware = securityHeaders(options) as unknown as (req: object, res: object, next: () => void) => void;
  middleware({}, recorder, () => undefined);
  const csp = headers['Content-Security-Policy'];
  if (csp !== undefined) headers['Content-Security-Policy'] = csp.replace(/ 'nonce-'/, '');
  return Object.freeze(Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== '')));
}
