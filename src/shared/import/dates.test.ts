import { describe, expect, it } from 'vitest';
import { dateRuleOf, dateRulesOf, isDateHeader, isExcelSerialColumn, toIsoDate } from './dates';
import { buildPlan } from './plan';
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

describe('dates that fit day first and month first', () => {
  const table = () => ({
    sheet: 'S',
    rows: [
      ['id', 'Visit date', 'Q1'],
      ['r1', '03/04/2025', '4'],
      ['r2', '11/12/2025 14:05', '5'],
    ],
  });

  it('lists every rule a column fits: two for 03/04/2025, one once a value settles it', () => {
    expect(dateRulesOf(['03/04/2025', '11/12/2025'])).toEqual(['dd/mm/yyyy', 'mm/dd/yyyy']);
    expect(dateRulesOf(['03/04/2025', '25/12/2025'])).toEqual(['dd/mm/yyyy']);
    expect(dateRulesOf(['03/04/2025', '12/25/2025'])).toEqual(['mm/dd/yyyy']);
    expect(dateRulesOf(['03.04.2025', '11.12.2025'])).toEqual(['dd.mm.yyyy']);
    expect(dateRulesOf(['03/04/2025', 'soon'])).toEqual([]);
    expect(dateRulesOf(['03/04/2025'])).toEqual([]);
    expect(dateRuleOf(['03/04/2025', '25/12/2025'])).toBe('dd/mm/yyyy');
  });

  it('keeps the column as written until a rule is chosen, then reads it by that rule', () => {
    const asIs = table();
    const l = detectLayout(asIs);
    expect(l.columns[1]).toMatchObject({ dateRule: null, dateRules: ['dd/mm/yyyy', 'mm/dd/yyyy'] });
    expect(asIs.rows[1]![1]).toBe('03/04/2025');

    const us = table();
    const chosen = detectLayout(us, [], { dateRule: (c) => (c.index === 1 ? 'mm/dd/yyyy' : undefined) });
    expect(chosen.columns[1]).toMatchObject({
      dateRule: 'mm/dd/yyyy',
      dateRules: ['dd/mm/yyyy', 'mm/dd/yyyy'],
    });
    expect(us.rows.slice(1).map((r) => r[1])).toEqual(['2025-03-04', '2025-11-12 14:05:00']);

    const eu = table();
    detectLayout(eu, [], { dateRule: () => 'dd/mm/yyyy' });
    expect(eu.rows.slice(1).map((r) => r[1])).toEqual(['2025-04-03', '2025-12-11 14:05:00']);
    // Reading the same table again gives the same rule, not a second conversion of ISO values.
    expect(detectLayout(eu).columns[1]!.dateRule).toBe('dd/mm/yyyy');
  });

  it('a chosen rule the values do not fit is not used: the column is read as detected', () => {
    const t = table();
    const l = detectLayout(t, [], { dateRule: () => 'dd.mm.yyyy' });
    expect(l.columns[1]!.dateRule).toBeNull();
    expect(t.rows[1]![1]).toBe('03/04/2025');
    const clear = { sheet: 'S', rows: [['Visit date'], ['25/12/2025'], ['05/06/2025']] };
    expect(detectLayout(clear, [], { dateRule: () => 'mm/dd/yyyy' }).columns[0]!.dateRule).toBe('dd/mm/yyyy');
    expect(clear.rows[1]![0]).toBe('2025-12-25');
  });

  it('the plan creates its question from the dates as chosen', () => {
    const t = table();
    const layout = detectLayout(t, [], { dateRule: () => 'mm/dd/yyyy' });
    const plan = buildPlan({
      table: t,
      layout,
      questions: [],
      decimal: '.',
      language: 'en',
      createQuestions: true,
      keepPersonal: false,
    });
    const q = plan.created.find((x) => x.fromColumns.includes(1))!;
    const values = q.scale.kind === 'choice' ? q.scale.options.map((o) => o.code) : [];
    expect(values.sort()).toEqual(['2025-03-04', '2025-11-12 14:05:00']);
  });
});
