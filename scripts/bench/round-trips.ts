/**
 * Database round trips per request, counted on the database side: the bench sends requests one at a
 * time and places a mark in the proxy's log before and after each, so every command the server awaited
 * while answering falls between the two marks of its request.
 */
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { waitForMessage } from './children';
import { fromDatabase, type ToDatabase, type WireEvent } from './ipc-messages';

/** What one target costs the database. */
export interface RoundTrips {
  requests: number;
  perRequest: number;
  /** Per command (`find sessions`): how many per request. */
  commands: Map<string, number>;
  /** Commands of the catalogue poll or other timers that happened to fall inside a request, left out. */
  excluded: number;
  statuses: Map<number, number>;
}

const signature = (event: WireEvent): string =>
  event.type === 'command' ? [event.command.name, event.command.collection].filter(Boolean).join(' ') : '';

/** Talks to the database child's proxy. */
export class WireCounter {
  constructor(private readonly child: ChildProcess) {}

  private send(message: ToDatabase): void {
    this.child.send(message);
  }

  /** Starts a fresh log. */
  record(): void {
    this.send({ type: 'record' });
  }

  /** Places a mark once everything read before it is logged. */
  async mark(label: string): Promise<void> {
    const done = waitForMessage(
      this.child,
      (m) => {
        const message = fromDatabase(m);
        return message?.type === 'marked' && message.label === label ? true : undefined;
      },
      'mark',
    );
    this.send({ type: 'mark', label });
    await done;
  }

  /** Stops recording and returns the log. */
  async take(): Promise<WireEvent[]> {
    const events = waitForMessage(
      this.child,
      (m) => {
        const message = fromDatabase(m);
        return message?.type === 'events' ? message.events : undefined;
      },
      'take',
    );
    this.send({ type: 'take' });
    return events;
  }

  /**
   * Waits until the server has finished what the load generator left queued (its commands stop), so
   * none of them falls inside a counted request. Gives up after `maxMs`.
   */
  async settle(background: Set<string>, maxMs = 20_000): Promise<void> {
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline) {
      this.record();
      await sleep(400);
      const busy = (await this.take()).some((e) => e.type === 'command' && !background.has(signature(e)));
      if (!busy) return;
    }
  }

  /** What the server sends when nobody asks anything (the catalogue poll): recorded for `ms`. */
  async background(ms: number): Promise<Set<string>> {
    this.record();
    await sleep(ms);
    return new Set((await this.take()).filter((e) => e.type === 'command').map(signature));
  }
}

function tally(events: WireEvent[]): { inside: string[]; outside: string[] } {
  const inside: string[] = [];
  const outside: string[] = [];
  let within = false;
  for (const event of events) {
    if (event.type === 'mark') within = event.label.startsWith('start');
    else (within ? inside : outside).push(signature(event));
  }
  return { inside, outside };
}

/**
 * Sends `count` requests one after another and counts the commands each caused. Commands seen while idle
 * are the server's timers: inside a request they are left out unless they occur in a quarter of the
 * requests or more (then the page itself sends them). Commands between requests that were not seen while
 * idle were sent after a response (fire and forget) and are counted.
 */
export async function countRoundTrips(
  counter: WireCounter,
  options: { count: number; background: Set<string>; send: (index: number) => Promise<number> },
): Promise<RoundTrips> {
  const statuses = new Map<number, number>();
  await counter.settle(options.background);
  counter.record();
  for (let i = 0; i < options.count; i++) {
    await counter.mark(`start ${i}`);
    const status = await options.send(i);
    await counter.mark(`end ${i}`);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  const { inside, outside } = tally(await counter.take());
  const seen = new Map<string, number>();
  for (const name of inside) seen.set(name, (seen.get(name) ?? 0) + 1);
  let excluded = 0;
  for (const [name, n] of seen) {
    if (options.background.has(name) && n < options.count / 4) {
      seen.delete(name);
      excluded += n;
    }
  }
  for (const name of outside) if (!options.background.has(name)) seen.set(name, (seen.get(name) ?? 0) + 1);
  const total = [...seen.values()].reduce((a, b) => a + b, 0);
  const commands = new Map([...seen].map(([name, n]) => [name, n / options.count]));
  return { requests: options.count, perRequest: total / options.count, commands, excluded, statuses };
}
