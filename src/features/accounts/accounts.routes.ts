import { Router, type RequestHandler } from 'express';
import { requireLogin } from '../../platform/http/auth';
import { accountsController, type AccountsDeps } from './accounts.controller';

/** /login, /register, /logout, /account. Every POST passes the CSRF check first. */
export function accountsRouter(deps: AccountsDeps & { csrf: RequestHandler }): Router {
  const c = accountsController(deps);
  const router = Router();
  router.get('/login', c.showLogin);
  router.post('/login', deps.csrf, c.login);
  router.get('/register', c.showRegister);
  router.post('/register', deps.csrf, c.register);
  router.post('/logout', deps.csrf, c.logout);
  router.get('/account', requireLogin, c.showProfile);
  router.post('/account', requireLogin, deps.csrf, c.updateProfile);
  return router;
}
