/**
 * Reads MongoDB wire messages out of a TCP byte stream, as the client sent them, without decoding the
 * whole message: only the header and the first element of the command document are needed to name it.
 */

/** What one client message asked for: `find sessions`, `insert attempts`, or an opcode when not OP_MSG. */
export interface WireCommand {
  name: string;
  collection: string | undefined;
}

const OP_MSG = 2013;
const HEAD_BYTES = 512;
const EMPTY = Buffer.alloc(0);

/** Driver heartbeats and handshakes: not round trips a page causes. */
export const HEARTBEATS: ReadonlySet<string> = new Set(['hello', 'isMaster', 'ismaster', 'ping']);

/** A NUL-terminated string at `start`, or undefined when it runs past the end of the buffer. */
function cstring(buf: Buffer, start: number): { value: string; end: number } | undefined {
  const end = buf.indexOf(0, start);
  return end < 0 ? undefined : { value: buf.toString('utf8', start, end), end: end + 1 };
}

/** The first element of the BSON document at `start`: its key is the command, a string value the collection. */
function firstElement(buf: Buffer, start: number): WireCommand | undefined {
  if (buf.length < start + 6) return undefined;
  const type = buf[start + 4];
  const key = cstring(buf, start + 5);
  if (!key) return undefined;
  let collection: string | undefined;
  if (type === 0x02 && buf.length >= key.end + 4) {
    const length = buf.readInt32LE(key.end);
    if (length > 0 && buf.length >= key.end + 4 + length) {
      collection = buf.toString('utf8', key.end + 4, key.end + 4 + length - 1);
    }
  }
  return { name: key.value, collection };
}

/** Names the command in the start of a client message (header included). */
export function commandOf(head: Buffer): WireCommand {
  if (head.length < 16) return { name: 'truncated', collection: undefined };
  const opCode = head.readInt32LE(12);
  if (opCode !== OP_MSG) return { name: `opcode-${opCode}`, collection: undefined };
  // After the header: 4 bytes of flags, then sections; kind 1 (a document sequence) may come before the body.
  let pos = 20;
  while (pos + 5 <= head.length) {
    const kind = head[pos];
    if (kind === 0) return firstElement(head, pos + 1) ?? { name: 'unreadable', collection: undefined };
    pos += 1 + head.readInt32LE(pos + 1);
  }
  return { name: 'unreadable', collection: undefined };
}

/**
 * Splits one direction of a connection into messages and hands over each message's first bytes
 * (at most HEAD_BYTES); the rest of a long message is skipped without being copied.
 */
export class MessageSplitter {
  private pending: Buffer = EMPTY;
  private skip = 0;
  private broken = false;

  constructor(private readonly onMessage: (head: Buffer) => void) {}

  /** Feeds the next chunk read from the socket. */
  push(chunk: Buffer): void {
    let data = chunk;
    while (data.length > 0 && !this.broken) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, data.length);
        this.skip -= n;
        data = data.subarray(n);
        continue;
      }
      const joined = this.pending.length === 0 ? data : Buffer.concat([this.pending, data]);
      data = EMPTY;
      if (joined.length < 4) {
        this.pending = Buffer.from(joined);
        return;
      }
      const length = joined.readInt32LE(0);
      // Not a message boundary: stop reading this stream rather than count garbage.
      if (length < 16) {
        this.broken = true;
        this.onMessage(EMPTY);
        return;
      }
      const wanted = Math.min(length, HEAD_BYTES);
      if (joined.length < wanted) {
        this.pending = Buffer.from(joined);
        return;
      }
      this.pending = EMPTY;
      this.onMessage(joined.subarray(0, wanted));
      if (joined.length >= length) data = joined.subarray(length);
      else this.skip = length - joined.length;
    }
  }
}
