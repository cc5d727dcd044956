/** A parsed command line, or why it is not one. */
export type ParsedArgs =
  | { ok: true; command: Command; positional: string[]; flags: Record<string, string | boolean> }
  | { ok: false; error: string };

/** The commands of `npm run packs`. */
export type Command = 'validate' | 'status' | 'stub' | 'import';

/** One line that says how to call the command line. */
export const USAGE =
  'usage: npm run packs -- validate <path...> [--json] | status <path...> [--json] | stub <packDir> <lang> | import <path...> [--json]';

const FLAGS: Record<Command, readonly string[] | 'any'> = {
  validate: ['json'],
  status: ['json'],
  stub: [],
  import: ['json'],
};

/** Splits argv into a command, positional arguments and `--flag` / `--flag=value` flags. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) return { ok: false, error: 'no command given' };
  if (!isCommand(command)) return { ok: false, error: `unknown command "${command}"` };
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (const arg of rest) {
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', value] = arg.slice(2).split(/=(.*)/s);
    const allowed = FLAGS[command];
    if (allowed !== 'any' && !allowed.includes(name))
      return { ok: false, error: `unknown flag "--${name}" for ${command}` };
    flags[name] = value ?? true;
  }
  return checkArity(command, positional, flags);
}

function checkArity(command: Command, positional: string[], flags: Record<string, string | boolean>): ParsedArgs {
  if (command === 'stub' && positional.length !== 2)
    return { ok: false, error: 'stub takes a pack folder and a language' };
  if (positional.length === 0) return { ok: false, error: `${command} needs at least one path` };
  return { ok: true, command, positional, flags };
}

function isCommand(value: string): value is Command {
  return value in FLAGS;
}
