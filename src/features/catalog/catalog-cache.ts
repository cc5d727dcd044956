import type { Framework, Pathways } from '../../content/framework/framework-types';
import { catalogRevision, contentStateModel } from '../../content/store/content-state.model';
import { packModel } from '../../content/store/pack.model';
import { packVersionModel, type PackVersionRecord } from '../../content/store/pack-version.model';
import { LANGUAGES } from '../../platform/i18n';
import type { Logger } from '../../platform/logger';
import { toPublishedPack, type PublishedPack } from './published-pack';
import { buildSearchIndex, type SearchHit } from './search-index';

/** Everything learners can see, as of one catalogue revision. Read synchronously by every page. */
export interface CatalogSnapshot {
  readonly revision: number;
  readonly packs: ReadonlyMap<string, PublishedPack>;
  /** Packs in catalogue order (area, then title). */
  readonly list: readonly PublishedPack[];
  readonly framework: Framework | null;
  readonly pathways: Pathways | null;
  search(language: string, query: string): SearchHit[];
}

/** A snapshot of the given published versions (the cache's, and tests' built in memory). */
export function createSnapshot(
  revision: number,
  records: PackVersionRecord[],
  framework: Framework | null,
  pathways: Pathways | null,
): CatalogSnapshot {
  const list = records
    .map(toPublishedPack)
    .sort((a, b) => a.manifest.area.localeCompare(b.manifest.area) || a.manifest.title.localeCompare(b.manifest.title));
  const indexes = new Map<string, (query: string) => SearchHit[]>();
  return {
    revision,
    packs: new Map(list.map((p) => [p.id, p])),
    list,
    framework,
    pathways,
    search(language, query) {
      let search = indexes.get(language);
      if (!search) {
        // Built on first use per language, then kept until the next revision.
        search = buildSearchIndex(list, language);
        indexes.set(language, search);
      }
      return search(query);
    },
  };
}

/**
 * Builds the search index of each interface language ahead of the first search, one language per
 * turn of the event loop, so no visitor waits for it and requests keep flowing between builds.
 */
function warmSearch(snapshot: CatalogSnapshot): void {
  const languages = [...LANGUAGES];
  const next = (): void => {
    const language = languages.shift();
    if (language === undefined) return;
    snapshot.search(language, 'warm');
    setImmediate(next).unref();
  };
  setImmediate(next).unref();
}

async function load(revision: number): Promise<CatalogSnapshot> {
  const published = await packModel().find({}).lean();
  const records =
    published.length === 0
      ? []
      : await packVersionModel()
          .find({ $or: published.map((p) => ({ packId: p._id, version: p.publishedVersion })) })
          .lean<PackVersionRecord[]>();
  const settings = await contentStateModel()
    .find({ _id: { $in: ['framework', 'pathways'] } })
    .lean();
  const data = (id: string): unknown => settings.find((s) => s._id === id)?.data ?? null;
  return createSnapshot(revision, records, data('framework') as Framework | null, data('pathways') as Pathways | null);
}

/**
 * The per-process cache of published content. Pages read `current()` with no query; a timer asks
 * MongoDB for the catalogue revision every `pollMs` and reloads when a publish changed it, so
 * every process sees a new version within a few seconds.
 */
export class CatalogCache {
  private state: CatalogSnapshot = createSnapshot(-1, [], null, null);
  private timer: NodeJS.Timeout | undefined;
  private loading: Promise<boolean> | undefined;

  constructor(private readonly options: { logger: Logger; pollMs?: number }) {}

  /** The snapshot pages render from. */
  current(): CatalogSnapshot {
    return this.state;
  }

  /** Reloads if the stored revision differs from the cached one; true when it reloaded. */
  refresh(force = false): Promise<boolean> {
    this.loading ??= this.reload(force).finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async reload(force: boolean): Promise<boolean> {
    const revision = await catalogRevision();
    if (!force && revision === this.state.revision) return false;
    this.state = await load(revision);
    this.options.logger.info({ revision, packs: this.state.list.length }, 'catalogue loaded');
    warmSearch(this.state);
    return true;
  }

  /** Starts polling (server only; tests call refresh()). */
  start(): void {
    this.timer ??= setInterval(() => {
      this.refresh().catch((error: unknown) => {
        this.options.logger.warn({ err: error }, 'catalogue refresh failed; serving the previous one');
      });
    }, this.options.pollMs ?? 2000);
    this.timer.unref();
  }

  /** Stops polling. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
