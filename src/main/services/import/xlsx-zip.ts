/** The zip container of an .xlsx for the fast reader (xlsx-fast.ts): its entries, inflated by Node's zlib. */
import { inflateRawSync } from 'node:zlib';
import { LIMITS } from './guard';
import { decline } from './xlsx-decline';
import { ZipEntryTooLarge } from './zip-inflate';

type ZipEntry = { name: string; method: number; compressed: number; size: number; offset: number };

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/** The central directory, by lower-case name (SheetJS finds parts regardless of case). */
function centralDirectory(b: Uint8Array): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) decline('no central directory');
  const count = u16(b, eocd + 10);
  if (count === 0xffff) decline('zip64');
  let p = u32(b, eocd + 16);
  const out = new Map<string, ZipEntry>();
  for (let e = 0; e < count; e++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) decline('damaged central directory');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const compressed = u32(b, p + 20);
    const size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const offset = u32(b, p + 42);
    if (flags & 1) decline('encrypted entry');
    if (method !== 0 && method !== 8) decline(`compression method ${method}`);
    if (compressed === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) decline('zip64');
    const name = Buffer.from(b.buffer, b.byteOffset + p + 46, nameLen)
      .toString(flags & 0x800 ? 'utf8' : 'latin1')
      .replace(/\\/g, '/');
    const key = name.toLowerCase();
    if (out.has(key)) decline('duplicate entry');
    out.set(key, { name, method, compressed, size, offset });
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}

export class Zip {
  private readonly entries: Map<string, ZipEntry>;
  private inflated = 0;
  constructor(private readonly bytes: Uint8Array) {
    this.entries = centralDirectory(bytes);
  }
  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }
  /** An entry's stored (compressed) bytes. */
  private rawOf(e: ZipEntry): Buffer {
    const b = this.bytes;
    const p = e.offset;
    if (p + 30 > b.length || u32(b, p) !== 0x04034b50) decline('damaged local header');
    const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
    if (start + e.compressed > b.length) decline('truncated entry');
    return Buffer.from(b.buffer, b.byteOffset + start, e.compressed);
  }
  /** An entry's bytes, inflated within the import's limits; null when there is no such entry. */
  bytesOf(path: string): Buffer | null {
    const e = this.entries.get(path.toLowerCase());
    if (!e) return null;
    const raw = this.rawOf(e);
    let out: Buffer;
    if (e.method === 0) out = raw;
    else {
      try {
        out = inflateRawSync(raw, { maxOutputLength: LIMITS.maxEntryBytes });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new ZipEntryTooLarge('zip entry too large');
        return decline('damaged entry');
      }
    }
    this.inflated += out.byteLength;
    if (this.inflated > LIMITS.maxUnzippedBytes) throw new ZipEntryTooLarge('zip too large in total');
    return out;
  }
  /** An entry as text (UTF-8, as SheetJS reads the XML), or null. */
  text(path: string): string | null {
    const b = this.bytesOf(path);
    if (!b) return null;
    if (b[0] === 0xff && b[1] === 0xfe) decline('UTF-16 part');
    if (b[0] === 0xfe && b[1] === 0xff) decline('UTF-16 part');
    return b.toString('utf8');
  }
}
