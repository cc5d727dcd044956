import type { Framework, Pathways } from '../framework/framework-types';
import type { BuiltPack } from '../pack/built-pack';
import type { Problem } from '../problems';
import { bumpCatalogRevision, contentStateModel } from '../store/content-state.model';
import { importBuiltPack, type ImportOutcome } from './import-pack';

/** What validation produced (the shape of validatePaths' result that import needs). */
export interface ImportInput {
  packs: readonly BuiltPack[];
  problems: readonly Problem[];
  framework?: Framework | undefined;
  pathways?: Pathways | undefined;
}

/** The result of importing a validation run. */
export interface ImportReport {
  outcomes: ImportOutcome[];
  problems: readonly Problem[];
  /** True when learners now see something different (a publish, a new framework or pathways). */
  changed: boolean;
}

function refusedByValidation(input: ImportInput): ImportOutcome[] {
  const built = new Set(input.packs.map((p) => p.id));
  const counts = new Map<string, number>();
  for (const p of input.problems) {
    // Content-folder files (`_framework.yaml`, `_pathways.yaml`) have no pack: they refuse no pack.
    if (p.severity === 'error' && p.pack !== '' && !built.has(p.pack))
      counts.set(p.pack, (counts.get(p.pack) ?? 0) + 1);
  }
  return [...counts].map(([packId, n]) => ({
    packId,
    version: '',
    outcome: 'refused' as const,
    code: 'import.invalid',
    reason: `${n} problem${n === 1 ? '' : 's'} found: nothing of this pack was stored.`,
  }));
}

async function storeSetting(id: 'framework' | 'pathways', data: unknown): Promise<boolean> {
  const existing = await contentStateModel().findById(id, { data: 1 }).lean();
  if (existing && JSON.stringify(existing.data) === JSON.stringify(data)) return false;
  await contentStateModel().updateOne({ _id: id }, { $set: { data, updatedAt: new Date() } }, { upsert: true });
  return true;
}

/** Imports every valid pack of a run (each on its own), stores the framework and pathways, and tells other processes. */
export async function importRun(input: ImportInput): Promise<ImportReport> {
  const outcomes: ImportOutcome[] = refusedByValidation(input);
  let changed = false;
  for (const pack of input.packs) {
    const outcome = await importBuiltPack(pack);
    outcomes.push(outcome);
    if (outcome.outcome === 'imported' && outcome.published) changed = true;
  }
  if (input.framework)
    changed = (await storeSetting('framework', JSON.parse(JSON.stringify(input.framework)))) || changed;
  if (input.pathways) changed = (await storeSetting('pathways', JSON.parse(JSON.stringify(input.pathways)))) || changed;
  if (changed) await bumpCatalogRevision();
  return { outcomes, problems: input.problems, changed };
}
