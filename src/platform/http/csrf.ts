import type { Request, RequestHandler } from 'express';
import { csrfSync } from 'csrf-sync';
import { z } from 'zod';

const tokenField = z.object({ _csrf: z.string().max(512) });

/**
 * Synchronizer-token CSRF protection (csrf-sync; csurf is deprecated). The token lives in the
 * session, so it is created only when a page actually renders a form: anonymous readers of
 * lessons get no session and cost no database write.
 */
export function createCsrf(): { protect: RequestHandler; tokenFor: (req: Request) => string } {
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req) => tokenField.safeParse(req.body).data?._csrf ?? req.get('x-csrf-token'),
    errorConfig: { statusCode: 403, message: 'invalid csrf token', code: 'EBADCSRFTOKEN' },
  });
  return { protect: csrfSynchronisedProtection, tokenFor: (req) => generateToken(req) };
}
