import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../privacy/mask';
import { foldText, listComments } from './comments';
import { loyaltySummary } from './loyalty';
import type { RatingSummary } from './dashboard';
import { kishEffectiveN } from '../stats/weighting';

describe('the comments of a group', () => {
  const answers = ['Flott service', null, 'Ring meg på 912 34 567', 'Æresord: søknaden tok for lang tid', ''];
  const src = (k: number) => ({
    k,
    respondents: 5,
    questions: [{ code: 'C', text: 'Why?', answers }],
    nps: { values: Float64Array.from([10, 9, 3, 8, 0]), missing: new Uint8Array(5) },
  });

  it('folds diacritics and Nordic letters for the search', () => {
    expect(foldText('Æresord Søknad Åpning café')).toBe('aeresord soknad apning cafe');
  });

  it('masks every quoted text and counts what it masked', () => {
    const r = listComments(src(2), { offset: 0, limit: 10 });
    if ('suppressed' in r) throw new Error('suppressed');
    expect(r.total).toBe(3);
    expect(r.comments[1]).toEqual({
      question: 'C',
      text: maskPersonalData('Ring meg på 912 34 567').text,
      npsGroup: 'detractor',
      masked: 1,
    });
    expect(r.comments[1]!.text).not.toContain('912');
  });

  it('filters by NPS group and search, and hides a group under k', () => {
    const promoters = listComments(src(2), { npsGroup: 'promoter', offset: 0, limit: 10 });
    if ('suppressed' in promoters) throw new Error('suppressed');
    expect(promoters.comments.map((c) => c.text)).toEqual(['Flott service']);
    const search = listComments(src(2), { search: 'aeresord: SOKNADEN', offset: 0, limit: 10 });
    if ('suppressed' in search) throw new Error('suppressed');
    expect(search.total).toBe(1);
    // 2 promoters < k = 3: nothing is quoted, not even how many there are.
    expect(listComments(src(3), { npsGroup: 'promoter', offset: 0, limit: 10 })).toEqual({
      suppressed: true,
      k: 3,
      reason: 'below-k',
    });
    expect(listComments(src(6), { offset: 0, limit: 10 })).toMatchObject({ suppressed: true });
  });
});

describe('the loyalty figure', () => {
  const item = (code: string, index: number, n: number): RatingSummary => ({
    questionCode: code,
    text: code,
    touchpointCode: null,
    touchpointText: null,
    stageText: null,
    scale: { min: 1, max: 5 },
    n,
    mean: 1 + (index / 100) * 4,
    sd: 1,
    ci95: [0, 0],
    index,
    top2Box: 0.5,
  });

  it('is the mean index of the loyalty items with the smallest n, hidden when any item is', () => {
    expect(loyaltySummary([])).toBeNull();
    expect(loyaltySummary([item('A', 70, 120), item('B', 60, 110)])).toMatchObject({ index: 65, n: 110 });
    expect(loyaltySummary([item('A', 70, 120), { suppressed: true, k: 5, reason: 'below-k' }])).toEqual({
      suppressed: true,
      k: 5,
      reason: 'below-k',
    });
  });

  it("the effective n beside it is Kish's (Σw)² / Σw²", () => {
    // Two respondents weighted 1 and 3: (4)² / (1 + 9) = 1.6.
    expect(kishEffectiveN([1, 3])).toBeCloseTo(1.6, 12);
    expect(kishEffectiveN([1, 1, 1, 1])).toBe(4);
  });
});
