import type { Request, Response } from 'express';
import { ConflictError } from '../../platform/errors';
import { keptValues, parseForm, safeReturnPath, type FormFailure } from '../../platform/http/forms';
import { LANGUAGE_COOKIE, setLanguage } from '../../platform/http/language';
import type { Limiter } from '../../platform/http/rate-limit';
import type { I18n } from '../../platform/i18n';
import { loginForm, profileForm, registerForm } from './accounts.schemas';
import { authenticate, registerUser, updateProfile } from './accounts.service';
import { logIn, logOut, refreshSessionUser } from './session-user';
import { requireUser } from '../../platform/http/auth';

/** What the accounts pages need from the app. */
export interface AccountsDeps {
  i18n: I18n;
  secureCookies: boolean;
  limits: { loginPerIp: Limiter; loginPerAccount: Limiter; registerPerIp: Limiter };
}

type Form = Pick<FormFailure, 'errors' | 'values'>;

function renderForm(
  req: Request,
  res: Response,
  view: 'login' | 'register' | 'profile',
  status: number,
  form: Form,
): void {
  res
    .status(status)
    .render(`accounts/${view}`, { title: req.t(`accounts:${view}.title`), ...form, saved: req.query.saved === '1' });
}

/** Adopts the profile's language for this response and, through the cookie, the next ones. */
function adoptLanguage(req: Request, res: Response, deps: AccountsDeps, user: Express.User): void {
  setLanguage(req, res, deps.i18n, user.language);
  const maxAge = 365 * 24 * 3600 * 1000;
  res.cookie(LANGUAGE_COOKIE, user.language, { httpOnly: true, sameSite: 'lax', secure: deps.secureCookies, maxAge });
}

async function startSession(req: Request, res: Response, deps: AccountsDeps, user: Express.User): Promise<void> {
  await logIn(req, user);
  adoptLanguage(req, res, deps, user);
}

/** Handlers for registration, login, logout and the profile. */
export function accountsController(deps: AccountsDeps) {
  return {
    showLogin: (req: Request, res: Response): void => {
      renderForm(req, res, 'login', 200, { errors: {}, values: keptValues(req.query, ['next']) });
    },

    login: async (req: Request, res: Response): Promise<void> => {
      await deps.limits.loginPerIp.consume(req.ip ?? 'unknown');
      const form = parseForm(loginForm, req.body, ['email', 'next']);
      if (!form.ok) {
        renderForm(req, res, 'login', 422, form);
        return;
      }
      await deps.limits.loginPerAccount.check(form.data.email);
      const user = await authenticate(form.data.email, form.data.password);
      if (!user) {
        await deps.limits.loginPerAccount.consume(form.data.email);
        const failure = {
          errors: { form: 'accounts:errors.invalid_credentials' },
          values: keptValues(req.body, ['email', 'next']),
        };
        renderForm(req, res, 'login', 401, failure);
        return;
      }
      await deps.limits.loginPerAccount.reset(form.data.email);
      await startSession(req, res, deps, user);
      res.redirect(303, safeReturnPath(form.data.next));
    },

    showRegister: (req: Request, res: Response): void => {
      renderForm(req, res, 'register', 200, { errors: {}, values: keptValues(req.query, ['next']) });
    },

    register: async (req: Request, res: Response): Promise<void> => {
      await deps.limits.registerPerIp.consume(req.ip ?? 'unknown');
      const form = parseForm(registerForm, req.body, ['name', 'email', 'next']);
      if (!form.ok) {
        renderForm(req, res, 'register', 422, form);
        return;
      }
      try {
        const user = await registerUser({ ...form.data, language: req.language });
        await startSession(req, res, deps, user);
        res.redirect(303, safeReturnPath(form.data.next));
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        renderForm(req, res, 'register', 422, {
          errors: { ...error.fields },
          values: keptValues(req.body, ['name', 'email', 'next']),
        });
      }
    },

    logout: async (req: Request, res: Response): Promise<void> => {
      await logOut(req);
      res.redirect(303, '/');
    },

    showProfile: (req: Request, res: Response): void => {
      const user = requireUser(req);
      renderForm(req, res, 'profile', 200, { errors: {}, values: { name: user.name, language: user.language } });
    },

    updateProfile: async (req: Request, res: Response): Promise<void> => {
      const form = parseForm(profileForm, req.body, ['name', 'language']);
      if (!form.ok) {
        renderForm(req, res, 'profile', 422, form);
        return;
      }
      const user = await updateProfile(requireUser(req).id, form.data);
      if (user) {
        refreshSessionUser(req, user);
        adoptLanguage(req, res, deps, user);
      }
      res.redirect(303, '/account?saved=1');
    },
  };
}
