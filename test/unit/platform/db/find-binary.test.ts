import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readDownloadMarker, writeDownloadMarker } from '../../../../src/platform/db/mongod/download-marker';
import { findMongodBinary, type BinaryFinders } from '../../../../src/platform/db/mongod/find-binary';

let dataDir: string;
const logger = { info: jest.fn(), warn: jest.fn() };

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-binary-'));
  logger.warn.mockClear();
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Finders where nothing is installed and the download does what `download` says. */
function finders(overrides: Partial<BinaryFinders> = {}) {
  const download = jest.fn<Promise<string>, []>(() =>
    Promise.reject(new Error('getaddrinfo ENOTFOUND fastdl.mongodb.org')),
  );
  const value: BinaryFinders = {
    version: '8.2.6',
    locateConfigured: () => Promise.resolve(undefined),
    findOnPath: () => Promise.resolve(undefined),
    downloadAllowed: () => true,
    download,
    ...overrides,
  };
  return { value, download: overrides.download ?? download };
}

const options = (now = new Date('2026-06-01T12:00:00Z')) => ({
  dataDir,
  logger,
  downloadTimeoutMs: 1000,
  now: () => now,
});

describe('finding a mongod binary', () => {
  test('MONGOMS_SYSTEM_BINARY or the cache comes first, then PATH, and neither downloads', async () => {
    const configured = finders({
      locateConfigured: () => Promise.resolve({ path: '/cache/mongod', source: 'cache' }),
      findOnPath: () => Promise.resolve('/usr/bin/mongod'),
    });
    expect(await findMongodBinary(configured.value, options())).toEqual({ path: '/cache/mongod', source: 'cache' });
    const onPath = finders({ findOnPath: () => Promise.resolve('/usr/bin/mongod') });
    expect(await findMongodBinary(onPath.value, options())).toEqual({ path: '/usr/bin/mongod', source: 'PATH' });
    expect(configured.download).not.toHaveBeenCalled();
    expect(onPath.download).not.toHaveBeenCalled();
  });

  test('a failed download is recorded, warned about once, and not retried within 24 hours', async () => {
    const first = finders();
    const result = await findMongodBinary(first.value, options());
    expect(result).toEqual({ path: null, reason: expect.stringContaining('ENOTFOUND') as unknown });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect((await readDownloadMarker(dataDir))?.failedAt).toBe('2026-06-01T12:00:00.000Z');
    const later = finders();
    const again = await findMongodBinary(later.value, options(new Date('2026-06-02T11:59:00Z')));
    expect(later.download).not.toHaveBeenCalled();
    expect(again).toEqual({
      path: null,
      reason: expect.stringContaining('next try after 2026-06-02T12:00:00.000Z') as unknown,
    });
  });

  test('after 24 hours the download is tried again, and a success clears the record', async () => {
    await writeDownloadMarker(dataDir, { failedAt: '2026-06-01T12:00:00.000Z', version: '8.2.6', reason: 'offline' });
    const online = finders({ download: jest.fn(() => Promise.resolve('/cache/mongod-8.2.6')) });
    const result = await findMongodBinary(online.value, options(new Date('2026-06-02T12:00:01Z')));
    expect(result).toEqual({ path: '/cache/mongod-8.2.6', source: 'download' });
    expect(await readDownloadMarker(dataDir)).toBeNull();
  });

  test('a download that hangs is abandoned after the timeout', async () => {
    const hanging = finders({ download: () => new Promise<string>(() => undefined) });
    const result = await findMongodBinary(hanging.value, { ...options(), downloadTimeoutMs: 20 });
    expect(result).toEqual({ path: null, reason: expect.stringContaining('took longer than') as unknown });
    expect(await readDownloadMarker(dataDir)).not.toBeNull();
  });

  test('with MONGOMS_RUNTIME_DOWNLOAD off nothing is downloaded', async () => {
    const off = finders({ downloadAllowed: () => false });
    expect(await findMongodBinary(off.value, options())).toEqual({
      path: null,
      reason: 'no mongod found; MONGOMS_RUNTIME_DOWNLOAD is off',
    });
    expect(off.download).not.toHaveBeenCalled();
  });

  test('an unusable MONGOMS_SYSTEM_BINARY is reported and never replaced by a download', async () => {
    const broken = finders({ locateConfigured: () => Promise.reject(new Error('/opt/mongod not found')) });
    const result = await findMongodBinary(broken.value, options());
    expect(result).toEqual({
      path: null,
      reason: expect.stringContaining('MONGOMS_SYSTEM_BINARY is set but unusable') as unknown,
    });
    expect(broken.download).not.toHaveBeenCalled();
  });
});
