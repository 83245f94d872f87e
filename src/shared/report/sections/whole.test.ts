import { describe, expect, it } from 'vitest';
import type { DashboardResult, RatingSummary } from '../../analysis/dashboard';
import type { TableBlock } from '../types';
import { wholeFigureAllowed, withWholeColumn } from './whole';

const tp = (code: string, n: number, index: number): RatingSummary => ({
  questionCode: code,
  text: code,
  touchpointCode: code,
  touchpointText: code,
  stageText: null,
  scale: { min: 1, max: 5 },
  n,
  mean: 1 + index / 25,
  sd: 1,
  ci95: [1, 2],
  index,
  top2Box: 0.5,
});
const dash = (touchpoints: RatingSummary[], respondents: number): DashboardResult => ({
  waveYear: 2026,
  respondents,
  anonymityK: 5,
  nps: null,
  satisfaction: null,
  touchpoints,
});

describe('a unit beside the whole', () => {
  it('prints the whole’s figure only where the rest of the study is 0 or at least k', () => {
    expect(wholeFigureAllowed(20, 20, 5)).toBe(true);
    expect(wholeFigureAllowed(20, 24, 5)).toBe(false);
    expect(wholeFigureAllowed(20, 25, 5)).toBe(true);
    const unit = dash([tp('A', 20, 70), tp('B', 20, 60)], 20);
    // B: the whole has 23 answers, the unit 20 — the whole's index would give away 3 people.
    const whole = dash([tp('A', 80, 65), tp('B', 23, 61)], 80);
    const table: TableBlock = {
      kind: 'table',
      id: 'touchpoints',
      columns: [
        { label: 'Touchpoint', align: 'left', width: '*' },
        { label: 'Index', align: 'right', width: 44 },
        { label: 'n', align: 'right', width: 36 },
      ],
      rows: [
        { kind: 'data', cells: ['A', '70', '20'] },
        { kind: 'data', cells: ['B', '60', '20'] },
      ],
      note: null,
    };
    const t = withWholeColumn(table, unit, whole, 'en');
    expect(t.columns.map((c) => c.label)).toEqual(['Touchpoint', 'Index', 'All', 'n']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['A', '70', '65', '20'],
      ['B', '60', '–', '20'],
    ]);
    expect(t.note).toMatch(/fewer than 5 answers/);
  });
});
