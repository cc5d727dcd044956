import { deflateRawSync } from 'node:zlib';

/** One entry of a zip built by a test. */
export interface ZipSpec {
  name: string;
  data?: Buffer | string;
  /** Store without compression instead of deflating. */
  store?: boolean;
  /** Unix mode in the external attributes (0o120777 makes a symlink entry). */
  mode?: number;
  /** A lying uncompressed size in the headers. */
  declaredSize?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Builds a zip in memory, byte by byte, so tests can make archives no zip tool would (traversal, symlinks, lies). */
export function buildZip(specs: readonly ZipSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const raw = Buffer.isBuffer(spec.data) ? spec.data : Buffer.from(spec.data ?? '', 'utf8');
    const body = spec.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(spec.name, 'utf8');
    const size = spec.declaredSize ?? raw.length;
    const fields = { method: spec.store ? 0 : 8, crc: crc32(raw), compressed: body.length, size, name };
    const local = header(0x04034b50, fields, 30);
    locals.push(local, name, body);
    const central = header(0x02014b50, fields, 46);
    central.writeUInt32LE(((spec.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(specs.length, 8);
  end.writeUInt16LE(specs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

interface Fields {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  name: Buffer;
}

function header(signature: number, f: Fields, length: 30 | 46): Buffer {
  const b = Buffer.alloc(length);
  b.writeUInt32LE(signature, 0);
  // Local and central headers share these fields, the central one shifted by 2 bytes ("version made by").
  const shift = length === 46 ? 2 : 0;
  if (shift) b.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode bits count
  b.writeUInt16LE(20, 4 + shift);
  b.writeUInt16LE(0x0800, 6 + shift); // UTF-8 names
  b.writeUInt16LE(f.method, 8 + shift);
  b.writeUInt32LE(f.crc, 14 + shift);
  b.writeUInt32LE(f.compressed, 18 + shift);
  b.writeUInt32LE(f.size, 22 + shift);
  b.writeUInt16LE(f.name.length, 26 + shift);
  return b;
}
