import type { Request, Response } from 'express';
import { requireUser } from '../../platform/http/auth';
import type { CatalogCache } from '../catalog';
import { buildDashboard } from './dashboard-view';
import { listProgress } from './progress.service';

/** What the dashboard needs from the app. */
export interface DashboardDeps {
  catalog: CatalogCache;
}

/** Handlers of the learner's dashboard. */
export function dashboardController(deps: DashboardDeps) {
  return {
    /** One query (the learner's progress documents) besides the session; the rest comes from the catalogue cache. */
    show: async (req: Request, res: Response): Promise<void> => {
      const user = requireUser(req);
      const records = await listProgress(user.id);
      const dashboard = buildDashboard({ records, catalog: deps.catalog.current(), language: req.language });
      res.render('learning/dashboard', { title: req.t('dashboard:title'), dashboard });
    },
  };
}
