import { describe, expect, it } from 'vitest';
import { dateRuleOf, isDateHeader, isExcelSerialColumn, toIsoDate } from './dates';
import { detectLayout } from './layout';

describe('Excel serial dates', () => {
  // Expected values from Python: datetime(1899, 12, 30) + timedelta(days=serial), the 1900 date
  // system Excel uses from 1 March 1900 on; serial 59 is Excel's 28 February 1900.
  it('reads day numbers, with the time of day from the fraction', () => {
    expect(toIsoDate('45231.5', 'excel serial')).toBe('2023-11-01 12:00:00');
    expect(toIsoDate('44927', 'excel serial')).toBe('2023-01-01');
    expect(toIsoDate('43000.25', 'excel serial')).toBe('2017-09-22 06:00:00');
    expect(toIsoDate('45658.604166666664', 'excel serial')).toBe('2025-01-01 14:30:00');
    expect(toIsoDate('61', 'excel serial')).toBe('1900-03-01');
    expect(toIsoDate('59', 'excel serial')).toBe('1900-02-28');
    expect(toIsoDate('60', 'excel serial')).toBeNull();
    expect(toIsoDate('abc', 'excel serial')).toBeNull();
    expect(toIsoDate('-3', 'excel serial')).toBeNull();
  });

  it('knows date headers in en, nb and da, and not question texts that merely end in "date"', () => {
    for (const h of ['Date', 'Submitted', 'Dato', 'Tidspunkt', 'StartDate', 'end_date', 'Submit date'])
      expect(isDateHeader(h), h).toBe(true);
    for (const h of ['update', 'Q1', 'Satisfaction', 'Candidate']) expect(isDateHeader(h), h).toBe(false);
  });

  it('takes a column for serials only when every value is a plausible day number', () => {
    expect(isExcelSerialColumn(['45231.5', '', '45232'])).toBe(true);
    expect(isExcelSerialColumn(['45231.5', '4'])).toBe(false);
    expect(isExcelSerialColumn(['45231.5'])).toBe(false);
    expect(isExcelSerialColumn(['45231.5', 'n/a'])).toBe(false);
  });

  it('a column of plain numbers under "Submitted" or "Dato" is read to ISO dates with the rule shown', () => {
    const table = {
      sheet: 'S',
      rows: [
        ['Submitted', 'Dato', 'Q1', 'Score'],
        ['45231.5', '45292', '4', '45231'],
        ['45232.75', '45293', '5', '45232'],
      ],
    };
    const l = detectLayout(table);
    expect(l.columns.map((c) => c.dateRule ?? null)).toEqual(['excel serial', 'excel serial', null, null]);
    expect(table.rows.slice(1)).toEqual([
      ['2023-11-01 12:00:00', '2024-01-01', '4', '45231'],
      ['2023-11-02 18:00:00', '2024-01-02', '5', '45232'],
    ]);
  });
});

describe('ISO rule', () => {
  it('reads yyyy-mm-dd with or without time, and refuses impossible months', () => {
    expect(toIsoDate('2024-4-3', 'yyyy-mm-dd')).toBe('2024-04-03');
    expect(toIsoDate('2024-04-03T14:12', 'yyyy-mm-dd')).toBe('2024-04-03 14:12:00');
    expect(toIsoDate('2024-13-03', 'yyyy-mm-dd')).toBeNull();
    expect(dateRuleOf(['1/2/2018', '2/1/2018'])).toBeNull();
  });
});
