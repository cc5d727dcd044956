import { join } from 'node:path';
import type { Express } from 'express';
import { importPaths, type ImportReport } from '../../src/content/import';
import { CatalogCache } from '../../src/features/catalog';
import { createLogger } from '../../src/platform/logger';
import { createTestApp } from './test-app';

/** Folder of fixture packs (with its own `_framework.yaml`). */
export const FIXTURE_PACKS = join(__dirname, '..', 'fixtures', 'packs');

/** The bundled curriculum. */
export const BUNDLED_PACKS = join(__dirname, '..', '..', 'modules-content');

/** Imports packs into this worker's test database, as `npm run packs -- import` would. */
export async function importPacks(paths: readonly string[], frameworkDir = FIXTURE_PACKS): Promise<ImportReport> {
  return importPaths(paths, { platformFrameworkDir: frameworkDir });
}

/** Imports packs, then builds the app with a catalogue cache already loaded. */
export async function appWithContent(
  paths: readonly string[],
  env: Record<string, string> = {},
  frameworkDir = FIXTURE_PACKS,
): Promise<{ app: Express; catalog: CatalogCache; report: ImportReport }> {
  const report = await importPacks(paths, frameworkDir);
  const catalog = new CatalogCache({ logger: createLogger({ level: 'silent' }) });
  await catalog.refresh(true);
  return { app: createTestApp(env, catalog), catalog, report };
}
