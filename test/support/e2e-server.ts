/**
 * Tessera on a real HTTP port inside the test process, on this worker's test database, with the bundled
 * curriculum imported and the catalogue loaded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CatalogCache } from '../../src/features/catalog';
import { appWithContent, BUNDLED_PACKS } from '../helpers/content';

/** A listening app: its base URL, its catalogue (to read right answers server-side) and how to stop it. */
export interface E2eServer {
  baseUrl: string;
  catalog: CatalogCache;
  close: () => Promise<void>;
}

/** Imports the bundled packs, then listens on a free port of 127.0.0.1. */
export async function startServer(): Promise<E2eServer> {
  const { app, catalog, report } = await appWithContent([BUNDLED_PACKS], {}, BUNDLED_PACKS);
  if (catalog.current().packs.size === 0) {
    throw new Error(`no bundled pack was published: ${JSON.stringify(report).slice(0, 2000)}`);
  }
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const close = async (): Promise<void> => {
    // Keep-alive sockets of the browser would hold close() open.
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => {
      server.close((error) => {
        if (error) reject(error);
        else resolve();
      });
    });
  };
  return { baseUrl: `http://127.0.0.1:${port}`, catalog, close };
}
