import { Router, type RequestHandler } from 'express';
import { requireLogin } from '../../platform/http/auth';
import type { CatalogCache } from '../catalog';
import { assetController } from './asset.controller';
import { dashboardRouter } from './dashboard.routes';
import { lessonController } from './lesson.controller';
import { PageCache } from './page-cache';
import { quizController } from './quiz.controller';

/**
 * Lesson pages, assets, quiz submissions, "mark as done" and the dashboard. `pages` is the anonymous lesson page
 * cache; pass the one given to `cachedLessonPages` when that fast path is mounted, so both use the same pages.
 */
export function learningRouter(deps: { catalog: CatalogCache; csrf: RequestHandler; pages?: PageCache }): Router {
  const lessons = lessonController({ catalog: deps.catalog, pages: deps.pages ?? new PageCache() });
  const quizzes = quizController({ catalog: deps.catalog });
  const assets = assetController({ catalog: deps.catalog });
  const router = Router();
  router.get('/modules/:packId/lessons/:lessonId', lessons.show);
  router.post('/modules/:packId/lessons/:lessonId/done', requireLogin, deps.csrf, lessons.markDone);
  router.post('/modules/:packId/quizzes/:quizId', requireLogin, deps.csrf, quizzes.submit);
  router.get('/modules/:packId/assets/:hash/:name', assets.serve);
  router.use(dashboardRouter({ catalog: deps.catalog }));
  return router;
}
