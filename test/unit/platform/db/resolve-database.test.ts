import path from 'node:path';
import { displayPath } from '../../../../src/platform/db/display-path';
import { storageKeyOf } from '../../../../src/platform/db/fallback/guarded-storage';
import { redactUri, resolveDatabase } from '../../../../src/platform/db/resolve-database';
import mongoose from 'mongoose';

describe('resolveDatabase', () => {
  test('with MONGODB_URI it uses that server, says so in one info line without the password, and stop does nothing', async () => {
    const logger = { info: jest.fn(), warn: jest.fn() };
    const uri = 'mongodb://tessera:s3cret@db.example.org:27017/tessera?replicaSet=rs0';
    const database = await resolveDatabase({ mongodbUri: uri, dataDir: '/nowhere' }, logger);
    expect(database).toMatchObject({ uri, kind: 'external' });
    await database.stop();
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(logger.info.mock.calls)).not.toContain('s3cret');
    expect(logger.warn).not.toHaveBeenCalled();
  });
});

describe('log-friendly values', () => {
  test.each([
    ['mongodb://user:pw@host/db', 'mongodb://user:***@host/db'],
    [
      'mongodb+srv://user:p%40ss@cluster.example.net/?retryWrites=true',
      'mongodb+srv://user:***@cluster.example.net/?retryWrites=true',
    ],
    ['mongodb://127.0.0.1:27017/', 'mongodb://127.0.0.1:27017/'],
  ])('%s is logged as %s', (uri, shown) => {
    expect(redactUri(uri)).toBe(shown);
  });

  test('a data folder inside the working folder is shown relative, one outside absolute', () => {
    expect(displayPath(path.join(process.cwd(), 'data', 'fallback'))).toBe('./data/fallback');
    expect(displayPath('/elsewhere/data')).toBe('/elsewhere/data');
  });
});

describe('storage keys of _id values', () => {
  test('an ObjectId keeps its hex key; strings and numbers get distinct prefixed keys', () => {
    const stringify = (value: unknown) => mongoose.mongo.BSON.EJSON.stringify(value, { relaxed: true });
    const id = new mongoose.Types.ObjectId();
    expect(storageKeyOf(id, stringify)).toBe(id.toHexString());
    expect(storageKeyOf(id.toHexString(), stringify)).not.toBe(id.toHexString());
    expect(storageKeyOf('k3JZ6r9X', stringify)).toBe('~"k3JZ6r9X"');
    expect(storageKeyOf(1, stringify)).not.toBe(storageKeyOf('1', stringify));
  });
});
