import { z } from 'zod';

/** Normalised form of an email address: one account per address, however it is typed. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

const email = z
  .string()
  .trim()
  .max(254, 'accounts:errors.email_invalid')
  .pipe(z.email('accounts:errors.email_invalid'))
  .transform(normalizeEmail);

/** The registration form. Messages are i18n keys. */
export const registerForm = z
  .object({
    name: z.string().trim().min(1, 'accounts:errors.name_required').max(100, 'accounts:errors.name_too_long'),
    email,
    password: z.string().min(10, 'accounts:errors.password_too_short').max(200, 'accounts:errors.password_too_long'),
    confirm: z.string(),
    next: z.string().optional(),
  })
  .refine((f) => f.password === f.confirm, { path: ['confirm'], message: 'accounts:errors.password_mismatch' });

/** The login form; the password is not checked for shape, only against the stored hash. */
export const loginForm = z.object({
  email: z
    .string()
    .trim()
    .max(254, 'accounts:errors.email_invalid')
    .min(1, 'accounts:errors.email_required')
    .transform(normalizeEmail),
  password: z.string().min(1, 'accounts:errors.password_required').max(200, 'accounts:errors.password_too_long'),
  next: z.string().optional(),
});

/** The profile form. */
export const profileForm = z.object({
  name: z.string().trim().min(1, 'accounts:errors.name_required').max(100, 'accounts:errors.name_too_long'),
  language: z.enum(['en', 'el', 'es', 'it', 'bg', 'eu'], { message: 'accounts:errors.language_invalid' }),
});

export type RegisterForm = z.infer<typeof registerForm>;
export type LoginForm = z.infer<typeof loginForm>;
export type ProfileForm = z.infer<typeof profileForm>;
