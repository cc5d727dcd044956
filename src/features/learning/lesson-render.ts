import type { Request, Response } from 'express';
import type { CatalogSnapshot } from '../catalog/catalog-cache';
import type { FoundLesson } from './lesson.service';
import { buildLessonView, type LessonView } from './lesson.view-model';
import type { CachedPage, PageCache } from './page-cache';

const VIEW = 'learning/lesson';

function locals(view: LessonView): Record<string, unknown> {
  // currentPath: the language switcher must come back to the lesson, also from a refused quiz POST.
  return { title: `${view.title} · ${view.moduleTitle}`, lesson: view, currentPath: view.url };
}

/** Renders a lesson page for a logged-in learner (never cached: it holds their state and a CSRF token). */
export function renderLesson(res: Response, status: number, view: LessonView): void {
  res.status(status).render(VIEW, locals(view));
}

function renderToString(res: Response, view: LessonView): Promise<string> {
  return new Promise((resolve, reject) => {
    // No per-response value may end up in a page served to everyone: the CSP nonce is left out on purpose.
    res.render(VIEW, { ...locals(view), cspNonce: '' }, (error: Error | null, html: string) => {
      if (error) reject(error);
      else resolve(html);
    });
  });
}

/** Sends a cached page: its bytes and its ETag (Express answers 304 to a matching If-None-Match). */
export function sendPage(res: Response, page: CachedPage): void {
  res.set('Content-Type', 'text/html; charset=utf-8');
  // Express checks If-None-Match against this and answers 304; it computes no ETag of its own when one is set.
  res.set('ETag', page.etag);
  res.send(page.body);
}

/**
 * Sends an anonymous visitor's lesson page from the per-process cache, rendering it once per catalogue revision,
 * language and `?source`: no database round trip and no template work on a hit.
 */
export async function sendAnonymousLesson(
  req: Request,
  res: Response,
  context: { pages: PageCache; snapshot: CatalogSnapshot; found: FoundLesson; source: boolean },
): Promise<void> {
  const { pages, snapshot, found, source } = context;
  const key = { packId: found.pack.id, lessonId: found.lesson.id, language: req.language, source };
  const cached = pages.get(snapshot.revision, key);
  if (cached !== undefined) {
    sendPage(res, cached);
    return;
  }
  const view = buildLessonView({ ...found, language: req.language, source, learner: null });
  sendPage(res, pages.set(snapshot.revision, key, await renderToString(res, view)));
}
