import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DashboardResult } from '../../../shared/analysis/dashboard';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { TrendResult, TrendValue } from '../../../shared/analysis/trend';
import type { Analysed, CompareOutput } from '../../../shared/api/analysis';
import type { StudyOverview } from '../../../shared/domain/index';
import { analysisRunner } from './handlers';
import { makeTrendStudy } from './test-study-trend';
import { testDispatch, value } from '../test-dispatch';

const { dir, sessions, dispatch } = testDispatch('tp-trend-');
afterAll(() => sessions.closeAll());

async function open(): Promise<string> {
  const { path, db } = makeTrendStudy(mkdtempSync(join(dir, 's-')));
  db.close();
  return value<StudyOverview>(await dispatch('study/open', { path })).studyId;
}

const trendOf = async (input: Record<string, unknown>) =>
  value<Analysed<TrendResult>>(await dispatch('analysis/trend', input));

describe('analysis/trend on a three-wave study', () => {
  it('agrees with the dashboard of each wave and with the change analysis of each pair of waves', async () => {
    const studyId = await open();
    const t = await trendOf({ studyId });
    expect(t.waveYear).toBe(2027);
    const trend = t.result as TrendResult;
    expect(trend.waves).toEqual([
      { year: 2025, n: 240, weightedN: 240, effectiveN: 240 },
      { year: 2026, n: 240, weightedN: 240, effectiveN: 240 },
      { year: 2027, n: 240, weightedN: 240, effectiveN: 240 },
    ]);
    expect(trend.kpis.map((s) => s.key)).toEqual(['satisfaction', 'nps', 'loyalty']);
    expect(trend.touchpoints.map((s) => s.code)).toEqual(['TP1_PERF', 'TP2_PERF', 'TP3_PERF', 'TP4_PERF']);
    for (const year of [2025, 2026, 2027]) {
      const d = value<Analysed<DashboardResult>>(
        await dispatch('analysis/dashboard', { studyId, waveYear: year }),
      ).result as DashboardResult;
      const at = (code: string) =>
        [...trend.kpis, ...trend.touchpoints]
          .find((s) => s.code === code)!
          .waves.find((w) => w.year === year) as TrendValue;
      for (const tp of d.touchpoints) {
        expect(at(tp.questionCode).value).toBeCloseTo(tp.index, 10);
        expect(at(tp.questionCode).n).toBe(tp.n);
      }
      if (d.nps && !isSuppressed(d.nps)) expect(at('NPS').value).toBeCloseTo(d.nps.nps, 10);
      if (d.satisfaction && !isSuppressed(d.satisfaction))
        expect(at('SAT').value).toBeCloseTo(d.satisfaction.index, 10);
    }
    for (const [waveA, waveB, side] of [
      [2026, 2027, 'vsPrevious'],
      [2025, 2027, 'vsFirst'],
      [2025, 2026, 'vsPrevious'],
    ] as const) {
      const c = value<Analysed<CompareOutput>>(
        await dispatch('analysis/compare', { studyId, waveA, waveB, waveYear: waveB, statistic: 'index' }),
      ).result as CompareOutput;
      for (const cmp of c.comparisons) {
        const s = [...trend.kpis, ...trend.touchpoints].find((x) => x.code === cmp.question)!;
        const test = (s.waves.find((w) => w.year === waveB) as TrendValue)[side]!;
        expect(test.year).toBe(waveA);
        expect(test.diff).toBeCloseTo(cmp.change!, 10);
        expect(test.p).toBeCloseTo(cmp.test!.p, 12);
        expect(test.test).toBe(cmp.test!.test);
        expect(test.wordingChanged).toBe(cmp.wordingChanged === true);
      }
    }
    // The planted changes of 2027 are found, against the previous and the first wave.
    const web = trend.touchpoints[0]!.waves[2] as TrendValue;
    const invoice = trend.touchpoints[3]!.waves[2] as TrendValue;
    expect(web.vsPrevious).toMatchObject({ significant: true, wordingChanged: true });
    expect(web.vsPrevious!.diff).toBeGreaterThan(0);
    expect(invoice.vsPrevious).toMatchObject({ significant: true, wordingChanged: false });
    expect(invoice.vsPrevious!.diff).toBeLessThan(0);
    expect(trend.touchpoints[0]!.wordingChanges).toEqual([2027]);
  });

  it('is cached like the other analyses, and --wave stops the trend at that wave', async () => {
    const studyId = await open();
    const before = analysisRunner().stats().results;
    const first = await trendOf({ studyId });
    const cached = analysisRunner().stats();
    expect(cached.results).toBe(before + 1);
    const again = await trendOf({ studyId });
    // Served from the cache: no new result, no wave read again.
    expect(analysisRunner().stats()).toMatchObject({ results: cached.results, waveLoads: cached.waveLoads });
    expect(again).toEqual(first);
    const upTo = await trendOf({ studyId, waveYear: 2026 });
    expect((upTo.result as TrendResult).waves.map((w) => w.year)).toEqual([2025, 2026]);
  });

  it('a filter to a branch under k refuses the whole trend; a region is shown per wave with its own n', async () => {
    const studyId = await open();
    const small = await trendOf({ studyId, filter: [{ variable: 'BRANCH', values: ['B6'] }] });
    expect(small.result).toMatchObject({ suppressed: true, reason: 'filter' });
    expect(small.filter!.n).toBeNull();
    const region = await trendOf({ studyId, filter: [{ variable: 'REGION', values: ['1'] }] });
    const r = region.result as TrendResult;
    // Respondent i is in region 1 + i % 3 unless i % 7 = 0 (no answer): 68 of 240 in every wave.
    expect(r.waves.map((w) => ('n' in w ? w.n : null))).toEqual([68, 68, 68]);
    expect(region.filter!.n).toBe(68);
    const unfiltered = (await trendOf({ studyId })).result as TrendResult;
    const sat = (x: TrendResult) => (x.kpis[0]!.waves[2] as TrendValue).value;
    expect(sat(r)).not.toBeCloseTo(sat(unfiltered), 3);
  });
});
