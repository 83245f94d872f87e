import { createRequire } from 'node:module';
import * as XLSX from 'xlsx';

let loaded = false;

/**
 * Gives SheetJS the Windows code page tables before it reads an old binary workbook (.xls, whose
 * text is in a code page: without the tables æøå would be lost). They take about 50 ms to build, so
 * they are loaded on the first such read, not by every import, CSV or .xlsx, that never needs them.
 */
export function useCodepages(): void {
  if (loaded) return;
  XLSX.set_cptable(
    createRequire(import.meta.url)('xlsx/dist/cpexcel.js') as Parameters<typeof XLSX.set_cptable>[0],
  );
  loaded = true;
}
