/** The bench's printed report: one table, the commands behind each count, and the targets of issue 3. */
import type { TargetKey } from './cli-args';
import type { LoadFigures } from './load';
import type { RoundTrips } from './round-trips';

/** One measured target. */
export interface Row {
  key: TargetKey | 'bare-again';
  label: string;
  load: LoadFigures | undefined;
  roundTrips: RoundTrips | undefined;
  /** Why a figure is missing, what was measured instead, or what to know about the figures. */
  note: string | undefined;
  /** True when another page was measured because the real one is not there yet. */
  standIn: boolean;
}

/** One target of issue 3 and whether this run met it (undefined: could not be measured). */
export interface Check {
  name: string;
  pass: boolean | undefined;
  detail: string;
}

const fixed = (n: number, digits: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function statuses(map: Map<number, number>): string {
  return [...map]
    .sort(([a], [b]) => a - b)
    .map(([code, n]) => `${code}×${n}`)
    .join(' ');
}

/** The bare server's requests/s the ratios divide by: the mean of its runs at the start and the end. */
export function bareBaseline(rows: readonly Row[]): number | undefined {
  const runs = rows
    .filter((r) => r.key === 'bare' || r.key === 'bare-again')
    .flatMap((r) => (r.load ? [r.load.requestsPerSecond] : []));
  return runs.length === 0 ? undefined : runs.reduce((a, b) => a + b, 0) / runs.length;
}

function cells(row: Row, bareRps: number | undefined): string[] {
  const load = row.load;
  const ratio = load && bareRps ? fixed(load.requestsPerSecond / bareRps, 2) : '-';
  const trips = row.roundTrips ? fixed(row.roundTrips.perRequest, 2) : row.key.startsWith('bare') ? '' : '-';
  if (!load) return [row.label, '-', '-', '-', '-', trips, ''];
  return [
    row.label,
    fixed(load.requestsPerSecond, 0),
    fixed(load.p99Ms, 1),
    String(load.failed),
    ratio,
    trips,
    statuses(load.statuses),
  ];
}

/** The table of figures, aligned for a terminal (and pasteable into Markdown). */
export function formatTable(rows: readonly Row[]): string {
  const bareRps = bareBaseline(rows);
  const head = ['target', 'req/s', 'p99 ms', 'failed', 'ratio', 'DB trips/req', 'statuses'];
  const body = rows.map((row) => cells(row, bareRps));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    `| ${r.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 || i === 6 ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

/** The database commands behind each count, and what was measured in place of a missing page. */
export function formatDetails(rows: readonly Row[]): string[] {
  const lines: string[] = [];
  const [first, again] = [rows.find((r) => r.key === 'bare')?.load, rows.find((r) => r.key === 'bare-again')?.load];
  if (first && again) {
    const drift = (again.requestsPerSecond / first.requestsPerSecond - 1) * 100;
    lines.push(
      `ratios divide by the bare server's mean of ${fixed(first.requestsPerSecond, 0)} (first) and ` +
        `${fixed(again.requestsPerSecond, 0)} (last) req/s: ${drift >= 0 ? '+' : ''}${fixed(drift, 1)}% drift ` +
        '(other work on the machine moves both)',
    );
  }
  for (const row of rows) {
    if (row.note !== undefined) lines.push(`${row.label}: ${row.note}`);
    const trips = row.roundTrips;
    if (!trips) continue;
    const names = [...trips.commands].map(([name, n]) => `${name} ×${fixed(n, 2)}`).join(', ') || 'none';
    const left = trips.excluded > 0 ? `; ${trips.excluded} background poll command(s) left out` : '';
    lines.push(
      `${row.label}: ${fixed(trips.perRequest, 2)} per request over ${trips.requests} sequential requests ` +
        `(${statuses(trips.statuses)}): ${names}${left}`,
    );
  }
  return lines;
}

function tripsCheck(row: Row | undefined, name: string, most: number): Check {
  const trips = row?.roundTrips;
  if (!row || !trips) return { name, pass: undefined, detail: row?.note ?? 'not measured' };
  if (row.standIn) return { name, pass: undefined, detail: row.note ?? 'stand-in page measured' };
  const pass = trips.perRequest <= most;
  return { name, pass, detail: `${fixed(trips.perRequest, 2)} round trips per request (target ≤ ${most})` };
}

/** The targets of issue 3, checked against this run. */
export function checkTargets(rows: readonly Row[]): Check[] {
  const find = (key: Row['key']): Row | undefined => rows.find((r) => r.key === key);
  const anonymous = find('anonymous');
  const bare = bareBaseline(rows);
  const ratio = anonymous?.load && bare ? anonymous.load.requestsPerSecond / bare : undefined;
  const ratioCheck: Check =
    ratio === undefined || anonymous?.standIn !== false
      ? { name: 'anonymous lesson ≥ 25% of bare', pass: undefined, detail: anonymous?.note ?? 'not measured' }
      : {
          name: 'anonymous lesson ≥ 25% of bare',
          pass: ratio >= 0.25,
          detail: `${fixed(ratio * 100, 1)}% of the bare server's requests/s`,
        };
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
