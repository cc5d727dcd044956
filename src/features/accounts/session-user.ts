import type { Request } from 'express';

/** Logs a person in: passport regenerates the session id first (no session fixation). */
export function logIn(req: Request, user: Express.User): Promise<void> {
  return new Promise((resolve, reject) => {
    req.logIn(user, (error: unknown) => {
      if (error) reject(error instanceof Error ? error : new Error('session change failed'));
      else resolve();
    });
  });
}

/** Logs out and regenerates the session. */
export function logOut(req: Request): Promise<void> {
  return new Promise((resolve, reject) => {
    req.logOut((error: unknown) => {
      if (error) reject(error instanceof Error ? error : new Error('session change failed'));
      else resolve();
    });
  });
}

/** Rewrites the user kept in the session after a profile change. */
export function refreshSessionUser(req: Request, user: Express.User): void {
  req.user = user;
  const session = req.session as unknown as { passport?: { user?: unknown } };
  if (session.passport) session.passport.user = user;
}
