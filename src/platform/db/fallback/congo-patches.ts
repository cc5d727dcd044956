/**
 * Two corrections to CongoDB 2.2.0's UpdateEngine (static methods, replaced on the class once):
 * - `deepClone` copied every object field by field, so an update to any document turned its binary
 *   data, Decimal128, Long, UUID and regular-expression values into plain objects (data loss). BSON
 *   values are immutable in practice, so the clone now keeps them as they are.
 * - `$pull` with an operator condition (`{ $pull: { scores: { $gte: 5 } } }`) failed with "unknown top
 *   level operator", and a field condition on sub-documents (`{ $pull: { items: { qty: { $lt: 1 } } } }`)
 *   compared `{ $lt: 1 }` by equality. Both now match as mongod does.
 * And one for its upserts: `$setOnInsert` is applied with `Object.assign`, so `{ 'meta.createdAt': d }`
 * became a field literally named "meta.createdAt"; `expandDottedKeys` (used on every insert) turns such
 * top-level names back into paths.
 */
import type { Doc } from './congo-internals';

/** The UpdateEngine statics we replace, and the helpers they use. */
export interface UpdateEngineStatics {
  deepClone(value: unknown): unknown;
  applyPull(doc: Doc, fields: Doc, arrayFilters?: unknown): void;
  getNestedValue(doc: Doc, path: string): unknown;
  valuesEqual(a: unknown, b: unknown): boolean;
}

const PATCHED = Symbol.for('tessera.congoPatched');

function isBsonValue(value: object): boolean {
  return '_bsontype' in value || value instanceof RegExp || ArrayBuffer.isView(value);
}

/** A deep copy of documents and arrays that keeps Dates as new Dates and BSON values as they are. */
export function cloneDocument(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (isBsonValue(value)) return value;
  if (Array.isArray(value)) return value.map(cloneDocument);
  const copy: Doc = {};
  for (const [key, field] of Object.entries(value)) copy[key] = cloneDocument(field);
  return copy;
}

const LOGICAL = new Set(['$and', '$or', '$nor']);

/** Whether one array element matches a `$pull` condition, with mongod's rules. */
export function pullMatches(item: unknown, condition: unknown, matches: (doc: Doc, filter: Doc) => boolean): boolean {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition) || condition instanceof Date) {
    return false; // exact values are handled by CongoDB's own equality branch
  }
  const keys = Object.keys(condition);
  const isDoc = typeof item === 'object' && item !== null && !Array.isArray(item);
  if (keys.length > 0 && keys.every((key) => key.startsWith('$') && !LOGICAL.has(key))) {
    return matches({ element: item }, { element: condition });
  }
  return isDoc && matches(item as Doc, condition as Doc);
}

function isQueryCondition(condition: unknown): condition is Doc {
  return (
    typeof condition === 'object' &&
    condition !== null &&
    !Array.isArray(condition) &&
    !(condition instanceof Date) &&
    !('_bsontype' in condition)
  );
}

/** Replaces `deepClone` and `applyPull` on CongoDB's UpdateEngine class (once per process). */
export function patchUpdateEngine(engine: UpdateEngineStatics, matches: (doc: Doc, filter: Doc) => boolean): void {
  const marked = engine as UpdateEngineStatics & { [PATCHED]?: boolean };
  if (marked[PATCHED] === true) return;
  const originalPull = engine.applyPull.bind(engine);
  engine.deepClone = cloneDocument;
  engine.applyPull = (doc, fields, arrayFilters) => {
    const exact: Doc = {};
    for (const [path, condition] of Object.entries(fields)) {
      const array = engine.getNestedValue(doc, path);
      if (!isQueryCondition(condition)) exact[path] = condition;
      else if (Array.isArray(array)) {
        const list = array as unknown[];
        const kept = list.filter((item) => !pullMatches(item, condition, matches));
        list.splice(0, list.length, ...kept);
      }
    }
    originalPull(doc, exact, arrayFilters);
  };
  marked[PATCHED] = true;
}

/** Sets `value` at a dotted path, creating (or replacing non-object) intermediate fields. */
function setPath(doc: Doc, path: string[], value: unknown): void {
  let current = doc;
  for (const part of path.slice(0, -1)) {
    const next = current[part];
    const child: Doc = typeof next === 'object' && next !== null && !Array.isArray(next) ? (next as Doc) : {};
    current[part] = child;
    current = child;
  }
  current[path[path.length - 1] ?? ''] = value;
}

/** The document with top-level names like "meta.createdAt" moved to nested paths (see the top of this file). */
export function expandDottedKeys(doc: Doc): Doc {
  const dotted = Object.keys(doc).filter((key) => key.includes('.'));
  if (dotted.length === 0) return doc;
  const expanded: Doc = Object.fromEntries(Object.entries(doc).filter(([key]) => !key.includes('.')));
  for (const key of dotted) setPath(expanded, key.split('.'), doc[key]);
  return expanded;
}
