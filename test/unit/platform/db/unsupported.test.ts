import type { ParsedCommand } from '../../../../src/platform/db/fallback/congo-internals';
import { hasPositionalPath, refuseUnsupported } from '../../../../src/platform/db/fallback/unsupported';

const parsed = (command: Record<string, unknown>): ParsedCommand => ({
  commandName: Object.keys(command)[0] ?? '',
  command,
  database: 'tessera',
});

describe('requests the fallback refuses', () => {
  test.each([
    [{ update: 'p', updates: [{ q: {}, u: { $set: { 'items.$.done': true } } }] }, 115],
    [{ update: 'p', updates: [{ q: {}, u: { $set: { 'items.$[].done': true } } }] }, 115],
    [{ update: 'p', updates: [{ q: {}, u: { $set: { x: 1 } }, arrayFilters: [{ 'i.id': 1 }] }] }, 115],
    [{ findAndModify: 'p', query: {}, update: { $inc: { 'items.$[i].n': 1 } } }, 115],
    [{ find: 'people', filter: {}, collation: { locale: 'en', strength: 2 } }, 115],
    [{ createIndexes: 'people', indexes: [{ key: { name: 1 }, name: 'n', collation: { locale: 'fr' } }] }, 115],
    [{ insert: 'orders', documents: [], startTransaction: true, autocommit: false }, 20],
    [{ find: 'orders', filter: {}, autocommit: false }, 20],
  ])('%j is refused with code %d', (command, code) => {
    expect(refuseUnsupported(parsed(command))).toMatchObject({ ok: 0, code });
  });

  test.each([
    [{ update: 'p', updates: [{ q: {}, u: { $set: { 'lessons.what-is-iot.done': true } } }] }],
    [{ find: 'people', filter: { price: { $gt: 1 } }, collation: { locale: 'simple' } }],
    [{ findAndModify: 'p', query: {}, update: { $inc: { n: 1 } }, upsert: true }],
    [{ update: 'p', updates: [{ q: {}, u: { name: 'replacement with $ in a value: $5' } }] }],
  ])('%j goes through', (command) => {
    expect(refuseUnsupported(parsed(command))).toBeNull();
  });

  test('update statements sent as an OP_MSG document sequence are checked too', () => {
    const command = parsed({ update: 'p' });
    command.documentSequences = new Map([['updates', [{ q: {}, u: { $set: { 'a.$.b': 1 } } }]]]);
    expect(refuseUnsupported(command)).toMatchObject({ code: 115 });
  });

  test('a positional path is recognised in any operator, not in keyed paths', () => {
    expect(hasPositionalPath({ $inc: { 'scores.$': 1 } })).toBe(true);
    expect(hasPositionalPath({ $set: { 'a.$[x].b': 1 } })).toBe(true);
    expect(hasPositionalPath({ $set: { 'lessons.what-is-iot': 1, price: '$5' } })).toBe(false);
  });
});
