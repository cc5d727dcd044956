/**
 * Loads one target with autocannon: a fixed number of connections, a warm-up whose figures are thrown
 * away, then a timed run. Requests/s is completed requests over the run's measured length.
 */
import autocannon from 'autocannon';
import { cpuMeter } from './cpu-time';

/** One request as the load generator sends it. */
export interface RequestShape {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What to load: a fixed request, or a source handing out the next one (quiz submissions differ). */
export interface LoadTarget {
  base: string;
  request: RequestShape;
  next?: () => RequestShape;
  /** Processes whose CPU time is measured during the timed run: the server and its database. */
  pids: { server: number | undefined; database?: number | undefined };
}

/** Connections and seconds, the same for every target of a run. */
export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** The figures kept from a timed run. */
export interface LoadFigures {
  requestsPerSecond: number;
  p99Ms: number;
  completed: number;
  seconds: number;
  /** Answers that were neither 2xx nor 3xx, plus connection errors and timeouts. */
  failed: number;
  statuses: Map<number, number>;
  /** CPU time per completed request, in microseconds, of the server and of the database (if any). */
  serverCpuUs: number | undefined;
  databaseCpuUs: number | undefined;
  /** Share of a core the load generator (this process) used during the run. */
  generatorCoreUse: number;
}

function options(target: LoadTarget, connections: number, seconds: number): autocannon.Options {
  const { method, path, headers, body } = target.request;
  const next = target.next;
  return {
    url: new URL(path, target.base).toString(),
    connections,
    duration: seconds,
    method,
    headers,
    ...(body === undefined ? {} : { body }),
    ...(next === undefined ? {} : { requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }] }),
    timeout: 10,
  };
}

function figures(result: autocannon.Result, cpu: (number | undefined)[], own: NodeJS.CpuUsage): LoadFigures {
  const statuses = new Map<number, number>();
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statuses.set(Number(code), stat.count ?? 0);
  const failed = result['1xx'] + result['4xx'] + result['5xx'] + result.errors;
  const completed = result.requests.total;
  const perRequest = (seconds: number | undefined): number | undefined =>
    seconds === undefined || completed === 0 ? undefined : (seconds * 1e6) / completed;
  return {
    requestsPerSecond: result.duration > 0 ? completed / result.duration : 0,
    p99Ms: result.latency.p99,
    completed,
    seconds: result.duration,
    failed,
    statuses,
    serverCpuUs: perRequest(cpu[0]),
    databaseCpuUs: perRequest(cpu[1]),
    generatorCoreUse: result.duration > 0 ? (own.user + own.system) / 1e6 / result.duration : 0,
  };
}

/** Warms the target up, then measures it. */
export async function loadTarget(target: LoadTarget, settings: LoadSettings): Promise<LoadFigures> {
  if (settings.warmupSeconds > 0) await autocannon(options(target, settings.connections, settings.warmupSeconds));
  const meter = cpuMeter([target.pids.server, target.pids.database]);
  const own = process.cpuUsage();
  const result = await autocannon(options(target, settings.connections, settings.durationSeconds));
  return figures(result, meter(), process.cpuUsage(own));
}
