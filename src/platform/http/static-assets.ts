import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/** A static folder served under a URL prefix. */
export interface StaticMount {
  prefix: string;
  dir: string;
}

/**
 * Serves stylesheets and images. URLs made by `assetUrl` carry a content hash (?v=), so browsers may
 * cache them for a year; a new file gets a new URL.
 */
export function staticAssets(mounts: readonly StaticMount[]): {
  router: RequestHandler;
  assetUrl: (path: string) => string;
} {
  const router = Router();
  for (const mount of mounts) {
    router.use(
      mount.prefix,
      express.static(mount.dir, {
        index: false,
        fallthrough: true,
        setHeaders: (res, _path) => {
          const versioned = typeof res.req.query.v === 'string';
          res.set('Cache-Control', versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
        },
      }),
    );
  }
  const versions = new Map<string, string>();
  const assetUrl = (path: string): string => {
    let url = versions.get(path);
    if (url === undefined) {
      const mount = mounts.find((m) => path.startsWith(m.prefix + '/'));
      const file = mount ? join(mount.dir, path.slice(mount.prefix.length + 1)) : undefined;
      const hash = file ? createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12) : 'missing';
      url = `${path}?v=${hash}`;
      versions.set(path, url);
    }
    return url;
  };
  return { router, assetUrl };
}
