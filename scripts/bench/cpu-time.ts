/**
 * CPU time a child process has used, read from /proc (Linux). Requests/s on a machine shared with other
 * work depends on how much of its core a server got; CPU time per request does much less, so the report
 * shows both. Elsewhere the figure is simply missing.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux the bench runs on. */
const TICKS_PER_SECOND = 100;

/** User plus system CPU seconds the process has used so far, or undefined when unreadable. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; fields after its closing parenthesis are positional.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const user = Number(fields[11]);
    const system = Number(fields[12]);
    return Number.isFinite(user) && Number.isFinite(system) ? (user + system) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a measurement; the returned function gives the CPU seconds used since, per pid. */
export function cpuMeter(pids: readonly (number | undefined)[]): () => (number | undefined)[] {
  const before = pids.map(cpuSeconds);
  return () =>
    pids.map((pid, i) => {
      const start = before[i];
      const end = cpuSeconds(pid);
      return start === undefined || end === undefined ? undefined : end - start;
    });
}
