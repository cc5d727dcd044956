/**
 * Removes documents whose TTL index says they expired, as mongod's TTL monitor does every 60 s.
 * CongoDB 2.2.0 stores `expireAfterSeconds` but never acts on it, so without this, connect-mongo's
 * sessions and rate-limiter-flexible's counters would pile up on the fallback (both also ignore expired
 * documents when reading, so this is housekeeping, not correctness).
 */
import type { Doc, StoredIndexSpec } from './congo-internals';

/** A collection with a TTL index. */
export interface TtlNamespace {
  db: string;
  coll: string;
  field: string;
  expireAfterSeconds: number;
}

/** What the monitor needs from the storage. */
export interface TtlStore {
  namespaces(): TtlNamespace[];
  documents(db: string, coll: string): Doc[];
  remove(db: string, coll: string, id: unknown): Promise<void>;
  getNestedValue(doc: Doc, path: string): unknown;
}

/** The TTL namespaces among stored index lists (mongod honours TTL on single-field indexes only). */
export function ttlNamespaces(indexes: Map<string, Map<string, StoredIndexSpec[]>>): TtlNamespace[] {
  const found: TtlNamespace[] = [];
  for (const [db, collections] of indexes) {
    for (const [coll, specs] of collections) {
      for (const spec of specs) {
        const fields = Object.keys(spec.key);
        const field = fields[0];
        if (typeof spec.expireAfterSeconds !== 'number' || fields.length !== 1 || field === undefined) continue;
        found.push({ db, coll, field, expireAfterSeconds: spec.expireAfterSeconds });
      }
    }
  }
  return found;
}

/** True when the document's TTL field (a date, or the earliest date of an array) has expired at `now`. */
export function isExpired(value: unknown, expireAfterSeconds: number, now: Date): boolean {
  const candidates = Array.isArray(value) ? (value as unknown[]) : [value];
  const times = candidates.filter((item): item is Date => item instanceof Date).map((date) => date.getTime());
  if (times.length === 0) return false;
  return Math.min(...times) + expireAfterSeconds * 1000 <= now.getTime();
}

/** Removes every expired document of one namespace; returns how many. */
export async function removeExpired(store: TtlStore, ns: TtlNamespace, now: Date): Promise<number> {
  const expired = store
    .documents(ns.db, ns.coll)
    .filter((doc) => isExpired(store.getNestedValue(doc, ns.field), ns.expireAfterSeconds, now));
  for (const doc of expired) await store.remove(ns.db, ns.coll, doc._id);
  return expired.length;
}

/** How the monitor runs. */
export interface TtlMonitorOptions {
  store: TtlStore;
  /** Runs a sweep of one namespace under that namespace's write lock. */
  runLocked: (namespace: string, task: () => Promise<number>) => Promise<number>;
  onError: (error: unknown) => void;
  intervalMs?: number;
}

/** Runs `removeExpired` over every TTL namespace every `intervalMs` (default 60 s, as mongod). */
export function startTtlMonitor(options: TtlMonitorOptions): { stop(): void } {
  const { store, runLocked, onError } = options;
  let running: Promise<void> = Promise.resolve();
  const sweep = async (): Promise<void> => {
    const now = new Date();
    for (const ns of store.namespaces()) await runLocked(`${ns.db}.${ns.coll}`, () => removeExpired(store, ns, now));
  };
  const timer = setInterval(() => {
    running = running.then(sweep).catch(onError);
  }, options.intervalMs ?? 60_000);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
    },
  };
}
