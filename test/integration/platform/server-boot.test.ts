import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseUri } from '../../support/database';

const root = join(__dirname, '..', '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** Runs src/server.ts with the given environment; resolves when it exits. */
function runServer(env: Record<string, string>, onOutput: (text: string, kill: () => void) => void) {
  const child = spawn(tsx, ['src/server.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env } });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    onOutput(output, () => child.kill('SIGTERM'));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    child.on('exit', (code) => {
      resolve({ code, output });
    });
  });
}

describe('server boot', () => {
  it('an invalid PORT › exits 1 with one readable line naming the variable, no stack trace', async () => {
    const result = await runServer({ PORT: 'eighty', LOG_LEVEL: 'silent' }, () => undefined);
    expect(result.code).toBe(1);
    expect(result.output.trim()).toBe(
      'Invalid configuration: PORT Invalid input: expected number, received NaN (got "eighty")',
    );
  });

  it('SIGTERM › stops accepting, closes the database and exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tessera-boot-'));
    try {
      const uri = testDatabaseUri().replace(/\/?(\?|$)/, '/tessera_boot_test$1');
      let answered = false;
      const result = await runServer(
        { MONGODB_URI: uri, DATA_DIR: dataDir, PORT: '0', IMPORT_CONTENT_ON_START: 'false', LOG_LEVEL: 'info' },
        (text, kill) => {
          if (!answered && text.includes('Tessera is listening')) {
            answered = true;
            kill();
          }
        },
      );
      expect(answered).toBe(true);
      expect(result.code).toBe(0);
      expect(result.output).toContain('shutting down');
      expect(result.output).toContain('"msg":"stopped"');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
