export { accountsRouter } from './accounts.routes';
export type { AccountsDeps } from './accounts.controller';
export { createPassport } from './passport';
export { updateProfile, type SessionUser } from './accounts.service';
export { refreshSessionUser } from './session-user';
export { userModel } from './user.model';
