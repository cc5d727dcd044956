import type { NextFunction, Request, Response } from 'express';
import { isImageType } from '../../content/pack/asset-types';
import type { StoredAsset } from '../../content/store/pack-version.model';
import { openAsset } from '../../content/store/asset-store';
import { NotFoundError } from '../../platform/errors';

/** A year: the URL holds the content hash, so a file under one URL never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The Content-Type sent: text files say they are UTF-8 (validated at import), so no browser guesses. */
export function contentTypeOf(asset: Pick<StoredAsset, 'mediaType'>): string {
  return asset.mediaType.startsWith('text/') ? `${asset.mediaType}; charset=utf-8` : asset.mediaType;
}

/**
 * Images are shown in the page; PDF, CSV and text files are downloads saved under their name (RFC 6266, with an
 * ASCII fallback and the exact name in `filename*`).
 */
export function contentDispositionOf(asset: Pick<StoredAsset, 'mediaType' | 'name'>): string {
  const type = isImageType(asset.mediaType) ? 'inline' : 'attachment';
  const fallback = asset.name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const exact = encodeURIComponent(asset.name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

/** Streams an asset's bytes from GridFS with its type and cache headers; 304 when the browser has it already. */
export function sendAsset(req: Request, res: Response, next: NextFunction, asset: StoredAsset): void {
  res.set({
    'Content-Type': contentTypeOf(asset),
    'Content-Length': String(asset.size),
    'Cache-Control': IMMUTABLE,
    'X-Content-Type-Options': 'nosniff',
    'Content-Disposition': contentDispositionOf(asset),
    ETag: `"${asset.sha256}"`,
  });
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const bytes = openAsset(asset.sha256);
  bytes.once('error', (error: unknown) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // Listed in the version but missing from GridFS: answer as for an unknown file.
    for (const name of ['Content-Type', 'Content-Length', 'Cache-Control', 'Content-Disposition', 'ETag'])
      res.removeHeader(name);
    next(new NotFoundError('not_found', { cause: error }));
  });
  res.once('close', () => bytes.destroy());
  bytes.pipe(res);
}
