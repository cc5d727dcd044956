/** KeyTools for unit tests: bson's EJSON (the copy mongoose uses, same major as CongoDB's), a dotted-path reader and an equality matcher. */
import mongoose from 'mongoose';
import type { Doc } from '../../../../src/platform/db/fallback/congo-internals';
import type { KeyTools } from '../../../../src/platform/db/fallback/unique-keys';

function getNestedValue(doc: Doc, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Doc)[part];
  }
  return current;
}

export const keyTools: KeyTools = {
  getNestedValue,
  matches: (doc, filter) => Object.entries(filter).every(([path, value]) => getNestedValue(doc, path) === value),
  stringify: (value) => mongoose.mongo.BSON.EJSON.stringify(value, { relaxed: true }),
};
