import mongoose from 'mongoose';
import type { Doc } from '../../../../src/platform/db/fallback/congo-internals';
import {
  cloneDocument,
  expandDottedKeys,
  patchUpdateEngine,
  pullMatches,
  type UpdateEngineStatics,
} from '../../../../src/platform/db/fallback/congo-patches';

/** A tiny matcher: field equality plus $gte/$lt, enough to see which branch pullMatches takes. */
function matches(doc: Doc, filter: Doc): boolean {
  return Object.entries(filter).every(([field, condition]) => {
    const value = doc[field] as number;
    if (typeof condition !== 'object' || condition === null) return value === condition;
    const { $gte, $lt } = condition as { $gte?: number; $lt?: number };
    return ($gte === undefined || value >= $gte) && ($lt === undefined || value < $lt);
  });
}

describe('document cloning for updates', () => {
  test('keeps binary, Decimal128, ObjectId and RegExp values as they are and copies Dates', () => {
    const doc = {
      bin: new mongoose.mongo.Binary(Buffer.from([1, 2])),
      price: mongoose.mongo.Decimal128.fromString('9.99'),
      id: new mongoose.Types.ObjectId(),
      pattern: /iot/i,
      at: new Date(7),
      nested: { list: [1, { a: 2 }] },
    };
    const copy = cloneDocument(doc) as typeof doc;
    expect(copy.bin).toBe(doc.bin);
    expect(copy.price).toBe(doc.price);
    expect(copy.id).toBe(doc.id);
    expect(copy.pattern).toBe(doc.pattern);
    expect(copy.at).toEqual(doc.at);
    expect(copy.at).not.toBe(doc.at);
    expect(copy.nested).toEqual(doc.nested);
    expect(copy.nested).not.toBe(doc.nested);
  });
});

describe('$pull conditions', () => {
  test('an operator condition applies to each element itself', () => {
    expect([1, 5, 9].filter((item) => !pullMatches(item, { $gte: 5 }, matches))).toEqual([1]);
  });

  test('a field condition applies to sub-documents and never to plain values', () => {
    const items = [{ qty: 0 }, { qty: 3 }, 7];
    expect(items.filter((item) => !pullMatches(item, { qty: { $lt: 1 } }, matches))).toEqual([{ qty: 3 }, 7]);
  });

  test('the patched engine removes by condition and leaves exact values to the original $pull', () => {
    const calls: Doc[] = [];
    const engine: UpdateEngineStatics = {
      deepClone: (value) => value,
      applyPull: (_doc, fields) => calls.push(fields),
      getNestedValue: (doc, path) => doc[path],
      valuesEqual: (a, b) => a === b,
    };
    patchUpdateEngine(engine, matches);
    const doc: Doc = { scores: [1, 5, 9], tags: ['a', 'b'] };
    engine.applyPull(doc, { scores: { $gte: 5 }, tags: 'a' });
    expect(doc.scores).toEqual([1]);
    expect(calls).toEqual([{ tags: 'a' }]);
    expect(engine.deepClone).toBe(cloneDocument);
  });
});

describe('dotted top-level names from $setOnInsert', () => {
  test('become nested paths merged into existing sub-documents', () => {
    expect(expandDottedKeys({ _id: 1, meta: { a: 1 }, 'meta.createdAt': 2, 'x.y.z': 3 })).toEqual({
      _id: 1,
      meta: { a: 1, createdAt: 2 },
      x: { y: { z: 3 } },
    });
  });

  test('leave a document without dotted names untouched (same object)', () => {
    const doc = { _id: 1, a: { 'b.c': 1 } };
    expect(expandDottedKeys(doc)).toBe(doc);
  });
});
