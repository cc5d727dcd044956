import mongoose from 'mongoose';
import type { StoredIndexSpec } from '../../../../src/platform/db/fallback/congo-internals';
import {
  duplicateKeyError,
  findExistingDuplicate,
  indexKeys,
  isEnforcedUnique,
} from '../../../../src/platform/db/fallback/unique-keys';
import { keyTools } from './key-tools';

const email: StoredIndexSpec = { name: 'email_1', key: { email: 1 }, unique: true };

describe('index keys of a document', () => {
  test('a missing field counts as null, so two documents without it share a key', () => {
    expect(indexKeys({}, email, keyTools).map((key) => key.values)).toEqual([[null]]);
    expect(indexKeys({ email: null }, email, keyTools)[0]?.text).toBe(indexKeys({}, email, keyTools)[0]?.text);
  });

  test('a sparse index skips documents without the field but keeps explicit nulls', () => {
    const sparse = { ...email, sparse: true };
    expect(indexKeys({}, sparse, keyTools)).toEqual([]);
    expect(indexKeys({ email: null }, sparse, keyTools)).toHaveLength(1);
  });

  test('a partial index skips documents outside its filter', () => {
    const partial = { ...email, partialFilterExpression: { kind: 'learner' } };
    expect(indexKeys({ email: 'a@x', kind: 'guest' }, partial, keyTools)).toEqual([]);
    expect(indexKeys({ email: 'a@x', kind: 'learner' }, partial, keyTools)).toHaveLength(1);
  });

  test('an array gives one key per element (multikey)', () => {
    const tags: StoredIndexSpec = { name: 'tags_1', key: { tags: 1 }, unique: true };
    expect(indexKeys({ tags: ['iot', 'ai'] }, tags, keyTools).map((key) => key.values)).toEqual([['iot'], ['ai']]);
  });

  test('a string and an ObjectId with the same hex are different keys, equal Dates are the same', () => {
    const id = new mongoose.Types.ObjectId();
    const [asId] = indexKeys({ email: id }, email, keyTools);
    const [asText] = indexKeys({ email: id.toHexString() }, email, keyTools);
    expect(asId?.text).not.toBe(asText?.text);
    const [a] = indexKeys({ email: new Date(5) }, email, keyTools);
    const [b] = indexKeys({ email: new Date(5) }, email, keyTools);
    expect(a?.text).toBe(b?.text);
  });

  test('only secondary unique indexes are enforced here (_id is the storage key)', () => {
    expect(isEnforcedUnique(email)).toBe(true);
    expect(isEnforcedUnique({ name: '_id_', key: { _id: 1 }, unique: true })).toBe(false);
    expect(isEnforcedUnique({ name: 'a_1', key: { a: 1 } })).toBe(false);
  });
});

describe('duplicate key errors', () => {
  test('read like mongod’s and carry keyPattern and keyValue', () => {
    const spec = { name: 'learner_1_pack_1', key: { learner: 1, pack: 1 } };
    const error = duplicateKeyError('tessera.progress', spec, ['ana', 'iot'], keyTools);
    expect(error.code).toBe(11000);
    expect(error.message).toBe(
      'E11000 duplicate key error collection: tessera.progress index: learner_1_pack_1 dup key: { learner: "ana", pack: "iot" }',
    );
    expect(error.keyPattern).toEqual({ learner: 1, pack: 1 });
    expect(error.keyValue).toEqual({ learner: 'ana', pack: 'iot' });
  });

  test('existing duplicates are found when a unique index is created, and none for distinct values', () => {
    const docs = [{ email: 'a@x' }, { email: 'b@x' }, { email: 'a@x' }];
    expect(findExistingDuplicate('t.users', email, docs, keyTools)?.keyValue).toEqual({ email: 'a@x' });
    expect(findExistingDuplicate('t.users', email, docs.slice(0, 2), keyTools)).toBeNull();
  });
});
