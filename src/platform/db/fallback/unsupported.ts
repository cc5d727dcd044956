/**
 * Refuses, loudly, the requests CongoDB 2.2.0 would get silently wrong, so code that depends on them
 * fails in development and CI instead of in production:
 * - positional updates (`a.$.b`, `a.$[].b`, `a.$[id].b`) and `arrayFilters`: CongoDB changes nothing;
 * - a collation (other than "simple"): CongoDB ignores it and compares binary strings;
 * - transactions: CongoDB applies every write at once and never rolls back. Refused with the error a
 *   standalone mongod gives (code 20), which is also what the embedded mongod is.
 * (`$text` and pipeline-style updates need nothing here: CongoDB already fails them.)
 */
import type { Doc, ParsedCommand } from './congo-internals';

const SEE = 'see docs/database.md';

/** Whether an update document uses a positional path in any operator. */
export function hasPositionalPath(update: unknown): boolean {
  if (typeof update !== 'object' || update === null || Array.isArray(update)) return false;
  return Object.values(update as Doc).some(
    (fields) =>
      typeof fields === 'object' &&
      fields !== null &&
      Object.keys(fields).some((path) => path.split('.').some((part) => part === '$' || part.startsWith('$['))),
  );
}

function usesCollation(holder: unknown): boolean {
  const collation = (holder as { collation?: { locale?: unknown } } | null)?.collation;
  return collation !== undefined && collation.locale !== 'simple';
}

/** The statements of an update or delete command (in the body or an OP_MSG document sequence). */
function statements(parsed: ParsedCommand, field: 'updates' | 'deletes'): Doc[] {
  const listed = parsed.documentSequences?.get(field) ?? parsed.command[field];
  return Array.isArray(listed) ? (listed as Doc[]) : [];
}

function positionalReason(parsed: ParsedCommand): string | null {
  const { command } = parsed;
  const updates =
    parsed.commandName === 'findAndModify'
      ? [{ u: command.update, arrayFilters: command.arrayFilters }]
      : parsed.commandName === 'update'
        ? statements(parsed, 'updates')
        : [];
  const positional = updates.some(
    (statement) => statement.arrayFilters !== undefined || hasPositionalPath(statement.u),
  );
  return positional
    ? `the embedded fallback cannot apply positional updates ($, $[], $[id]) or arrayFilters; use keyed sub-documents (${SEE})`
    : null;
}

function collationReason(parsed: ParsedCommand): string | null {
  const { command } = parsed;
  const indexes = Array.isArray(command.indexes) ? (command.indexes as unknown[]) : [];
  const holders = [command, ...statements(parsed, 'updates'), ...statements(parsed, 'deletes'), ...indexes];
  return holders.some(usesCollation)
    ? `the embedded fallback ignores collations; store a normalised field (lower case, no accents) and match that (${SEE})`
    : null;
}

/** An error response for a request the fallback cannot serve faithfully, or null to let it through. */
export function refuseUnsupported(parsed: ParsedCommand): Doc | null {
  const { command } = parsed;
  if (command.startTransaction === true || command.autocommit === false) {
    const errmsg = `Transaction numbers are only allowed on a replica set member or mongos (the embedded fallback has no transactions; ${SEE})`;
    return { ok: 0, code: 20, codeName: 'IllegalOperation', errmsg };
  }
  const reason = positionalReason(parsed) ?? collationReason(parsed);
  return reason === null ? null : { ok: 0, code: 115, codeName: 'CommandNotSupported', errmsg: reason };
}
