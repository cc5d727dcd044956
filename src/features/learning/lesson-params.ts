import type { Request } from 'express';
import { z } from 'zod';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../content/manifest/fields';
import { ASSET_HASH_LENGTH } from '../../content/pack/pack-urls';
import { NotFoundError } from '../../platform/errors';

const id = z.string().max(ID_MAX_LENGTH).regex(ID_PATTERN);

/** `/modules/:packId/lessons/:lessonId` (and its `/done`). */
export const lessonParams = z.object({ packId: id, lessonId: id });

/** `/modules/:packId/quizzes/:quizId`. */
export const quizParams = z.object({ packId: id, quizId: id });

/** `/modules/:packId/assets/:hash/:name`: the hash prefix of the URL and the file name (decoded by Express). */
export const assetParams = z.object({
  packId: id,
  hash: z.string().regex(new RegExp(`^[0-9a-f]{${String(ASSET_HASH_LENGTH)}}$`)),
  name: z.string().min(1).max(255),
});

/** `?source=1` (read the source text) and `?attempt=<ObjectId>` (show that attempt's results). Anything else: ignored. */
export const lessonQuery = z
  .object({ source: z.string().optional(), attempt: z.string().optional() })
  .catch({})
  .transform((query) => ({
    source: query.source === '1',
    attempt: query.attempt !== undefined && /^[0-9a-f]{24}$/.test(query.attempt) ? query.attempt : null,
  }));

/** What a quiz form posts besides its answers: whether it was read in the source language. */
export const quizFormFields = z
  .object({ source: z.string().optional() })
  .catch({})
  .transform((form) => ({ source: form.source === '1' }));

/** The form body as a record (urlencoded bodies always are; anything else posts no answers). */
export const formBody = z.record(z.string(), z.unknown()).catch({});

/** Path parameters that do not match name a page that does not exist: 404, like any unknown URL. */
export function parseParams<T>(schema: z.ZodType<T>, req: Request): T {
  const parsed = schema.safeParse(req.params);
  if (!parsed.success) throw new NotFoundError('not_found');
  return parsed.data;
}
