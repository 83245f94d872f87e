import { AppError } from '../../../shared/api/errors';

/** Limits that keep a hostile or absurd file from taking the app down. Sane exports are far below. */
export const LIMITS = {
  /** 100,000 × 100 as xlsx is ~60 MB; as CSV ~30 MB. */
  maxFileBytes: 300 * 1024 * 1024,
  /** All entries of one zip together, declared and as actually inflated. */
  maxUnzippedBytes: 1024 * 1024 * 1024,
  /**
   * One inflated zip entry, checked while inflating (headers can lie): SheetJS cannot hold a sheet's
   * XML beyond V8's longest string (~512 MB) anyway; 100,000 × 100 is ~300 MB.
   */
  maxEntryBytes: 640 * 1024 * 1024,
  /** Compression ratio beyond which a large entry is a zip bomb, not a spreadsheet. */
  maxRatio: 200,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  /** A million respondents × 40 questions with their id column and header, and some room. */
  maxCells: 50_000_000,
};

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

export function checkFileSize(name: string, size: number): void {
  if (size > LIMITS.maxFileBytes) {
    throw new AppError(
      'IMPORT_TOO_LARGE',
      `${name} is ${Math.round(size / 1048576)} MB; the import takes files up to ${LIMITS.maxFileBytes / 1048576} MB`,
      { file: name, size },
    );
  }
}

/**
 * Reads a zip's central directory (xlsx and ods are zips) and refuses a zip bomb before anything is
 * inflated: entries that claim to expand far beyond the file, in total or by ratio.
 */
export function checkZip(name: string, b: Uint8Array): void {
  const bad = (why: string) => new AppError('IMPORT_TOO_LARGE', `${name} is refused: ${why}`, { file: name });
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new AppError(
      'IMPORT_UNREADABLE',
      `${name} is a damaged zip file (no central directory): is it a complete spreadsheet?`,
      { file: name },
    );
  const entries = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  let total = 0;
  let packed = 0;
  for (let e = 0; e < entries; e++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) {
      throw new AppError(
        'IMPORT_UNREADABLE',
        `${name} is a damaged zip file: is it a complete spreadsheet?`,
        { file: name },
      );
    }
    const compressed = u32(b, p + 20);
    const size = u32(b, p + 24);
    if (size === 0xffffffff || compressed === 0xffffffff) throw bad('it holds an entry larger than 4 GB');
    total += size;
    packed += compressed;
    if (size > 50 * 1048576 && size / Math.max(compressed, 1) > LIMITS.maxRatio)
      throw bad(`an entry expands ${Math.round(size / Math.max(compressed, 1))}× (a zip bomb)`);
    p += 46 + u16(b, p + 28) + u16(b, p + 30) + u16(b, p + 32);
  }
  if (total > LIMITS.maxUnzippedBytes) throw bad(`it expands to ${Math.round(total / 1048576)} MB`);
  // Many entries just under the per-entry threshold are as much a bomb as one large entry.
  if (total > 50 * 1048576 && total / Math.max(packed, 1) > LIMITS.maxRatio)
    throw bad(`it expands ${Math.round(total / Math.max(packed, 1))}× (a zip bomb)`);
}

export function checkDimensions(name: string, sheet: string, rows: number, cols: number): void {
  if (rows > LIMITS.maxRows || cols > LIMITS.maxColumns || rows * cols > LIMITS.maxCells) {
    throw new AppError(
      'IMPORT_TOO_LARGE',
      `${name}: sheet ${sheet} is ${rows} rows × ${cols} columns, beyond what the import takes (${LIMITS.maxCells.toLocaleString('en')} cells)`,
      { file: name, sheet, rows, cols },
    );
  }
}
