/**
 * Child process of `npm run bench`: starts the embedded database (as `npm start` would without MONGODB_URI,
 * data in memory) and a TCP proxy in front of it. Tessera connects to the proxy, which forwards bytes both
 * ways and, while recording, logs every command a client sends, so round trips are counted on the
 * database side without touching Tessera's code. Driven over IPC (see ipc-messages.ts).
 */
import net from 'node:net';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/platform/db';
import { hasType, type FromDatabase, type ToDatabase, type WireEvent } from './ipc-messages';
import { commandOf, HEARTBEATS, MessageSplitter } from './wire-messages';

const log: WireEvent[] = [];
let recording = false;

function send(message: FromDatabase): void {
  process.send?.(message);
}

/** Forwards one client connection to the database, reading what the client sends. */
function forward(client: net.Socket, target: { host: string; port: number }): void {
  const upstream = net.connect(target);
  client.setNoDelay(true);
  upstream.setNoDelay(true);
  const splitter = new MessageSplitter((head) => {
    if (!recording) return;
    const command = commandOf(head);
    if (!HEARTBEATS.has(command.name)) log.push({ type: 'command', command });
  });
  client.on('data', (chunk: Buffer) => {
    splitter.push(chunk);
    if (!upstream.write(chunk)) client.pause();
  });
  upstream.on('drain', () => client.resume());
  upstream.pipe(client);
  const close = (): void => {
    client.destroy();
    upstream.destroy();
  };
  client.on('close', close).on('error', close);
  upstream.on('close', close).on('error', close);
}

function startProxy(databaseUri: string): Promise<net.Server> {
  const address = /^mongodb:\/\/([^/:]+):(\d+)/.exec(databaseUri);
  if (!address?.[1] || !address[2]) return Promise.reject(new Error(`unexpected database address: ${databaseUri}`));
  const target = { host: address[1], port: Number(address[2]) };
  const server = net.createServer((client) => {
    forward(client, target);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

function onMessage(message: ToDatabase, stop: () => void): void {
  switch (message.type) {
    case 'record':
      log.length = 0;
      recording = true;
      return;
    case 'mark':
      // Placed in the same event loop as the proxy's reads: every command read before it is logged before it.
      log.push({ type: 'mark', label: message.label });
      send({ type: 'marked', label: message.label });
      return;
    case 'take':
      recording = false;
      send({ type: 'events', events: log.splice(0) });
      return;
    case 'stop':
      stop();
  }
}

async function main(): Promise<void> {
  const dataDir = process.env.BENCH_DB_DIR;
  if (dataDir === undefined) throw new Error('BENCH_DB_DIR is not set');
  const quiet = { info: () => undefined, warn: (obj: object, msg: string) => process.stderr.write(`${msg}\n`) };
  const database: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir, persist: false, logger: quiet });
  const proxy = await startProxy(database.uri);
  const { port } = proxy.address() as net.AddressInfo;
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    proxy.close();
    void database.stop().finally(() => process.exit(0));
  };
  process.on('message', (message: unknown) => {
    if (hasType(message)) onMessage(message as ToDatabase, stop);
  });
  // The bench died without saying goodbye: do not outlive it.
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  // Ctrl-C reaches the whole process group: the bench stops Tessera first, then this database.
  process.on('SIGINT', () => undefined);
  send({ type: 'ready', uri: `mongodb://127.0.0.1:${port}/tessera`, description: database.description });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
