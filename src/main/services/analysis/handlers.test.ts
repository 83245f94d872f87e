import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysed, BreakdownOutput } from '../../../shared/api/analysis';
import type { CrossedBreakdownResult } from '../../../shared/analysis/breakdown';
import type { DriversResult, MapResult } from '../../../shared/analysis/drivers';
import type { StudyOverview } from '../../../shared/domain/index';
import { makeTestStudy } from './test-study';
import { testDispatch, value } from '../test-dispatch';

const { dir, sessions, dispatch } = testDispatch('tp-an-handlers-');
afterAll(() => sessions.closeAll());

async function open(): Promise<string> {
  const { path, db } = makeTestStudy(mkdtempSync(join(dir, 's-')));
  db.close();
  const r = await dispatch('study/open', { path });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as StudyOverview).studyId;
}

describe('analysis operations over the dispatcher', () => {
  it('analysis/drivers and analysis/map (derived importance, median crosshair, diagonal)', async () => {
    const studyId = await open();
    const d = await dispatch('analysis/drivers', {
      studyId,
      outcome: 'SAT',
      drivers: 'performance',
      missing: 'listwise',
      weighting: { kind: 'column' },
    });
    expect(d.ok).toBe(true);
    const dr = value<Analysed<DriversResult>>(d).result as DriversResult;
    expect(dr.weighted).toBe(true);
    expect(dr.missingHandling.method).toBe('listwise');
    expect(dr.drivers.reduce((s, x) => s + x.shapley, 0)).toBeCloseTo(dr.r2, 10);
    expect(dr.drivers[0]!.shapleyShare).toBeGreaterThan(dr.drivers[3]!.shapleyShare); // TP1 drives SAT most
    const m = await dispatch('analysis/map', {
      studyId,
      importance: 'derived',
      crosshair: 'median',
      diagonal: true,
    });
    const map = value<Analysed<MapResult>>(m).result as MapResult;
    expect(map.importanceSource).toBe('derived');
    expect(map.diagonal).toBe(true);
    expect(map.points).toHaveLength(4);
    expect(map.points.every((p) => p.n >= 5)).toBe(true);
  });

  it('analysis/breakdown by two crossed variables', async () => {
    const studyId = await open();
    const r = await dispatch('analysis/breakdown', {
      studyId,
      variable: 'REGION',
      variable2: 'BRANCH',
      question: 'NPS',
    });
    expect(r.ok).toBe(true);
    const t = (value<Analysed<BreakdownOutput>>(r).result as BreakdownOutput)
      .tables[0] as CrossedBreakdownResult;
    expect(t.rows.map((g) => g.code)).toEqual(['1', '2', '3', null]);
    expect(t.cols.find((g) => g.code === 'B6')!.result).toMatchObject({ suppressed: true });
  });

  it('validates input with the shared schema', async () => {
    const studyId = await open();
    const r = await dispatch('analysis/weights', { studyId, weighting: { kind: 'rake', targets: [] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const bad = await dispatch('analysis/setWeightingTargets', {
      studyId,
      targets: [{ variable: 'REGION', shares: { '1': 0.5, '2': 0.2 } }],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'WEIGHTING_TARGETS_INVALID' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/raking failed: .*sum to 0\.7/);
  });
});
