/**
 * Saves changed collections shortly after writes: `quietMs` after the last change, but never later than
 * `maxDelayMs` after the first unsaved one, so a steady stream of writes still reaches the disk. Only the
 * collections that changed are rewritten. `close()` saves whatever is left.
 */
import type { DbLogger } from '../types';
import { writeFileAtomically } from '../atomic-file';
import { collectionFile, removeCollectionFile, removeDatabaseDir } from './snapshot-files';

/** Where the writer gets the current state from. */
export interface SnapshotSource {
  /** The file text of a collection, or null when the collection no longer exists. */
  serialize(db: string, coll: string): string | null;
  /** The collections a database has now. */
  collections(db: string): string[];
}

/** Settings of the writer. */
export interface SnapshotWriterOptions {
  root: string;
  source: SnapshotSource;
  logger: DbLogger;
  quietMs?: number;
  maxDelayMs?: number;
}

/** After a failed save (disk full, permissions), wait this long before trying again. */
const RETRY_MS = 5000;

/** Debounced, per-collection saving of the fallback's data. */
export class SnapshotWriter {
  private readonly dirtyCollections = new Map<string, Set<string>>();
  private readonly dirtyDatabases = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private firstChangeAt = 0;
  private flushing: Promise<void> | null = null;
  private changeCount = 0;
  private savedCount = 0;
  private waiters: { target: number; resolve: () => void }[] = [];
  private readonly quietMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly options: SnapshotWriterOptions) {
    this.quietMs = options.quietMs ?? 200;
    this.maxDelayMs = options.maxDelayMs ?? 1000;
  }

  /** Records a change; `coll` undefined means the whole database (dropped or replaced). */
  changed(db: string, coll?: string): void {
    this.changeCount += 1;
    if (coll === undefined) this.dirtyDatabases.add(db);
    else this.dirtyCollections.set(db, (this.dirtyCollections.get(db) ?? new Set()).add(coll));
    this.schedule();
  }

  /** Resolves once every change recorded before the call is on disk (it does not force a save). */
  whenPersisted(): Promise<void> {
    const target = this.changeCount;
    if (this.savedCount >= target) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ target, resolve }));
  }

  /** Saves what is left and stops the timer. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.flushing) await this.flushing;
    if (this.isDirty()) await this.flush();
  }

  private isDirty(): boolean {
    return this.dirtyCollections.size > 0 || this.dirtyDatabases.size > 0;
  }

  private schedule(retryAfterMs?: number): void {
    const now = Date.now();
    if (this.timer) clearTimeout(this.timer);
    else this.firstChangeAt = now;
    const due = Math.max(0, Math.min(this.quietMs, this.firstChangeAt + this.maxDelayMs - now));
    const delay = retryAfterMs ?? due;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
    // A pending save must not keep a finished process alive; `close()` saves on an orderly stop.
    this.timer.unref();
  }

  private async flush(): Promise<void> {
    if (this.flushing) {
      await this.flushing;
      if (this.isDirty() && !this.timer) this.schedule();
      return;
    }
    this.flushing = this.saveDirty();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }

  private async saveDirty(): Promise<void> {
    const upTo = this.changeCount;
    const databases = [...this.dirtyDatabases];
    const collections = new Map(this.dirtyCollections);
    this.dirtyDatabases.clear();
    this.dirtyCollections.clear();
    try {
      await this.write(databases, collections);
      this.savedCount = upTo;
      this.resolveWaiters();
    } catch (error) {
      this.options.logger.warn({ err: error, dir: this.options.root }, 'database: saving the fallback data failed');
      for (const db of databases) this.dirtyDatabases.add(db);
      for (const [db, colls] of collections) for (const coll of colls) this.changedQuietly(db, coll);
      this.schedule(RETRY_MS);
    }
  }

  private changedQuietly(db: string, coll: string): void {
    this.dirtyCollections.set(db, (this.dirtyCollections.get(db) ?? new Set()).add(coll));
  }

  private async write(databases: string[], collections: Map<string, Set<string>>): Promise<void> {
    const { root, source } = this.options;
    for (const db of databases) {
      await removeDatabaseDir(root, db);
      const colls = collections.get(db) ?? new Set<string>();
      for (const coll of source.collections(db)) colls.add(coll);
      collections.set(db, colls);
    }
    for (const [db, colls] of collections) {
      for (const coll of colls) {
        const text = source.serialize(db, coll);
        if (text === null) await removeCollectionFile(root, db, coll);
        else await writeFileAtomically(collectionFile(root, db, coll), text);
      }
    }
  }

  private resolveWaiters(): void {
    const ready = this.waiters.filter((waiter) => waiter.target <= this.savedCount);
    this.waiters = this.waiters.filter((waiter) => waiter.target > this.savedCount);
    for (const waiter of ready) waiter.resolve();
  }
}
