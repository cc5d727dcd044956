import { Router } from 'express';
import type { CatalogCache } from './catalog-cache';

/** Catalogue (/modules, search, pathways) and module pages. */
export function catalogRouter(_deps: { catalog: CatalogCache }): Router {
  return Router();
}
