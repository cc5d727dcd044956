import { z } from 'zod';
import {
  AppError,
  ConflictError,
  NotFoundError,
  RateLimitedError,
  normalizeError,
} from '../../../../src/platform/errors';

describe('normalizeError: one row of the mapping table per test', () => {
  it('an AppError passes through unchanged', () => {
    const error = new NotFoundError('quiz.not_found');
    expect(normalizeError(error)).toBe(error);
  });

  it('a MongoDB duplicate key (code 11000) › 409 db.duplicate', () => {
    const mapped = normalizeError(Object.assign(new Error('E11000 duplicate key'), { code: 11000 }));
    expect([mapped.status, mapped.code]).toEqual([409, 'db.duplicate']);
  });

  it('a mongoose CastError (bad ObjectId) › 404 not_found', () => {
    const mapped = normalizeError(Object.assign(new Error('Cast to ObjectId failed'), { name: 'CastError' }));
    expect([mapped.status, mapped.code]).toEqual([404, 'not_found']);
  });

  it('a ZodError › 422 with the failing fields', () => {
    const parsed = z.object({ email: z.email() }).safeParse({ email: 'x' });
    const mapped = normalizeError(parsed.error);
    expect([mapped.status, mapped.code]).toEqual([422, 'validation.failed']);
    expect(mapped.fields).toEqual({ email: 'validation.invalid' });
  });

  it('a mongoose ValidationError › 422', () => {
    const mapped = normalizeError(Object.assign(new Error('invalid'), { name: 'ValidationError' }));
    expect([mapped.status, mapped.code]).toEqual([422, 'validation.failed']);
  });

  it('a CSRF failure (EBADCSRFTOKEN) › 403 security.csrf', () => {
    const mapped = normalizeError(
      Object.assign(new Error('invalid csrf token'), { code: 'EBADCSRFTOKEN', status: 403 }),
    );
    expect([mapped.status, mapped.code]).toEqual([403, 'security.csrf']);
  });

  it('an upload over the size limit (multer LIMIT_FILE_SIZE) › 413 upload.too_large', () => {
    const mapped = normalizeError(Object.assign(new Error('File too large'), { code: 'LIMIT_FILE_SIZE' }));
    expect([mapped.status, mapped.code]).toEqual([413, 'upload.too_large']);
  });

  it('a body over the parser limit (entity.too.large) › 413 upload.too_large', () => {
    const mapped = normalizeError(Object.assign(new Error('too large'), { type: 'entity.too.large', status: 413 }));
    expect([mapped.status, mapped.code]).toEqual([413, 'upload.too_large']);
  });

  it('too many files (multer LIMIT_FILE_COUNT) › 413 upload.too_many', () => {
    const mapped = normalizeError(Object.assign(new Error('Too many files'), { code: 'LIMIT_FILE_COUNT' }));
    expect([mapped.status, mapped.code]).toEqual([413, 'upload.too_many']);
  });

  it('malformed JSON body (entity.parse.failed) › 400 request.malformed', () => {
    const mapped = normalizeError(
      Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400 }),
    );
    expect([mapped.status, mapped.code]).toEqual([400, 'request.malformed']);
  });

  it('another 4xx http error (e.g. 404 from static files) › keeps its status', () => {
    const mapped = normalizeError(Object.assign(new Error('Not Found'), { status: 404 }));
    expect([mapped.status, mapped.code]).toEqual([404, 'not_found']);
  });

  it('anything else (a TypeError, a string, a 5xx http error) › 500 internal, original kept as cause', () => {
    for (const thrown of [
      new TypeError('x is undefined'),
      'plain string',
      Object.assign(new Error('bad gateway'), { status: 502 }),
    ]) {
      const mapped = normalizeError(thrown);
      expect([mapped.status, mapped.code]).toEqual([500, 'internal']);
      expect(mapped.cause).toBe(thrown);
    }
  });

  it('RateLimitedError › 429 with minutes for the message, rounded up', () => {
    const mapped = normalizeError(new RateLimitedError(61));
    expect([mapped.status, mapped.code, mapped.params.minutes]).toEqual([429, 'rate_limited', 2]);
  });

  it('ConflictError keeps its field errors', () => {
    const mapped = normalizeError(
      new ConflictError('accounts.email_taken', { fields: { email: 'accounts:errors.email_taken' } }),
    );
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped.fields).toEqual({ email: 'accounts:errors.email_taken' });
  });
});
