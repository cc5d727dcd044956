import { z } from 'zod';
import { ConflictError } from '../../platform/errors';
import { asLanguage, DEFAULT_LANGUAGE, type Language } from '../../platform/i18n';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { userModel, type UserRecord } from './user.model';

/** The person as pages and the session know them (no hash, no secrets). */
export type SessionUser = Express.User;

const sessionUserSchema = z.object({
  id: z.string().regex(/^[a-f0-9]{24}$/),
  name: z.string(),
  email: z.string(),
  role: z.enum(['learner', 'trainer', 'translator', 'admin']),
  language: z.enum(['en', 'el', 'es', 'it', 'bg', 'eu']),
});

/** Reads a session's stored user back; anything malformed means "not logged in". */
export function parseSessionUser(value: unknown): SessionUser | null {
  return sessionUserSchema.safeParse(value).data ?? null;
}

function toSessionUser(user: UserRecord): SessionUser {
  return {
    id: user._id.toHexString(),
    name: user.name,
    email: user.email,
    role: user.role,
    language: asLanguage(user.language) ?? DEFAULT_LANGUAGE,
  };
}

/** Creates an account; a taken email is a ConflictError on the email field, never a 500. */
export async function registerUser(input: {
  name: string;
  email: string;
  password: string;
  language: Language;
}): Promise<SessionUser> {
  const Users = userModel();
  if (await Users.exists({ email: input.email })) {
    throw new ConflictError('accounts.email_taken', { fields: { email: 'accounts:errors.email_taken' } });
  }
  try {
    const passwordHash = await hashPassword(input.password);
    const created = await Users.create({
      name: input.name,
      email: input.email,
      passwordHash,
      language: input.language,
    });
    return toSessionUser(created.toObject());
  } catch (error) {
    // Two registrations racing for one address: the unique index decides.
    if (z.object({ code: z.literal(11000) }).safeParse(error).success) {
      throw new ConflictError('accounts.email_taken', {
        fields: { email: 'accounts:errors.email_taken' },
        cause: error,
      });
    }
    throw error;
  }
}

/** Checks email and password; unknown email and wrong password take the same time and give the same answer. */
export async function authenticate(email: string, password: string): Promise<SessionUser | null> {
  const user = await userModel().findOne({ email }).lean<UserRecord>();
  if (!user) return verifyAgainstDummy(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await userModel().updateOne({ _id: user._id }, { $set: { lastLoginAt: new Date() } });
  return toSessionUser(user);
}

/** Changes the person's name and interface language; returns the new session view. */
export async function updateProfile(
  userId: string,
  changes: { name?: string; language?: Language },
): Promise<SessionUser | null> {
  const updated = await userModel()
    .findOneAndUpdate({ _id: userId }, { $set: changes }, { new: true })
    .lean<UserRecord>();
  return updated ? toSessionUser(updated) : null;
}
