import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text =
      'id,comment\n1,"Dyrt, men greit"\n2,"Saken var ""under behandling"""\n3,"Rask hjelp.\nTakk!"\n4,\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'comment'],
      ['1', 'Dyrt, men greit'],
      ['2', 'Saken var "under behandling"'],
      ['3', 'Rask hjelp.\nTakk!'],
      ['4', ''],
    ]);
  });

  it('accepts CRLF records, a BOM and a last record without a line break', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n3,')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', ''],
    ]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/not closed/);
  });
});

describe('formatCsv', () => {
  it('round-trips through parseCsv and quotes only where needed or asked', () => {
    const records = [
      ['1', 'plain', 'Dyrt, men "greit"\nok'],
      ['2', '', 'x'],
    ];
    const text = formatCsv(records, new Set([2]));
    expect(text).toBe('1,plain,"Dyrt, men ""greit""\nok"\n2,,"x"\n');
    expect(parseCsv(text)).toEqual(records);
  });
});
