import { Router } from 'express';
import { requireLogin } from '../../platform/http/auth';
import { dashboardController, type DashboardDeps } from './dashboard.controller';

/** /dashboard: the learner's modules, scores, certificates and pathways (login required, then back here). */
export function dashboardRouter(deps: DashboardDeps): Router {
  const c = dashboardController(deps);
  const router = Router();
  router.get('/dashboard', requireLogin, c.show);
  return router;
}
