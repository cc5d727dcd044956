import { Router } from 'express';
import type { CatalogCache } from '../catalog';
import { LANGUAGES } from '../../platform/i18n';
import { featuredContent } from './home.view-model';

/** The front page: what Tessera is, the learning pathways and a way into each area. */
export function homeRouter(deps: { catalog?: CatalogCache } = {}): Router {
  const router = Router();
  router.get('/', (req, res) => {
    const featured = deps.catalog ? featuredContent(deps.catalog.current(), req.language, LANGUAGES) : null;
    res.render('home/index', { title: req.t('home:title'), featured });
  });
  return router;
}
