/**
 * Runs the embedded fallback in its own process for tests that restart or kill it (jest test files
 * cannot load CongoDB, an ES module, without --experimental-vm-modules). Usage:
 * `node --import tsx test/support/fallback-child.ts <dataDir>`. Prints one JSON event per line on stdout
 * (`ready` with the URI, `persisted`, `stopped`) and obeys `persisted` and `stop` lines on stdin.
 */
import { createInterface } from 'node:readline';
import { startFallbackDatabase } from '../../src/platform/db/fallback/fallback-server';

function emit(event: object): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

async function main(dataDir: string): Promise<void> {
  const logger = {
    info: (fields: object, message: string) => process.stderr.write(`${message} ${JSON.stringify(fields)}\n`),
    warn: (fields: object, message: string) => process.stderr.write(`${message} ${JSON.stringify(fields)}\n`),
  };
  const database = await startFallbackDatabase({ dataDir, persist: true, logger });
  emit({ event: 'ready', uri: database.uri });
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'persisted') {
      await database.whenPersisted();
      emit({ event: 'persisted' });
    } else if (line === 'stop') {
      await database.stop();
      emit({ event: 'stopped' });
      process.exit(0);
    }
  }
}

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: fallback-child.ts <dataDir>');
main(dataDir).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
