/**
 * Measures the targets in rounds: each round loads every target in turn (warm-up, then timed), so a
 * Tessera figure and the bare server's figure of the same round were taken minutes apart at most and
 * a machine busy with other work moves both. Round trips are counted once, after a target's first load.
 */
import { loadTarget, type LoadFigures, type LoadSettings, type LoadTarget, type RequestShape } from './load';
import { countRoundTrips, type RoundTrips, type WireCounter } from './round-trips';
import { isStopping } from './children';
import type { TargetKey } from './cli-args';

/** One measured target: its figures per round and its round trips. */
export interface Row {
  key: TargetKey;
  label: string;
  rounds: LoadFigures[];
  roundTrips: RoundTrips | undefined;
  /** Why a figure is missing, what was measured instead, or what to know about the figures. */
  note: string | undefined;
  /** True when another page was measured because the real one is not there yet. */
  standIn: boolean;
}

/** One request sent on its own (for counting); resolves with the status once the body is read. */
export async function sendOnce(base: string, shape: RequestShape): Promise<number> {
  const response = await fetch(new URL(shape.path, base), {
    method: shape.method,
    headers: shape.headers,
    ...(shape.body === undefined ? {} : { body: shape.body }),
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response.status;
}

/** What to load and how to count it. */
export interface TargetSpec {
  load: LoadTarget;
  /** Requests for counting round trips (none for the bare server). */
  counting?: { count: number; shapeFor: (index: number) => RequestShape };
  /** Called before every round but the first (the quiz target registers more learners if needed). */
  beforeRound?: () => Promise<void>;
  /** A note, or one written once every round is done. */
  note?: string | (() => string);
  standIn?: boolean;
}

/** A target whose requests are prepared just before its first load (quiz sizing needs earlier figures). */
export interface PlannedTarget {
  key: TargetKey;
  label: string;
  /** The spec, or a sentence saying why this target cannot be measured. */
  prepare: (measured: readonly Row[]) => Promise<TargetSpec | string>;
}

/** Everything a measurement needs besides the targets. */
export interface MeasureContext {
  settings: LoadSettings;
  rounds: number;
  counter: WireCounter;
  background: Set<string>;
  say: (line: string) => void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function addNote(row: Row, note: string): void {
  row.note = row.note === undefined ? note : `${row.note}; ${note}`;
}

async function loadAndCount(row: Row, spec: TargetSpec, round: number, ctx: MeasureContext): Promise<void> {
  const { warmupSeconds, durationSeconds } = ctx.settings;
  if (round > 0 && spec.beforeRound) await spec.beforeRound();
  ctx.say(`round ${round + 1}/${ctx.rounds}, ${row.label}: ${warmupSeconds} s warm-up, ${durationSeconds} s load`);
  row.rounds.push(await loadTarget(spec.load, ctx.settings));
  const counting = spec.counting;
  if (round > 0 || !counting || counting.count === 0) return;
  ctx.say(`${row.label}: counting database round trips over ${counting.count} sequential requests`);
  row.roundTrips = await countRoundTrips(ctx.counter, {
    count: counting.count,
    background: ctx.background,
    send: (i) => sendOnce(spec.load.base, counting.shapeFor(i)),
  });
}

/** Measures every target in every round; a target that fails gets a note and is skipped afterwards. */
export async function measureRounds(targets: readonly PlannedTarget[], ctx: MeasureContext): Promise<Row[]> {
  const rows: Row[] = targets.map((t) => ({
    ...t,
    rounds: [],
    roundTrips: undefined,
    note: undefined,
    standIn: false,
  }));
  const specs = new Map<TargetKey, TargetSpec | null>();
  for (let round = 0; round < ctx.rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const row = rows[i];
      if (!row || isStopping()) continue;
      try {
        if (!specs.has(target.key)) {
          const prepared = await target.prepare(rows);
          if (typeof prepared === 'string') addNote(row, prepared);
          else if (typeof prepared.note === 'string') addNote(row, prepared.note);
          row.standIn = typeof prepared !== 'string' && prepared.standIn === true;
          specs.set(target.key, typeof prepared === 'string' ? null : prepared);
        }
        const spec = specs.get(target.key);
        if (spec) await loadAndCount(row, spec, round, ctx);
      } catch (error) {
        addNote(row, `could not measure: ${messageOf(error)}`);
        specs.set(target.key, null);
      }
    }
  }
  for (const [i, target] of targets.entries()) {
    const note = specs.get(target.key)?.note;
    const row = rows[i];
    if (row && typeof note === 'function') addNote(row, note());
  }
  return rows;
}
