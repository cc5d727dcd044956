/** Measures one target: load first (warm-up, then timed), then round trips over sequential requests. */
import { loadTarget, type LoadSettings, type LoadTarget, type RequestShape } from './load';
import type { Row } from './report';
import { countRoundTrips, type WireCounter } from './round-trips';

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

/** What to measure and how to count it. */
export interface TargetSpec {
  key: Row['key'];
  label: string;
  load: LoadTarget;
  /** Requests for counting round trips (none for the bare server). */
  counting?: { count: number; shapeFor: (index: number) => RequestShape };
  note?: string;
  standIn?: boolean;
}

/** Everything a measurement needs besides the target. */
export interface MeasureContext {
  settings: LoadSettings;
  counter: WireCounter;
  background: Set<string>;
  say: (line: string) => void;
}

/** Measures a target; a failure becomes a row saying why, so the other targets are still reported. */
export async function measure(spec: TargetSpec, ctx: MeasureContext): Promise<Row> {
  const row: Row = {
    key: spec.key,
    label: spec.label,
    load: undefined,
    roundTrips: undefined,
    note: spec.note,
    standIn: spec.standIn ?? false,
  };
  try {
    const { warmupSeconds, durationSeconds } = ctx.settings;
    ctx.say(`${spec.label}: ${warmupSeconds} s warm-up, ${durationSeconds} s load ...`);
    row.load = await loadTarget(spec.load, ctx.settings);
    const counting = spec.counting;
    if (counting && counting.count > 0) {
      ctx.say(`${spec.label}: counting database round trips over ${counting.count} sequential requests ...`);
      row.roundTrips = await countRoundTrips(ctx.counter, {
        count: counting.count,
        background: ctx.background,
        send: (i) => sendOnce(spec.load.base, counting.shapeFor(i)),
      });
    }
  } catch (error) {
    const why = `could not measure: ${error instanceof Error ? error.message : String(error)}`;
    row.note = row.note === undefined ? why : `${row.note}; ${why}`;
  }
  return row;
}
