import type { Logger } from 'pino';
import { packModel } from '../store/pack.model';
import { validatePaths } from '../pack/validate-paths';
import { importRun, type ImportReport } from './import-run';

/** Validates folders or zips of packs and imports every valid pack (requires: a database connection). */
export async function importPaths(
  paths: readonly string[],
  options: { platformFrameworkDir: string; onProgress?: (p: { done: number; total: number; pack: string }) => void },
): Promise<ImportReport> {
  const knownPackIds = (await packModel().find({}, { _id: 1 }).lean()).map((p) => p._id);
  const run = await validatePaths(paths, {
    platformFrameworkDir: options.platformFrameworkDir,
    knownPackIds,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return importRun(run);
}

/**
 * Start-up import of the bundled packs: invalid packs are logged with every problem and skipped,
 * never a reason not to start.
 */
export async function importContentDir(dir: string, logger: Logger): Promise<ImportReport> {
  const report = await importPaths([dir], { platformFrameworkDir: dir });
  for (const p of report.problems) {
    const where = [p.file, p.line, p.column].filter((x) => x !== null && x !== '').join(':');
    logger[p.severity === 'error' ? 'warn' : 'debug']({ pack: p.pack, code: p.code, where }, p.message);
  }
  for (const o of report.outcomes) {
    if (o.outcome === 'refused') logger.warn({ pack: o.packId, code: o.code }, `pack skipped: ${o.reason}`);
    else
      logger.info(
        { pack: o.packId, version: o.version, outcome: o.outcome, published: o.publishedVersion },
        'pack ready',
      );
  }
  return report;
}
