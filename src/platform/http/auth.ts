import type { Request, RequestHandler } from 'express';
import { UnauthenticatedError } from '../errors';

/** Sends people who are not logged in to the login page, and back here afterwards. */
export const requireLogin: RequestHandler = (req, res, next) => {
  if (req.user) {
    next();
    return;
  }
  if (req.accepts(['html', 'json']) === 'json') {
    next(new UnauthenticatedError());
    return;
  }
  // After a refused POST, come back to the page that held the form, not to the POST URL.
  const back = req.method === 'GET' ? req.originalUrl : (req.get('referer') ?? '/');
  const path = back.startsWith('http') ? new URL(back).pathname : back;
  res.redirect(303, `/login?next=${encodeURIComponent(path)}`);
};

/** The logged-in person; only call behind requireLogin. */
export function requireUser(req: Request): Express.User {
  if (!req.user) throw new UnauthenticatedError();
  return req.user;
}
