import { z } from 'zod';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from './app-error';

const withCode = z.object({ code: z.union([z.string(), z.number()]) });
const withType = z.object({ type: z.string() });
const withName = z.object({ name: z.string() });
const httpish = z.object({ status: z.number().int().min(400).max(599) });

/** Each row: how to recognise a thrown value, and the AppError a person gets for it. */
const rows: readonly { readonly test: (e: unknown) => boolean; readonly map: (e: unknown) => AppError }[] = [
  { test: (e) => e instanceof AppError, map: (e) => e as AppError },
  {
    // MongoDB duplicate key: a record with that unique value already exists.
    test: (e) => withCode.safeParse(e).data?.code === 11000,
    map: (e) => new ConflictError('db.duplicate', { cause: e }),
  },
  {
    // A malformed ObjectId in a URL means that record does not exist for the visitor.
    test: (e) => withName.safeParse(e).data?.name === 'CastError',
    map: (e) => new NotFoundError('not_found', { cause: e }),
  },
  {
    test: (e) => e instanceof z.ZodError,
    map: (e) => new ValidationError(zodFields(e as z.ZodError), 'validation.failed', { cause: e }),
  },
  {
    test: (e) => withName.safeParse(e).data?.name === 'ValidationError',
    map: (e) => new ValidationError({}, 'validation.failed', { cause: e }),
  },
  {
    // csrf-sync and our own checks both raise this code.
    test: (e) => withCode.safeParse(e).data?.code === 'EBADCSRFTOKEN',
    map: (e) => new ForbiddenError('security.csrf', { cause: e }),
  },
  {
    test: (e) => withCode.safeParse(e).data?.code === 'LIMIT_FILE_SIZE' || isBodyType(e, 'entity.too.large'),
    map: (e) => new AppError('upload.too_large', 413, { cause: e }),
  },
  {
    test: (e) => ['LIMIT_FILE_COUNT', 'LIMIT_UNEXPECTED_FILE', 'LIMIT_PART_COUNT'].includes(String(codeOf(e))),
    map: (e) => new AppError('upload.too_many', 413, { cause: e }),
  },
  {
    test: (e) => isBodyType(e, 'entity.parse.failed') || isBodyType(e, 'encoding.unsupported'),
    map: (e) => new AppError('request.malformed', 400, { cause: e }),
  },
  {
    // Other http-errors from Express middleware (e.g. 404 from serve-static) keep their 4xx status.
    test: (e) => {
      const status = httpish.safeParse(e).data?.status;
      return status !== undefined && status < 500;
    },
    map: (e) => new AppError(httpCode(httpish.parse(e).status), httpish.parse(e).status, { cause: e }),
  },
];

function codeOf(e: unknown): string | number | undefined {
  return withCode.safeParse(e).data?.code;
}

function isBodyType(e: unknown, type: string): boolean {
  return withType.safeParse(e).data?.type === type;
}

function httpCode(status: number): string {
  if (status === 404) return 'not_found';
  if (status === 403) return 'forbidden';
  return 'request.malformed';
}

function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    fields[key] ??= 'validation.invalid';
  }
  return fields;
}

/** Maps anything thrown to an AppError; unknown values become a 500 `internal` error. */
export function normalizeError(error: unknown): AppError {
  for (const row of rows) {
    if (row.test(error)) return row.map(error);
  }
  return new AppError('internal', 500, { cause: error });
}
