/**
 * Unique-index checks for the fallback server, which (CongoDB 2.2.0) stores unique indexes but never
 * enforces them on writes. Pure functions over documents, so they are unit-tested without a server.
 */
import type { Doc, StoredIndexSpec } from './congo-internals';

/** How the checks read documents: CongoDB's own path reader and matcher, and bson's EJSON. */
export interface KeyTools {
  getNestedValue: (doc: Doc, path: string) => unknown;
  matches: (doc: Doc, filter: Doc) => boolean;
  stringify: (value: unknown) => string;
}

/** One index key of one document: the values in index-field order, and their comparable form. */
export interface IndexKey {
  values: unknown[];
  text: string;
}

/** The error a mongod returns for a duplicate key (code 11000), with `keyPattern` and `keyValue`. */
export class DuplicateKeyError extends Error {
  readonly code = 11000;
  readonly codeName = 'DuplicateKey';
  constructor(
    message: string,
    readonly keyPattern: Record<string, unknown>,
    readonly keyValue: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DuplicateKeyError';
  }
}

/** True for the secondary unique indexes this module enforces (`_id_` is enforced by the storage map). */
export function isEnforcedUnique(spec: StoredIndexSpec): boolean {
  return spec.unique === true && spec.name !== '_id_';
}

/**
 * The keys a document contributes to an index, or none when a sparse or partial index skips it.
 * Missing fields count as null, and an array contributes one key per element (a multikey index).
 */
export function indexKeys(doc: Doc, spec: StoredIndexSpec, tools: KeyTools): IndexKey[] {
  const fields = Object.keys(spec.key);
  const raw = fields.map((field) => tools.getNestedValue(doc, field));
  if (spec.sparse === true && raw.every((value) => value === undefined)) return [];
  if (spec.partialFilterExpression && !tools.matches(doc, spec.partialFilterExpression)) return [];
  const choices = raw.map((value) =>
    Array.isArray(value) && value.length > 0 ? (value as unknown[]) : [value ?? null],
  );
  return combine(choices).map((values) => ({ values, text: tools.stringify(values) }));
}

/** Every combination of one value per field (at most one field is an array in practice). */
function combine(choices: unknown[][]): unknown[][] {
  return choices.reduce<unknown[][]>(
    (partial, options) => partial.flatMap((prefix) => options.map((option) => [...prefix, option])),
    [[]],
  );
}

/** Finds the first pair of documents that break a unique index (used when the index is created). */
export function findExistingDuplicate(
  namespace: string,
  spec: StoredIndexSpec,
  docs: Iterable<Doc>,
  tools: KeyTools,
): DuplicateKeyError | null {
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const key of indexKeys(doc, spec, tools)) {
      if (seen.has(key.text)) return duplicateKeyError(namespace, spec, key.values, tools);
      seen.add(key.text);
    }
  }
  return null;
}

/** Builds the error with mongod's message format: `E11000 duplicate key error collection: …`. */
export function duplicateKeyError(
  namespace: string,
  spec: Pick<StoredIndexSpec, 'name' | 'key'>,
  values: unknown[],
  tools: Pick<KeyTools, 'stringify'>,
): DuplicateKeyError {
  const fields = Object.keys(spec.key);
  const keyValue = Object.fromEntries(fields.map((field, i) => [field, values[i] ?? null]));
  const shown = fields.map((field, i) => `${field}: ${tools.stringify(values[i] ?? null)}`).join(', ');
  const message = `E11000 duplicate key error collection: ${namespace} index: ${spec.name} dup key: { ${shown} }`;
  return new DuplicateKeyError(message, { ...spec.key }, keyValue);
}
