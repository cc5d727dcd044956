import type { Request, Response } from 'express';
import { LANGUAGES } from '../../platform/i18n';
import type { CatalogCache } from './catalog-cache';
import { browseCatalog } from './catalog.service';
import { loadModulePage } from './module-page.service';

/** Handlers of the catalogue and module pages. */
export function catalogController(deps: { catalog: CatalogCache }) {
  return {
    list: (req: Request, res: Response): void => {
      const page = browseCatalog(deps.catalog.current(), req.language, req.query, LANGUAGES);
      const title = page.filters.q ? req.t('catalog:results.heading', { q: page.filters.q }) : req.t('catalog:title');
      res.render('catalog/index', { title, page });
    },

    show: async (req: Request, res: Response): Promise<void> => {
      const snapshot = deps.catalog.current();
      const learnerId = req.user?.id ?? null;
      const page = await loadModulePage({ snapshot, params: req.params, language: req.language, learnerId });
      if (!page) {
        res.status(404).render('catalog/not-found', { title: req.t('catalog:not_found.title') });
        return;
      }
      res.render('catalog/module', { title: page.view.card.title, page });
    },
  };
}
