import type { ParsedCommand } from '../../../../src/platform/db/fallback/congo-internals';
import {
  DuplicateKeyLog,
  withoutTopologyVersion,
  writeNamespace,
} from '../../../../src/platform/db/fallback/command-gate';
import { duplicateKeyError } from '../../../../src/platform/db/fallback/unique-keys';
import { keyTools } from './key-tools';

const parsed = (command: Record<string, unknown>): ParsedCommand => ({
  commandName: Object.keys(command)[0] ?? '',
  command,
  database: 'tessera',
});

describe('which commands are serialised per collection', () => {
  test.each([
    [{ insert: 'users', documents: [] }, 'tessera.users'],
    [{ update: 'progress', updates: [] }, 'tessera.progress'],
    [{ findAndModify: 'rate_limits' }, 'tessera.rate_limits'],
    [{ delete: 'sessions', deletes: [] }, 'tessera.sessions'],
    [{ createIndexes: 'users', indexes: [] }, 'tessera.users'],
    [{ aggregate: 'attempts', pipeline: [{ $match: {} }, { $out: 'stats' }] }, 'tessera.stats'],
    [{ aggregate: 'attempts', pipeline: [{ $merge: { into: 'stats' } }] }, 'tessera.stats'],
  ])('%j writes to %s', (command, namespace) => {
    expect(writeNamespace(parsed(command))).toBe(namespace);
  });

  test.each([[{ find: 'users' }], [{ aggregate: 'attempts', pipeline: [{ $match: {} }] }], [{ ping: 1 }]])(
    '%j is a read and takes no lock',
    (command) => {
      expect(writeNamespace(parsed(command))).toBeNull();
    },
  );
});

describe('duplicate-key details in responses', () => {
  const error = duplicateKeyError('tessera.users', { name: 'email_1', key: { email: 1 } }, ['a@x'], keyTools);

  test('a write error with a remembered message gets keyPattern and keyValue', () => {
    const log = new DuplicateKeyLog();
    log.remember(error);
    const response = log.annotate({ ok: 1, n: 0, writeErrors: [{ index: 0, code: 11000, errmsg: error.message }] });
    expect(response.writeErrors).toEqual([
      {
        index: 0,
        code: 11000,
        errmsg: error.message,
        codeName: 'DuplicateKey',
        keyPattern: { email: 1 },
        keyValue: { email: 'a@x' },
      },
    ]);
  });

  test('a failed findAndModify (top-level error) gets them too; other errors are left alone', () => {
    const log = new DuplicateKeyLog();
    log.remember(error);
    expect(log.annotate({ ok: 0, code: 11000, errmsg: error.message }).keyValue).toEqual({ email: 'a@x' });
    expect(log.annotate({ ok: 0, code: 2, errmsg: 'bad' })).toEqual({ ok: 0, code: 2, errmsg: 'bad' });
  });
});

test('hello answers lose topologyVersion so drivers poll instead of streaming heartbeats', () => {
  expect(withoutTopologyVersion({ ok: 1, isWritablePrimary: true, topologyVersion: { counter: 0 } })).toEqual({
    ok: 1,
    isWritablePrimary: true,
  });
});
