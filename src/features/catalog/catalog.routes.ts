import { Router } from 'express';
import type { CatalogCache } from './catalog-cache';
import { catalogController } from './catalog.controller';

/** Catalogue (/modules, search, pathways) and module pages; read-only, no form posts. */
export function catalogRouter(deps: { catalog: CatalogCache }): Router {
  const c = catalogController(deps);
  const router = Router();
  router.get('/modules', c.list);
  router.get('/modules/:packId', c.show);
  return router;
}
