import { Passport } from 'passport';
import { parseSessionUser } from './accounts.service';

/**
 * A passport instance for this app. The session keeps the small user view whole, so a logged-in
 * page costs no user query; changes to name or language rewrite it (see accounts.controller).
 * Credentials are checked in the controller (authenticate) so the form can be re-rendered with
 * one message for every failure.
 */
export function createPassport() {
  const passport = new Passport();
  passport.serializeUser((user, done) => {
    done(null, user);
  });
  passport.deserializeUser((stored: unknown, done) => {
    // A malformed or outdated session value logs the person out instead of failing the request.
    done(null, parseSessionUser(stored) ?? false);
  });
  return passport;
}
