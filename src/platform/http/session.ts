import type { RequestHandler } from 'express';
import session from 'express-session';
import MongoStore from 'connect-mongo';
import type mongoose from 'mongoose';

/** Cookie name of the session; exported for tests. */
export const SESSION_COOKIE = 'tessera.sid';

/** Sessions in MongoDB (connect-mongo): any number of processes can serve the same visitor. */
export function sessionMiddleware(options: {
  connection: mongoose.Connection;
  secret: string;
  secure: boolean;
}): RequestHandler {
  const store = MongoStore.create({
    client: options.connection.getClient(),
    dbName: options.connection.name,
    collectionName: 'sessions',
    ttl: 14 * 24 * 3600,
    // A session is rewritten at most once a day when unchanged, not on every page view.
    touchAfter: 24 * 3600,
    autoRemove: 'native',
  });
  return session({
    name: SESSION_COOKIE,
    secret: options.secret,
    store,
    resave: false,
    // No session (and no database write) until something is stored in it: login, CSRF token.
    saveUninitialized: false,
    rolling: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: options.secure, maxAge: 14 * 24 * 3600 * 1000 },
  });
}
