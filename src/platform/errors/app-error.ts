/**
 * Errors are values with a stable code. The code is also the i18n key (namespace `errors`)
 * of the sentence a person sees, so no English message ever reaches a Greek page.
 */
export class AppError extends Error {
  override readonly name: string = 'AppError';
  /** Field errors for forms: field name → i18n key. */
  readonly fields: Readonly<Record<string, string>>;
  /** Extra, safe-to-show values for the message (e.g. retry seconds). */
  readonly params: Readonly<Record<string, string | number>>;
  /** Whether this is expected (logged at info/warn) rather than a fault (logged at error). */
  readonly expose: boolean;

  constructor(
    readonly code: string,
    readonly status: number,
    options: {
      message?: string;
      fields?: Record<string, string>;
      params?: Record<string, string | number>;
      cause?: unknown;
    } = {},
  ) {
    super(options.message ?? code, { cause: options.cause });
    this.fields = options.fields ?? {};
    this.params = options.params ?? {};
    this.expose = status < 500;
  }
}

/** 404: the record or page does not exist (or the visitor may not know it exists). */
export class NotFoundError extends AppError {
  override readonly name = 'NotFoundError';
  constructor(code = 'not_found', options: { message?: string; cause?: unknown } = {}) {
    super(code, 404, options);
  }
}

/** 422: input failed validation; `fields` maps each field to its message key. */
export class ValidationError extends AppError {
  override readonly name = 'ValidationError';
  constructor(fields: Record<string, string>, code = 'validation.failed', options: { cause?: unknown } = {}) {
    super(code, 422, { fields, cause: options.cause });
  }
}

/** 401: the action needs a logged-in person. */
export class UnauthenticatedError extends AppError {
  override readonly name = 'UnauthenticatedError';
  constructor(code = 'auth.login_required') {
    super(code, 401);
  }
}

/** 403: logged in (or not), but not allowed to do this. */
export class ForbiddenError extends AppError {
  override readonly name = 'ForbiddenError';
  constructor(code = 'forbidden', options: { cause?: unknown } = {}) {
    super(code, 403, options);
  }
}

/** 409: the change conflicts with a stored record. */
export class ConflictError extends AppError {
  override readonly name = 'ConflictError';
  constructor(code = 'conflict', options: { fields?: Record<string, string>; cause?: unknown } = {}) {
    super(code, 409, options);
  }
}

/** 429: too many attempts; `retryAfterSeconds` goes to the Retry-After header. */
export class RateLimitedError extends AppError {
  override readonly name = 'RateLimitedError';
  constructor(
    readonly retryAfterSeconds: number,
    code = 'rate_limited',
  ) {
    super(code, 429, { params: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) } });
  }
}
