import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mutateBytes, odsWithRepeat } from './damaged-fixtures';
import { readImportFile } from './read-file';
import { readImportFileGuarded } from './read-sandbox';
import { boundRepeatsInXml } from './workbook';

const ROWS = 'table:number-rows-repeated' as const;
const COLS = 'table:number-columns-repeated' as const;

afterEach(() => {
  delete process.env['TOUCHPOINT_READ_DEADLINE_MS'];
});

describe('absurd repeats in an .ods are bounded before parsing', () => {
  it('cuts repeat attributes to the largest sheet, leaving sane ones alone', () => {
    expect(boundRepeatsInXml('<r table:number-rows-repeated="2000000000">')).toBe(
      '<r table:number-rows-repeated="1048576">',
    );
    expect(boundRepeatsInXml("<c table:number-columns-repeated='99999999999999'>")).toBe(
      "<c table:number-columns-repeated='16384'>",
    );
    expect(boundRepeatsInXml('<c table:number-columns-repeated="1017">')).toBe(
      '<c table:number-columns-repeated="1017">',
    );
  });

  it('refuses two billion repeated rows as too large instead of looping', () => {
    const t = Date.now();
    expect(() => readImportFile('rows.ods', odsWithRepeat(ROWS, 2_000_000_000))).toThrow(
      /beyond what the import takes/,
    );
    expect(Date.now() - t).toBeLessThan(30_000);
  }, 40_000);

  it('reads a billion repeated columns as the cell it is, quickly', () => {
    const t = Date.now();
    const f = readImportFile('cols.ods', odsWithRepeat(COLS, 1_000_000_000));
    expect(f.table.rows[0]).toEqual(['id', 'q1']);
    expect(Date.now() - t).toBeLessThan(5_000);
  });
});

describe('the read watchdog', () => {
  it('reads a sane file in the worker and hands the table back', async () => {
    const f = await readImportFileGuarded('cols.ods', odsWithRepeat(COLS, 3));
    expect(f.table.rows[1]!.slice(0, 2)).toEqual(['1', '5']);
  });

  it('passes a clear refusal from the worker on with its code', async () => {
    await expect(readImportFileGuarded('empty.csv', new Uint8Array())).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
      message: 'empty.csv is empty',
    });
  });

  it('stops a read past the deadline with one line, and the caller is not blocked meanwhile', async () => {
    process.env['TOUCHPOINT_READ_DEADLINE_MS'] = '400';
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const t = Date.now();
    await expect(readImportFileGuarded('slow.ods', odsWithRepeat(ROWS, 2_000_000_000))).rejects.toMatchObject(
      {
        code: 'IMPORT_UNREADABLE',
        message: 'slow.ods: damaged or too complex: stopped after 400 ms',
      },
    );
    clearInterval(timer);
    expect(Date.now() - t).toBeLessThan(3_000);
    expect(ticks).toBeGreaterThan(5);
  }, 10_000);

  it('refuses a byte-damaged .xls that makes the parser loop ("Missing Info for XLS Record")', async () => {
    const xls = readFileSync(
      resolve(
        __dirname,
        '../../../../tests/fixtures/import/scandinavian/libreoffice-nb-semicolon-win1252.xls',
      ),
    );
    process.env['TOUCHPOINT_READ_DEADLINE_MS'] = '1500';
    const t = Date.now();
    await expect(readImportFileGuarded('damaged.xls', mutateBytes(xls, 915, 3))).rejects.toThrow(
      'damaged.xls: damaged or too complex: stopped after 2 s',
    );
    expect(Date.now() - t).toBeLessThan(4000);
  }, 10_000);
});
