import { resolve } from 'node:path';
import { loadConfig } from '../../config';
import { connectDatabase, disconnectDatabase, resolveDatabase } from '../../platform/db';
import { databaseNameFor } from '../../platform/database-name';
import { createLogger } from '../../platform/logger';
import { findRunningDatabase } from '../../platform/running-database';
import type { Problem } from '../problems';
import type { ImportOutcome } from './import-pack';
import { importPaths } from './import-paths';

function problemLine(p: Problem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== null && x !== '').join(':');
  return `${p.pack || '(content folder)'}/${where} ${p.severity === 'warning' ? 'warning: ' : ''}${p.code} ${p.message}`;
}

function outcomeLine(o: ImportOutcome): string {
  if (o.outcome === 'refused') return `refused    ${o.packId}${o.version ? ` ${o.version}` : ''}: ${o.reason}`;
  const state =
    o.published || o.publishedVersion === o.version ? 'published' : `published version stays ${o.publishedVersion}`;
  return `${o.outcome.padEnd(10)} ${o.packId} ${o.version} (${state})`;
}

/** Where to import: MONGODB_URI, the embedded database of a running server, or the embedded one started here. */
async function openDatabase(env: Record<string, string | undefined>) {
  const config = loadConfig(env);
  const logger = createLogger({ level: 'warn' });
  const dataDir = resolve(config.dataDir);
  const running = config.mongodbUri ? undefined : await findRunningDatabase(dataDir);
  const database = running
    ? { uri: running, stop: () => Promise.resolve() }
    : await resolveDatabase({ mongodbUri: config.mongodbUri, dataDir }, logger);
  await connectDatabase({ uri: database.uri, dbName: databaseNameFor(database.uri) });
  return { config, database };
}

/** `packs import <path...> [--json]`: validate, import, report per pack. Returns the exit code. */
export async function runImportCommand(paths: readonly string[], flags: { json: boolean }): Promise<number> {
  const { config, database } = await openDatabase(process.env);
  try {
    const report = await importPaths(paths, { platformFrameworkDir: resolve(config.contentDir) });
    const refused = report.outcomes.some((o) => o.outcome === 'refused');
    if (flags.json) {
      console.log(JSON.stringify({ ok: !refused, outcomes: report.outcomes, problems: report.problems }));
    } else {
      for (const p of report.problems) console.log(problemLine(p));
      for (const o of report.outcomes) console.log(outcomeLine(o));
      const counts = ['imported', 'unchanged', 'refused'].map(
        (k) => `${report.outcomes.filter((o) => o.outcome === k).length} ${k}`,
      );
      console.log(counts.join(', '));
    }
    return refused ? 1 : 0;
  } finally {
    await disconnectDatabase();
    await database.stop();
  }
}
