/**
 * Child process of `npm run bench`: the yardstick. A bare `node:http` server answering every request with
 * the saved bytes of a real Tessera page and its content type, nothing else. Tells the bench its port over IPC.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const [file, contentType] = process.argv.slice(2);
if (file === undefined || contentType === undefined) {
  process.stderr.write('usage: bare-server <file> <content-type>\n');
  process.exit(2);
}
const body = readFileSync(file);
const headers = { 'content-type': contentType, 'content-length': String(body.length) };

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});

server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
});

const stop = (): void => {
  server.close();
  server.closeAllConnections();
};
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
