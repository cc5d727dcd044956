/**
 * Command line for content packs: `npm run packs -- <command>`.
 *   validate <path...> [--json]   every problem, one per line; exit 0 valid, 1 errors, 2 usage
 *   status <path...> [--json]     translation status per pack, language and lesson
 *   stub <packDir> <lang>         start a translation (never overwrites)
 *   import <path...> [--json]     validate, store as immutable versions, publish newer ones
 * A path is a pack folder, a folder of packs, or a .zip. Thin by design: logic lives in src/content.
 */
import { existsSync } from 'node:fs';
import { parseArgs, USAGE } from './packs/cli-args';
import { importCommand, statusCommand, stubCommand, validateCommand } from './packs/commands';

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function usageError(reason: string): number {
  process.stderr.write(`packs: ${reason}. ${USAGE}\n`);
  return 2;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) return usageError(args.error);
  const paths = args.command === 'stub' ? args.positional.slice(0, 1) : args.positional;
  const missing = paths.find((path) => !existsSync(path));
  if (missing !== undefined) return usageError(`no such file or folder: ${missing}`);
  const json = args.flags.json === true;
  switch (args.command) {
    case 'validate':
      return validateCommand(args.positional, json, print);
    case 'status':
      return statusCommand(args.positional, json, print);
    case 'stub':
      return stubCommand(args.positional[0] ?? '', args.positional[1] ?? '', print);
    case 'import':
      return importCommand(args.positional, json);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`packs: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
