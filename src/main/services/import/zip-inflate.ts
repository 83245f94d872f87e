import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { LIMITS } from './guard';

/** A zip entry that inflates beyond LIMITS.maxEntryBytes, whatever its header claimed. */
export class ZipEntryTooLarge extends Error {}

/** Bytes inflated since the current zip was opened: all entries together stay under one cap. */
let inflated = 0;
export function resetInflated(): void {
  inflated = 0;
}

/**
 * SheetJS inflates zip entries with a JavaScript inflater unless it is handed a zlib through
 * `CFB.utils.use_zlib`, which expects old Node's `InflateRaw#bytesRead` (gone from Node 24). This
 * adapter gives it that shape over `inflateRawSync`: several times faster, and with the output
 * capped, so a zip whose headers lie about sizes cannot balloon memory before anything checks it.
 */
class NativeInflateRaw {
  bytesRead = 0;
  readonly _finishFlushFlag = constants.Z_FINISH;
  _processChunk(chunk: Uint8Array): Buffer {
    try {
      const r = inflateRawSync(chunk, { info: true, maxOutputLength: LIMITS.maxEntryBytes }) as unknown as {
        buffer: Buffer;
        engine: { bytesWritten: number };
      };
      this.bytesRead = r.engine.bytesWritten;
      inflated += r.buffer.byteLength;
      if (inflated > LIMITS.maxUnzippedBytes) throw new ZipEntryTooLarge('zip too large in total');
      return r.buffer;
    } catch (e) {
      if (e instanceof ZipEntryTooLarge) throw e;
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new ZipEntryTooLarge('zip entry too large');
      throw e;
    }
  }
}

export function useNativeInflate(cfb: { utils: { use_zlib: (z: unknown) => void } }): void {
  cfb.utils.use_zlib({ InflateRaw: NativeInflateRaw, deflateRawSync });
}
