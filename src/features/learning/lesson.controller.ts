import type { Request, Response } from 'express';
import { lessonUrl } from '../../content/pack/pack-urls';
import { requireUser } from '../../platform/http/auth';
import type { CatalogCache } from '../catalog/catalog-cache';
import { lessonParams, lessonQuery, parseParams } from './lesson-params';
import { renderLesson, sendAnonymousLesson } from './lesson-render';
import { completeLesson, findLesson, loadLearnerRecords } from './lesson.service';
import { buildLessonView } from './lesson.view-model';
import type { PageCache } from './page-cache';
import { certificateUrl } from '../certificates/locale-format';

/** What the lesson handlers need. */
export interface LessonDeps {
  catalog: CatalogCache;
  pages: PageCache;
}

/** Lesson pages and "mark as done". */
export function lessonController(deps: LessonDeps) {
  return {
    /** GET a lesson: cached whole for anonymous visitors; with the learner's state (1–2 queries) otherwise. */
    show: async (req: Request, res: Response): Promise<void> => {
      const snapshot = deps.catalog.current();
      const found = findLesson(snapshot, parseParams(lessonParams, req));
      const { source, attempt } = lessonQuery.parse(req.query);
      if (!req.user) return sendAnonymousLesson(req, res, { pages: deps.pages, snapshot, found, source });
      const learner = await loadLearnerRecords({ learnerId: req.user.id, packId: found.pack.id, attemptId: attempt });
      renderLesson(res, 200, buildLessonView({ ...found, language: req.language, source, learner }));
    },

    /** POST "mark as done": back to the lesson, or to the certificate when this completed the module. */
    markDone: async (req: Request, res: Response): Promise<void> => {
      const { pack, lesson } = findLesson(deps.catalog.current(), parseParams(lessonParams, req));
      const { id, name } = requireUser(req);
      const { certificateId } = await completeLesson({ pack, lessonId: lesson.id, learner: { id, name } });
      res.redirect(
        303,
        certificateId ? certificateUrl(certificateId) : `${lessonUrl(pack.id, lesson.id)}#lesson-state`,
      );
    },
  };
}
