import { createHash } from 'node:crypto';

/** A rendered page kept for anonymous visitors: its bytes and a validator computed once. */
export interface CachedPage {
  body: Buffer;
  etag: string;
}

/** What identifies an anonymous lesson page: everything its HTML depends on. */
export interface PageKey {
  packId: string;
  lessonId: string;
  language: string;
  source: boolean;
}

/** Default number of pages kept per process (a lesson page is 10–60 KB, so about 5–30 MB at most). */
export const DEFAULT_PAGE_CACHE_SIZE = 500;

function keyOf(key: PageKey): string {
  // Ids are kebab-case and languages are letters, so a space cannot occur inside a part.
  return `${key.packId} ${key.lessonId} ${key.language} ${key.source ? 's' : 't'}`;
}

/** A weak validator like Express's own, computed at store time instead of on every response. */
function etagOf(body: Buffer): string {
  const hash = createHash('sha1').update(body).digest('base64').slice(0, 27);
  return `W/"${body.length.toString(16)}-${hash}"`;
}

/**
 * Rendered anonymous lesson pages of one catalogue revision, least recently used first out. A Map keeps insertion
 * order, so re-inserting on every hit makes its first key the least recently used one. A new revision (a publish)
 * empties the cache: the pages of the previous one are never served again.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private revision: number | undefined;

  constructor(private readonly maxPages: number = DEFAULT_PAGE_CACHE_SIZE) {}

  /** The page rendered for this key in this revision, if kept. */
  get(revision: number, key: PageKey): CachedPage | undefined {
    this.follow(revision);
    const id = keyOf(key);
    const page = this.pages.get(id);
    if (page === undefined) return undefined;
    this.pages.delete(id);
    this.pages.set(id, page);
    return page;
  }

  /** Keeps a page rendered in this revision; returns what is kept. */
  set(revision: number, key: PageKey, html: string): CachedPage {
    const body = Buffer.from(html, 'utf8');
    const page = { body, etag: etagOf(body) };
    this.revision ??= revision;
    // Rendered from a snapshot that a publish replaced while it rendered: serve it once, never keep it.
    if (revision !== this.revision) return page;
    const id = keyOf(key);
    this.pages.delete(id);
    this.pages.set(id, page);
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next();
      if (oldest.done === true) break;
      this.pages.delete(oldest.value);
    }
    return page;
  }

  /** How many pages are kept (for tests and diagnostics). */
  get size(): number {
    return this.pages.size;
  }

  /** Moves to the catalogue's revision, dropping every page of another one. */
  private follow(revision: number): void {
    if (revision !== this.revision) {
      this.pages.clear();
      this.revision = revision;
    }
  }
}
