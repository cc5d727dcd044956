/** Command line of `npm run bench -- [options]`. */
import { parseArgs } from 'node:util';
import type { RunnerKind } from './programs';

/** Usage text, printed by --help and after a bad option. */
export const USAGE = `usage: npm run bench -- [options]
  --duration <s>      seconds of load per target (default 5)
  --warmup <s>        seconds of warm-up before each target, not measured (default 1)
  --connections <n>   concurrent connections (default 10)
  --rounds <n>        times every target is loaded in turn; figures are medians (default 3)
  --samples <n>       sequential requests per target for counting database round trips (default 50)
  --pack <id>         module whose first lesson is loaded (default iot-smart-cities)
  --max-learners <n>  most learners registered for quiz submissions (default 100)
  --runner dist|tsx   run Tessera compiled (default, built to node_modules/.cache) or through tsx
  --no-pin            do not pin the servers and the load generator to separate cores
  --only <list>       measure only these targets: bare,anonymous,logged-in,catalogue,quiz
  --cpu-prof <dir>    write Tessera's CPU profile (node --cpu-prof) into <dir> when it stops
  --help`;

/** The run's settings. */
export interface BenchOptions {
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  rounds: number;
  samples: number;
  pack: string;
  maxLearners: number;
  runner: RunnerKind;
  pin: boolean;
  only: ReadonlySet<TargetKey> | undefined;
  cpuProfDir: string | undefined;
}

/** The targets, in the order they are measured. */
export const TARGET_KEYS = ['bare', 'anonymous', 'logged-in', 'catalogue', 'quiz'] as const;

/** One target's key. */
export type TargetKey = (typeof TARGET_KEYS)[number];

function targetList(value: string | undefined): ReadonlySet<TargetKey> | undefined {
  if (value === undefined) return undefined;
  const keys = value.split(',').map((k) => k.trim());
  const unknown = keys.find((k) => !(TARGET_KEYS as readonly string[]).includes(k));
  if (unknown !== undefined) throw new Error(`--only: unknown target "${unknown}" (${TARGET_KEYS.join(', ')})`);
  return new Set(keys as TargetKey[]);
}

function positive(name: string, value: string | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !allowZero)) throw new Error(`--${name} must be a positive number`);
  return n;
}

/** Parses the arguments; throws a one-line Error on a bad one; null means --help. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      samples: { type: 'string' },
      pack: { type: 'string' },
      'max-learners': { type: 'string' },
      runner: { type: 'string' },
      'no-pin': { type: 'boolean' },
      only: { type: 'string' },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return null;
  const runner = values.runner ?? 'dist';
  if (runner !== 'dist' && runner !== 'tsx') throw new Error('--runner must be dist or tsx');
  return {
    durationSeconds: positive('duration', values.duration, 5),
    warmupSeconds: positive('warmup', values.warmup, 1, true),
    connections: Math.round(positive('connections', values.connections, 10)),
    rounds: Math.round(positive('rounds', values.rounds, 3)),
    samples: Math.round(positive('samples', values.samples, 50)),
    pack: values.pack ?? 'iot-smart-cities',
    maxLearners: Math.round(positive('max-learners', values['max-learners'], 100)),
    runner,
    pin: values['no-pin'] !== true,
    only: targetList(values.only),
    cpuProfDir: values['cpu-prof'],
  };
}
