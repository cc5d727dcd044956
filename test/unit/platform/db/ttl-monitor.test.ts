import type { Doc, StoredIndexSpec } from '../../../../src/platform/db/fallback/congo-internals';
import {
  isExpired,
  removeExpired,
  ttlNamespaces,
  type TtlStore,
} from '../../../../src/platform/db/fallback/ttl-monitor';

const now = new Date('2026-06-01T12:00:00Z');

describe('TTL expiry', () => {
  test('a date expires expireAfterSeconds after it, not before', () => {
    expect(isExpired(new Date('2026-06-01T11:59:00Z'), 60, now)).toBe(true);
    expect(isExpired(new Date('2026-06-01T11:59:01Z'), 60, now)).toBe(false);
  });

  test('an array expires with its earliest date; a non-date never expires', () => {
    expect(isExpired([new Date('2030-01-01'), new Date('2020-01-01')], 0, now)).toBe(true);
    expect(isExpired('2020-01-01', 0, now)).toBe(false);
    expect(isExpired(undefined, 0, now)).toBe(false);
  });

  test('only single-field indexes with expireAfterSeconds count as TTL indexes', () => {
    const specs: StoredIndexSpec[] = [
      { name: 'expires_1', key: { expires: 1 }, expireAfterSeconds: 0 },
      { name: 'a_1_b_1', key: { a: 1, b: 1 }, expireAfterSeconds: 10 },
      { name: 'email_1', key: { email: 1 }, unique: true },
    ];
    const indexes = new Map([['tessera', new Map([['sessions', specs]])]]);
    expect(ttlNamespaces(indexes)).toEqual([
      { db: 'tessera', coll: 'sessions', field: 'expires', expireAfterSeconds: 0 },
    ]);
  });

  test('removeExpired deletes the expired documents only', async () => {
    const docs: Doc[] = [
      { _id: 'old', expires: new Date('2026-06-01T11:00:00Z') },
      { _id: 'fresh', expires: new Date('2026-06-02T00:00:00Z') },
      { _id: 'none' },
    ];
    const removed: unknown[] = [];
    const store: TtlStore = {
      namespaces: () => [],
      documents: () => docs,
      remove: (_db, _coll, id) => {
        removed.push(id);
        return Promise.resolve();
      },
      getNestedValue: (doc, path) => doc[path],
    };
    const ns = { db: 'tessera', coll: 'sessions', field: 'expires', expireAfterSeconds: 0 };
    expect(await removeExpired(store, ns, now)).toBe(1);
    expect(removed).toEqual(['old']);
  });
});
