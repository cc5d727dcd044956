import type { Doc, StoredIndexSpec } from '../../../../src/platform/db/fallback/congo-internals';
import { UniqueKeyCache, type CachedWrite } from '../../../../src/platform/db/fallback/unique-key-cache';
import { DuplicateKeyError } from '../../../../src/platform/db/fallback/unique-keys';
import { keyTools } from './key-tools';

const specs: StoredIndexSpec[] = [{ name: 'email_1', key: { email: 1 }, unique: true }];

/** A collection map and a cache, written to the way the guarded storage does. */
function collection() {
  const docs = new Map<string, Doc>();
  const cache = new UniqueKeyCache(keyTools);
  const write = (storageKey: string, after: Doc | null): void => {
    const change: CachedWrite = {
      namespace: 't.users',
      specs,
      documents: () => docs.entries(),
      storageKey,
      before: docs.get(storageKey) ?? null,
      after,
    };
    cache.check(change);
    if (after) docs.set(storageKey, after);
    else docs.delete(storageKey);
    cache.apply(change);
  };
  return { docs, cache, write };
}

describe('the unique key cache', () => {
  test('refuses a second document with a taken key', () => {
    const { write } = collection();
    write('1', { email: 'a@x' });
    expect(() => {
      write('2', { email: 'a@x' });
    }).toThrow(DuplicateKeyError);
  });

  test('lets a document be updated while keeping its own key', () => {
    const { write } = collection();
    write('1', { email: 'a@x', name: 'Ana' });
    expect(() => {
      write('1', { email: 'a@x', name: 'Ana B.' });
    }).not.toThrow();
  });

  test('frees a key when its document changes it or is deleted', () => {
    const { write } = collection();
    write('1', { email: 'a@x' });
    write('1', { email: 'b@x' });
    write('2', { email: 'a@x' });
    write('2', null);
    expect(() => {
      write('3', { email: 'a@x' });
    }).not.toThrow();
  });

  test('after invalidation, keys are rebuilt from the documents as they are', () => {
    const { docs, cache, write } = collection();
    write('1', { email: 'a@x' });
    docs.set('1', { email: 'changed-behind-its-back@x' });
    cache.invalidate('t');
    expect(() => {
      write('2', { email: 'a@x' });
    }).not.toThrow();
    expect(() => {
      write('3', { email: 'changed-behind-its-back@x' });
    }).toThrow(/E11000/);
  });
});
