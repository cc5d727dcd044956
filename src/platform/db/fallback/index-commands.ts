/**
 * `createIndexes`, `listIndexes` and `dropIndexes` for the fallback server, replacing CongoDB 2.2.0's
 * IndexHandler. That handler caches one IndexEngine per namespace in a module-level map that nothing
 * clears, so after `dropDatabase`/`drop` it kept answering with the old indexes and silently skipped
 * re-creating them. These handlers keep no state: they read and write the storage's index list directly,
 * so the index cache is always the storage itself. They also keep `partialFilterExpression`, check a
 * new unique index against existing documents, and report conflicts with mongod's codes.
 */
import type { CommandContext, CommandHandler, Doc, StoredIndexSpec } from './congo-internals';
import { findExistingDuplicate, type KeyTools } from './unique-keys';

/** A command error in mongod's shape. */
function failure(code: number, codeName: string, errmsg: string): Doc {
  return { ok: 0, code, codeName, errmsg };
}

function notFound(ctx: CommandContext, coll: string): Doc {
  return failure(26, 'NamespaceNotFound', `ns does not exist: ${ctx.database}.${coll}`);
}

/** Reads one requested index, keeping only the options we store (undefined would serialise as null). */
export function toIndexSpec(raw: Doc): StoredIndexSpec | null {
  const key = raw.key;
  if (typeof key !== 'object' || key === null || Array.isArray(key)) return null;
  const keyDoc = key as Record<string, unknown>;
  const name =
    typeof raw.name === 'string'
      ? raw.name
      : Object.entries(keyDoc)
          .map(([field, direction]) => `${field}_${String(direction)}`)
          .join('_');
  const spec: StoredIndexSpec = { name, key: keyDoc };
  if (raw.unique === true) spec.unique = true;
  if (raw.sparse === true) spec.sparse = true;
  if (typeof raw.expireAfterSeconds === 'number') spec.expireAfterSeconds = raw.expireAfterSeconds;
  if (typeof raw.partialFilterExpression === 'object' && raw.partialFilterExpression !== null) {
    spec.partialFilterExpression = raw.partialFilterExpression as Doc;
  }
  return spec;
}

function sameKey(a: StoredIndexSpec, b: StoredIndexSpec): boolean {
  return JSON.stringify(a.key) === JSON.stringify(b.key);
}

function sameOptions(a: StoredIndexSpec, b: StoredIndexSpec): boolean {
  const options = (spec: StoredIndexSpec) =>
    JSON.stringify([spec.unique === true, spec.sparse === true, spec.expireAfterSeconds, spec.partialFilterExpression]);
  return options(a) === options(b);
}

/** Why a requested index cannot be created next to the existing ones, or null when it can (or exists). */
function conflictWith(existing: StoredIndexSpec[], spec: StoredIndexSpec): Doc | null {
  const named = existing.find((index) => index.name === spec.name);
  if (named && !sameKey(named, spec)) {
    return failure(
      86,
      'IndexKeySpecsConflict',
      `An existing index has the same name (${spec.name}) but a different key`,
    );
  }
  const keyed = existing.find((index) => sameKey(index, spec));
  if (keyed && (keyed.name !== spec.name || !sameOptions(keyed, spec))) {
    return failure(85, 'IndexOptionsConflict', `Index already exists with different name or options: ${keyed.name}`);
  }
  return null;
}

async function createIndexes(ctx: CommandContext, tools: KeyTools): Promise<Doc> {
  const coll = ctx.command.createIndexes;
  const requested = ctx.command.indexes;
  if (typeof coll !== 'string' || !Array.isArray(requested)) {
    return failure(2, 'BadValue', 'createIndexes needs a collection name and an indexes array');
  }
  const existed = await ctx.storage.collectionExists(ctx.database, coll);
  await ctx.storage.createCollection(ctx.database, coll);
  const before = (await ctx.storage.getIndexes(ctx.database, coll)).length;
  for (const raw of requested as Doc[]) {
    const refusal = await createOne(ctx, coll, toIndexSpec(raw), tools);
    if (refusal) return refusal;
  }
  const after = (await ctx.storage.getIndexes(ctx.database, coll)).length;
  return { ok: 1, numIndexesBefore: before, numIndexesAfter: after, createdCollectionAutomatically: !existed };
}

async function createOne(
  ctx: CommandContext,
  coll: string,
  spec: StoredIndexSpec | null,
  tools: KeyTools,
): Promise<Doc | null> {
  if (!spec) return failure(2, 'BadValue', 'index specification needs a key document');
  const existing = await ctx.storage.getIndexes(ctx.database, coll);
  const conflict = conflictWith(existing, spec);
  if (conflict || existing.some((index) => index.name === spec.name)) return conflict;
  if (spec.unique === true) {
    const docs = await ctx.storage.findAll(ctx.database, coll);
    const duplicate = findExistingDuplicate(`${ctx.database}.${coll}`, spec, docs, tools);
    if (duplicate) {
      const { keyPattern, keyValue } = duplicate;
      return { ...failure(11000, 'DuplicateKey', duplicate.message), keyPattern, keyValue };
    }
  }
  const { name, ...options } = spec;
  await ctx.storage.saveIndex(ctx.database, coll, name, options);
  return null;
}

async function listIndexes(ctx: CommandContext, cursorId: () => unknown): Promise<Doc> {
  const coll = ctx.command.listIndexes;
  if (typeof coll !== 'string' || !(await ctx.storage.collectionExists(ctx.database, coll))) {
    return notFound(ctx, String(coll));
  }
  const specs = await ctx.storage.getIndexes(ctx.database, coll);
  // mongod lists the _id index without a `unique` flag; CongoDB's default entry has one.
  const firstBatch = specs.map((spec) =>
    spec.name === '_id_' ? { v: 2, key: spec.key, name: spec.name } : { v: 2, ...spec },
  );
  return { ok: 1, cursor: { id: cursorId(), ns: `${ctx.database}.${coll}`, firstBatch } };
}

/** The names a `dropIndexes` command asks for: `'*'`, a name, a list of names, or a key document. */
function namesToDrop(wanted: unknown, specs: StoredIndexSpec[]): string[] | null {
  const secondary = specs.filter((spec) => spec.name !== '_id_');
  if (wanted === '*') return secondary.map((spec) => spec.name);
  const names = typeof wanted === 'string' ? [wanted] : Array.isArray(wanted) ? wanted : null;
  if (names) return names.every((name) => secondary.some((spec) => spec.name === name)) ? (names as string[]) : null;
  const byKey = secondary.find((spec) => JSON.stringify(spec.key) === JSON.stringify(wanted));
  return byKey ? [byKey.name] : null;
}

async function dropIndexes(ctx: CommandContext): Promise<Doc> {
  const coll = ctx.command.dropIndexes;
  if (typeof coll !== 'string' || !(await ctx.storage.collectionExists(ctx.database, coll))) {
    return notFound(ctx, String(coll));
  }
  const specs = await ctx.storage.getIndexes(ctx.database, coll);
  const names = namesToDrop(ctx.command.index, specs);
  if (!names)
    return failure(27, 'IndexNotFound', `index not found with name or key ${JSON.stringify(ctx.command.index)}`);
  for (const name of names) await ctx.storage.dropIndex(ctx.database, coll, name);
  return { ok: 1, nIndexesWas: specs.length };
}

/** The handler to register for the three index commands; `cursorId` returns a BSON Long zero. */
export function createIndexCommands(tools: KeyTools, cursorId: () => unknown): CommandHandler {
  return {
    handle(ctx: CommandContext): Promise<Doc> {
      if (ctx.command.createIndexes !== undefined) return createIndexes(ctx, tools);
      if (ctx.command.listIndexes !== undefined) return listIndexes(ctx, cursorId);
      return dropIndexes(ctx);
    },
  };
}
