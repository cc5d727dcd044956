/**
 * The binary finders backed by mongodb-memory-server-core 11.3.0 (its cache, `MONGOMS_*` settings and
 * downloader) plus a search of PATH, which mongodb-memory-server does not do.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { DryMongoBinary, MongoBinary } from 'mongodb-memory-server-core';
import resolveConfig, { envToBool, ResolveConfigVariables } from 'mongodb-memory-server-core/lib/util/resolveConfig';
import type { BinaryFinders } from './find-binary';

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable `mongod` in the PATH folders. */
export async function findOnPath(searchPath: string | undefined): Promise<string | undefined> {
  const name = process.platform === 'win32' ? 'mongod.exe' : 'mongod';
  for (const dir of (searchPath ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** Finders for the version mongodb-memory-server would use (its default, or `MONGOMS_VERSION`). */
export async function mongoMemoryServerFinders(): Promise<BinaryFinders> {
  const options = await DryMongoBinary.generateOptions();
  return {
    version: options.version,
    async locateConfigured() {
      const found = await DryMongoBinary.locateBinary(options);
      if (!found) return undefined;
      return { path: found, source: options.systemBinary ? 'MONGOMS_SYSTEM_BINARY' : 'cache' };
    },
    // PATH is read here, not in config/, because it is where the operating system keeps programs, not a setting of ours.
    findOnPath: () => findOnPath(process.env.PATH),
    downloadAllowed: () => envToBool(resolveConfig(ResolveConfigVariables.RUNTIME_DOWNLOAD)),
    download: () => MongoBinary.getPath(options),
  };
}
