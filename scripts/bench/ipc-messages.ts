/** Messages between the bench and its database child (the embedded database plus the counting proxy). */
import type { WireCommand } from './wire-messages';

/** One entry of the proxy's log: a command a client sent, or a mark the bench placed between requests. */
export type WireEvent = { type: 'command'; command: WireCommand } | { type: 'mark'; label: string };

/** Bench → database child. */
export type ToDatabase = { type: 'record' } | { type: 'mark'; label: string } | { type: 'take' } | { type: 'stop' };

/** Database child → bench. */
export type FromDatabase =
  | { type: 'ready'; uri: string; description: string }
  | { type: 'marked'; label: string }
  | { type: 'events'; events: WireEvent[] }
  | { type: 'failed'; message: string };

/** Narrows an IPC payload to a message with a `type` (the payload crossed a process border). */
export function hasType(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** A message from the database child, or undefined for anything else on the channel. */
export function fromDatabase(value: unknown): FromDatabase | undefined {
  return hasType(value) ? (value as FromDatabase) : undefined;
}
