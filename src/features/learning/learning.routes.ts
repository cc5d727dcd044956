import { Router, type RequestHandler } from 'express';
import type { CatalogCache } from '../catalog';

/** Lesson pages, assets, quiz submissions, "mark as done" and the dashboard. */
export function learningRouter(_deps: { catalog: CatalogCache; csrf: RequestHandler }): Router {
  return Router();
}
