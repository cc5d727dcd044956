import { Router } from 'express';
import type { CatalogCache } from '../catalog';

/** Public certificate pages (/certificates/:id) and their PDF. */
export function certificatesRouter(_deps: { catalog: CatalogCache }): Router {
  return Router();
}
