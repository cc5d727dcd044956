/**
 * Wraps `CommandRouter.route` (CongoDB 2.2.0) so that:
 * - writes to one collection run one at a time (see `KeyedMutex`), which makes concurrent upserts and
 *   `$inc`s behave as on a mongod;
 * - duplicate-key errors carry `keyPattern` and `keyValue` like a mongod's (CongoDB's handlers turn the
 *   thrown error into `{ code, errmsg }` only, so they are looked up again by their message, which names
 *   the namespace, index and key and so identifies them);
 * - requests CongoDB would get silently wrong are refused (see unsupported.ts);
 * - `hello` answers carry no `topologyVersion`. With one, drivers switch their heartbeat to the streaming
 *   (exhaust) protocol, which CongoDB does not speak: each heartbeat then failed with "Server ended
 *   moreToCome unexpectedly" and the driver cleared its pool, failing whatever was in flight. Without it,
 *   drivers poll with a plain `hello`, as they do with mongod before 4.4.
 */
import type { CommandRouter, Doc, ParsedCommand } from './congo-internals';
import type { DuplicateKeyError } from './unique-keys';
import type { KeyedMutex } from './keyed-mutex';
import { refuseUnsupported } from './unsupported';

/** The handshake and heartbeat commands. */
const HELLO_COMMANDS = new Set(['hello', 'ismaster', 'isMaster']);

/** Commands whose first field names the collection they change. */
const COLLECTION_WRITES = new Set([
  'insert',
  'update',
  'delete',
  'findAndModify',
  'createIndexes',
  'dropIndexes',
  'drop',
  'create',
  'collMod',
]);

const REMEMBERED_ERRORS = 256;

/** Recent duplicate-key errors by message, so responses can be completed with their details. */
export class DuplicateKeyLog {
  private readonly recent = new Map<string, DuplicateKeyError>();

  /** Called by the storage when it refuses a write. */
  remember(error: DuplicateKeyError): void {
    this.recent.delete(error.message);
    this.recent.set(error.message, error);
    const oldest = this.recent.keys().next();
    if (this.recent.size > REMEMBERED_ERRORS && oldest.done !== true) this.recent.delete(oldest.value);
  }

  /** Adds `keyPattern`/`keyValue` to 11000 errors in a command response (write errors or top level). */
  annotate(response: Doc): Doc {
    const writeErrors = response.writeErrors;
    if (Array.isArray(writeErrors)) {
      return { ...response, writeErrors: writeErrors.map((entry: Doc) => this.complete(entry)) };
    }
    return response.ok === 0 ? this.complete(response) : response;
  }

  private complete(entry: Doc): Doc {
    if (entry.code !== 11000 || typeof entry.errmsg !== 'string') return entry;
    const known = this.recent.get(entry.errmsg);
    if (!known) return entry;
    return { ...entry, codeName: 'DuplicateKey', keyPattern: known.keyPattern, keyValue: known.keyValue };
  }
}

/** The namespace a command writes to, or null for reads (which need no lock). */
export function writeNamespace(parsed: ParsedCommand): string | null {
  const target = COLLECTION_WRITES.has(parsed.commandName)
    ? parsed.command[parsed.commandName]
    : parsed.commandName === 'aggregate'
      ? aggregateTarget(parsed.command.pipeline)
      : undefined;
  return typeof target === 'string' ? `${parsed.database}.${target}` : null;
}

/** The collection an aggregation's `$out` or `$merge` stage writes to, if it names one in this database. */
function aggregateTarget(pipeline: unknown): unknown {
  if (!Array.isArray(pipeline)) return undefined;
  const last = pipeline.at(-1) as { $out?: unknown; $merge?: { into?: unknown } | string } | undefined;
  if (last?.$out !== undefined) return last.$out;
  return typeof last?.$merge === 'string' ? last.$merge : last?.$merge?.into;
}

/** A `hello` answer that keeps drivers on the polling heartbeat (see the top of this file). */
export function withoutTopologyVersion(response: Doc): Doc {
  const { topologyVersion: _streamingHeartbeats, ...rest } = response;
  return rest;
}

/** Replaces `router.route` with the serialising, error-completing version. */
export function gateCommands(router: CommandRouter, locks: KeyedMutex, duplicates: DuplicateKeyLog): void {
  const route = router.route.bind(router);
  router.route = async (parsed: ParsedCommand): Promise<Doc> => {
    const refusal = refuseUnsupported(parsed);
    if (refusal) return refusal;
    const namespace = writeNamespace(parsed);
    const response = namespace === null ? await route(parsed) : await locks.run(namespace, () => route(parsed));
    if (HELLO_COMMANDS.has(parsed.commandName)) return withoutTopologyVersion(response);
    return duplicates.annotate(response);
  };
}
