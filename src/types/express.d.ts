import type { Language, Translate } from '../platform/i18n';

declare global {
  namespace Express {
    /** The signed-in person, kept whole in the session so pages need no user query. */
    interface User {
      id: string;
      name: string;
      email: string;
      role: 'learner' | 'trainer' | 'translator' | 'admin';
      language: Language;
    }
    interface Request {
      language: Language;
      t: Translate;
    }
  }
}

export {};
