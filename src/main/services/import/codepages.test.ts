import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from './read-file';

const require = createRequire(import.meta.url);
const tables = require.resolve('xlsx/dist/cpexcel.js');
const fixtures = join(__dirname, '../../../../tests/fixtures/import/scandinavian');

describe('code page tables', () => {
  it('are not loaded by a CSV import, and are by the first .xls read', () => {
    expect(require.cache[tables]).toBeUndefined();
    const csv = readImportFile('t.csv', Buffer.from('Kontor;Svar\nBlåbær;Ærø\n'));
    expect(csv.table.rows[1]).toEqual(['Blåbær', 'Ærø']);
    expect(require.cache[tables]).toBeUndefined();
    const name = 'libreoffice-nb-semicolon-win1252.xls';
    const xls = readImportFile(name, readFileSync(join(fixtures, name)));
    expect(xls.table.rows.length).toBeGreaterThan(1);
    expect(require.cache[tables]).toBeDefined();
  });
});
