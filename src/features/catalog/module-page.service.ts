import { computeModuleProgress, findProgress } from '../learning';
import type { CatalogSnapshot } from './catalog-cache';
import { moduleParams } from './catalog.schemas';
import { moduleView, type ModuleView } from './module.view-model';
import { personalProgress, startAction, type PersonalProgress, type StartAction } from './module-progress.view-model';
import type { PublishedPack } from './published-pack';

/** Everything a module page shows. */
export interface ModulePage {
  view: ModuleView;
  start: StartAction | null;
  /** Null for anonymous visitors. */
  personal: PersonalProgress | null;
}

const views = new WeakMap<PublishedPack, Map<string, ModuleView>>();

/** The public part, built once per published version and language. */
function cachedView(snapshot: CatalogSnapshot, pack: PublishedPack, language: string): ModuleView {
  let perLanguage = views.get(pack);
  if (!perLanguage) {
    perLanguage = new Map();
    views.set(pack, perLanguage);
  }
  let view = perLanguage.get(language);
  if (!view) {
    view = moduleView(snapshot, pack, language);
    perLanguage.set(language, view);
  }
  return view;
}

/**
 * The module page for a visitor: public content from the in-memory catalogue, plus, for a logged-in
 * learner, their progress document (the page's only query). Null when no such module is published.
 */
export async function loadModulePage(input: {
  snapshot: CatalogSnapshot;
  params: unknown;
  language: string;
  learnerId: string | null;
}): Promise<ModulePage | null> {
  const params = moduleParams.safeParse(input.params);
  const pack = params.success ? input.snapshot.packs.get(params.data.packId) : undefined;
  if (!pack) return null;
  const view = cachedView(input.snapshot, pack, input.language);
  if (input.learnerId === null) return { view, start: startAction(view, null), personal: null };
  const record = await findProgress(input.learnerId, pack.id);
  const progress = computeModuleProgress(pack, record);
  const certificateId = record?.certificateId ? String(record.certificateId) : null;
  return {
    view,
    start: startAction(view, progress),
    personal: personalProgress(progress, certificateId, input.language),
  };
}
