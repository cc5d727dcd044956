/**
 * The bench's printed report: one table (medians over rounds), the details behind each figure, and the
 * targets of issue 3. A ratio is taken per round against the bare server of the same round, then the median.
 */
import type { LoadFigures } from './load';
import type { Row } from './measure';

/** One target of issue 3 and whether this run met it (undefined: could not be measured). */
export interface Check {
  name: string;
  pass: boolean | undefined;
  detail: string;
}

const fixed = (n: number, digits: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const rps = (row: Row | undefined): number | undefined => median(row?.rounds.map((r) => r.requestsPerSecond) ?? []);

/** Median over rounds of this row's requests/s divided by the bare server's in the same round. */
export function ratioToBare(row: Row, bare: Row | undefined): number | undefined {
  if (!bare) return undefined;
  const ratios = row.rounds.flatMap((figures, i) => {
    const yardstick = bare.rounds[i]?.requestsPerSecond;
    return yardstick ? [figures.requestsPerSecond / yardstick] : [];
  });
  return median(ratios);
}

function statuses(rounds: readonly LoadFigures[]): string {
  const sum = new Map<number, number>();
  for (const figures of rounds) for (const [code, n] of figures.statuses) sum.set(code, (sum.get(code) ?? 0) + n);
  return [...sum]
    .sort(([a], [b]) => a - b)
    .map(([code, n]) => `${code}×${n}`)
    .join(' ');
}

function microseconds(values: (number | undefined)[]): string {
  const m = median(values.filter((v): v is number => v !== undefined));
  return m === undefined ? '-' : fixed(m, 0);
}

/** How busy the server's core was: req/s × CPU per request. Well under 100%: something else set the pace. */
function coreUse(row: Row): string {
  const shares = row.rounds.flatMap((r) =>
    r.serverCpuUs === undefined ? [] : [(r.requestsPerSecond * r.serverCpuUs) / 1e4],
  );
  const m = median(shares);
  return m === undefined ? '-' : `${fixed(m, 0)}%`;
}

function cells(row: Row, bare: Row | undefined): string[] {
  const trips = row.roundTrips ? fixed(row.roundTrips.perRequest, 2) : row.key === 'bare' ? '' : '-';
  const speed = rps(row);
  if (speed === undefined) return [row.label, '-', '-', '-', '-', '-', '-', '-', trips, ''];
  const ratio = ratioToBare(row, bare);
  return [
    row.label,
    fixed(speed, 0),
    fixed(median(row.rounds.map((r) => r.p99Ms)) ?? 0, 1),
    String(row.rounds.reduce((n, r) => n + r.failed, 0)),
    ratio === undefined ? '-' : fixed(ratio, 3),
    microseconds(row.rounds.map((r) => r.serverCpuUs)),
    coreUse(row),
    row.key === 'bare' ? '' : microseconds(row.rounds.map((r) => r.databaseCpuUs)),
    trips,
    statuses(row.rounds),
  ];
}

/** The table of figures, aligned for a terminal and valid as Markdown. */
export function formatTable(rows: readonly Row[]): string {
  const bare = rows.find((r) => r.key === 'bare');
  const head = [
    'target',
    'req/s',
    'p99 ms',
    'failed',
    'ratio',
    'CPU µs/req',
    'core use',
    'DB CPU µs/req',
    'DB trips/req',
    'statuses',
  ];
  const body = rows.map((row) => cells(row, bare));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const left = (i: number): boolean => i === 0 || i === head.length - 1;
  const line = (r: string[]): string =>
    `| ${r.map((c, i) => (left(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => `-${'-'.repeat(w)}${left(i) ? '-' : ':'}`).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

const cpuPerRequest = (row: Row | undefined): number | undefined =>
  median(row?.rounds.flatMap((r) => (r.serverCpuUs === undefined ? [] : [r.serverCpuUs])) ?? []);

/** Bare server's CPU per request over this row's: the share of the bare rate it would reach on a core of its own. */
export function cpuRatio(row: Row, bare: Row | undefined): number | undefined {
  const own = cpuPerRequest(row);
  const yardstick = cpuPerRequest(bare);
  return own === undefined || yardstick === undefined || own === 0 ? undefined : yardstick / own;
}

/** Who set the bare server's pace: with the load generator's core full and the server's not, the generator. */
function generatorPace(bare: Row | undefined): string | undefined {
  const generator = median(bare?.rounds.map((r) => r.generatorCoreUse) ?? []);
  const server = median(
    bare?.rounds.flatMap((r) => (r.serverCpuUs === undefined ? [] : [(r.requestsPerSecond * r.serverCpuUs) / 1e6])) ??
      [],
  );
  if (generator === undefined) return undefined;
  const used = `during the bare server's runs the load generator used ${fixed(generator * 100, 0)}% of its core`;
  if (generator < 0.9 || server === undefined || server > 0.8) return used;
  return (
    `${used} and the bare server ${fixed(server * 100, 0)}% of its own: the load generator set the pace, so the ` +
    'requests/s ratios flatter Tessera; the CPU ratios do not'
  );
}

/** Per round figures, the database commands behind each count, and notes. */
export function formatDetails(rows: readonly Row[]): string[] {
  const lines: string[] = [];
  const bare = rows.find((r) => r.key === 'bare');
  const byCpu = rows
    .filter((r) => r.key !== 'bare')
    .flatMap((r) => {
      const ratio = cpuRatio(r, bare);
      return ratio === undefined ? [] : [`${r.label} ${fixed(ratio, 3)}`];
    });
  if (byCpu.length > 0) lines.push(`ratio by CPU time per request (bare ÷ target): ${byCpu.join(', ')}`);
  const pace = generatorPace(bare);
  if (pace !== undefined) lines.push(pace);
  for (const row of rows) {
    if (row.rounds.length > 1) {
      lines.push(`${row.label}: req/s per round ${row.rounds.map((r) => fixed(r.requestsPerSecond, 0)).join(', ')}`);
    }
    if (row.note !== undefined) lines.push(`${row.label}: ${row.note}`);
    const trips = row.roundTrips;
    if (!trips) continue;
    const names = [...trips.commands].map(([name, n]) => `${name} ×${fixed(n, 2)}`).join(', ') || 'none';
    const left = trips.excluded > 0 ? `; ${trips.excluded} catalogue-poll command(s) left out` : '';
    const answers = [...trips.statuses].map(([code, n]) => `${code}×${n}`).join(' ');
    lines.push(
      `${row.label}: ${fixed(trips.perRequest, 2)} round trips per request over ${trips.requests} sequential ` +
        `requests (${answers}): ${names}${left}`,
    );
  }
  return lines;
}

function tripsCheck(row: Row | undefined, name: string, most: number): Check {
  const trips = row?.roundTrips;
  if (row?.standIn) return { name, pass: undefined, detail: row.note ?? 'a stand-in page was measured' };
  if (!trips) return { name, pass: undefined, detail: row?.note ?? 'not measured' };
  const pass = trips.perRequest <= most;
  return { name, pass, detail: `${fixed(trips.perRequest, 2)} round trips per request (target ≤ ${most})` };
}

function ratioDetail(ratio: number, anonymous: Row, bare: Row | undefined): string {
  const byCpu = cpuRatio(anonymous, bare);
  const cpu = byCpu === undefined ? '' : `; by CPU time per request ${fixed(byCpu * 100, 1)}%`;
  return `${fixed(ratio * 100, 1)}% (median of the per-round ratios of requests/s${cpu})`;
}

/** The targets of issue 3, checked against this run. */
export function checkTargets(rows: readonly Row[]): Check[] {
  const find = (key: Row['key']): Row | undefined => rows.find((r) => r.key === key);
  const anonymous = find('anonymous');
  const ratio = anonymous ? ratioToBare(anonymous, find('bare')) : undefined;
  const name = 'anonymous lesson ≥ 25% of bare req/s';
  const ratioCheck: Check =
    ratio === undefined || anonymous?.standIn !== false
      ? { name, pass: undefined, detail: anonymous?.note ?? 'not measured' }
      : { name, pass: ratio >= 0.25, detail: ratioDetail(ratio, anonymous, find('bare')) };
  return [
    tripsCheck(anonymous, 'anonymous lesson: 0 round trips', 0),
    tripsCheck(find('logged-in'), 'logged-in lesson: ≤ 2 round trips', 2),
    tripsCheck(find('quiz'), 'quiz submission: ≤ 4 round trips', 4),
    ratioCheck,
  ];
}

/** One line per check: PASS, FAIL or N/A (not measurable in this run). */
export function formatChecks(checks: readonly Check[]): string[] {
  return checks.map((c) => `${c.pass === undefined ? 'N/A ' : c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
}
