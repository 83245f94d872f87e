/**
 * Anonymity as a property of every result (issue 8): the findings reproduced through the dispatcher
 * on a real study file — caller-chosen rake targets, differencing two filters, hidden groups' n.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BreakdownResult } from '../../../shared/analysis/breakdown';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { WaveAnalysis } from '../../../shared/analysis/analyze';
import type { WeightingReport } from '../../../shared/analysis/weighting';
import type { Analysed, BreakdownOutput } from '../../../shared/api/analysis';
import type { StudyOverview } from '../../../shared/domain/index';
import { addQuestion } from '../store/questionnaire-repo';
import { makeTestStudy } from './test-study';
import { readAnswerRows, replaceAnswers } from '../store/answers-edit';
import { testDispatch, value } from '../test-dispatch';

const { dir, sessions, dispatch } = testDispatch('tp-anon-');
afterAll(() => sessions.closeAll());

async function open(perWave = 60): Promise<string> {
  const { path, db } = makeTestStudy(mkdtempSync(join(dir, 's-')), perWave);
  db.close();
  return value<StudyOverview>(await dispatch('study/open', { path })).studyId;
}

const B6_HEAVY = {
  variable: 'BRANCH',
  shares: { B1: 0.000002, B2: 0.000002, B3: 0.000002, B4: 0.000002, B5: 0.000002, B6: 0.99999 },
};

describe('rake targets come from the study, never from the request', () => {
  it('refuses targets sent with an analysis request', async () => {
    const studyId = await open();
    const r = await dispatch('analysis/analyze', {
      studyId,
      weighting: { kind: 'rake', targets: [B6_HEAVY] },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses stored targets that would weight a hidden branch up to the whole wave', async () => {
    const studyId = await open();
    const r = await dispatch('analysis/setWeightingTargets', { studyId, targets: [B6_HEAVY] });
    expect(r).toMatchObject({ ok: false, error: { code: 'WEIGHTING_TARGETS_INVALID' } });
    expect(r.ok ? '' : r.error.message).toMatch(/times the average.*at most 5/);
    expect(
      value<{ targets: unknown[] }>(await dispatch('analysis/getWeightingTargets', { studyId })),
    ).toEqual({
      targets: [],
    });
  });

  it('stores sane targets, shows them, and rakes every request to them', async () => {
    const studyId = await open();
    const targets = [{ variable: 'REGION', shares: { '1': 0.4, '2': 0.35, '3': 0.25 } }];
    expect(value(await dispatch('analysis/setWeightingTargets', { studyId, targets }))).toEqual({ targets });
    expect(value(await dispatch('analysis/getWeightingTargets', { studyId }))).toEqual({ targets });
    const w = value<Analysed<WeightingReport>>(
      await dispatch('analysis/weights', { studyId, weighting: { kind: 'rake' } }),
    ).result as WeightingReport;
    expect(w.rake!.margins.map((m) => m.target)).toEqual([0.4, 0.35, 0.25]);
    for (const m of w.rake!.margins) expect(m.weighted).toBeCloseTo(m.target, 6);
  });

  it('without stored targets, rake is refused with a pointer to setting them', async () => {
    const studyId = await open();
    const r = await dispatch('analysis/weights', { studyId, weighting: { kind: 'rake' } });
    expect(r.ok ? '' : r.error.message).toMatch(/setWeightingTargets/);
  });
});

describe('filters are judged together, and against what the session already showed', () => {
  it('REGION=1 is shown; REGION=1 & BRANCH≠B5 (4 fewer respondents) is refused', async () => {
    const notB5 = ['B1', 'B2', 'B3', 'B4', 'B6'];
    const studyId = await open();
    const a = value<Analysed<WaveAnalysis>>(
      await dispatch('analysis/analyze', { studyId, filter: [{ variable: 'REGION', values: ['1'] }] }),
    );
    expect(isSuppressed(a.result)).toBe(false);
    expect(a.filter!.n).toBe(17);
    const b = value<Analysed<WaveAnalysis>>(
      await dispatch('analysis/analyze', {
        studyId,
        filter: [
          { variable: 'REGION', values: ['1'] },
          { variable: 'BRANCH', values: notB5 },
        ],
      }),
    );
    expect(b.result).toEqual({ suppressed: true, k: 5, reason: 'filter', rule: 'filter-rest-too-few' });
    expect(b.filter!.n).toBeNull();
    // Each condition alone passes: BRANCH≠B5 over the whole wave leaves out 11 ≥ k.
    const c = value<Analysed<WaveAnalysis>>(
      await dispatch('analysis/analyze', { studyId, filter: [{ variable: 'BRANCH', values: notB5 }] }),
    );
    expect(isSuppressed(c.result)).toBe(false);
  });

  it('the same rule holds for breakdowns, drivers and the map (one filter machinery)', async () => {
    const studyId = await open();
    const filter = [
      { variable: 'REGION', values: ['1'] },
      { variable: 'BRANCH', values: ['B1', 'B2', 'B3', 'B4'] },
    ];
    for (const [op, extra] of [
      ['analysis/breakdown', { variable: 'BRANCH' }],
      ['analysis/drivers', {}],
      ['analysis/map', {}],
      ['analysis/compare', { waveA: 2025, waveB: 2026 }],
    ] as const) {
      const r = value<Analysed<unknown>>(await dispatch(op, { studyId, filter, ...extra }));
      expect(r.result, op).toMatchObject({ suppressed: true, reason: 'filter' });
      expect(JSON.stringify(r)).not.toMatch(/"n":\s*(1[0-6]|[1-9])\b/);
    }
  });

  it('releases the same respondents again (difference 0) and keeps each wave apart', async () => {
    const studyId = await open(240);
    const base = [{ variable: 'REGION', values: ['1', '2'] }];
    const first = value<Analysed<WaveAnalysis>>(
      await dispatch('analysis/analyze', { studyId, filter: base }),
    );
    expect(isSuppressed(first.result)).toBe(false);
    // Same respondents again (other operation): difference 0, fine.
    const again = value<Analysed<BreakdownOutput>>(
      await dispatch('analysis/breakdown', { studyId, filter: base, variable: 'BRANCH', question: 'SAT' }),
    );
    expect(isSuppressed(again.result)).toBe(false);
    // A different wave is its own release log (sets of one wave say nothing of another's).
    const other = value<Analysed<WaveAnalysis>>(
      await dispatch('analysis/analyze', { studyId, waveYear: 2025, filter: base }),
    );
    expect(isSuppressed(other.result)).toBe(false);
  });
});

/**
 * A study with SITE, a background question equal to REGION except that two region-1 respondents of
 * 2026 are at site 2: SITE=1 and REGION=1 are each fine, and differ by 2 < k.
 */
async function openWithSite(): Promise<string> {
  const { path, db } = makeTestStudy(mkdtempSync(join(dir, 's-')), 240);
  const site = addQuestion(db, {
    code: 'SITE',
    type: 'single',
    role: 'segment',
    scale: {
      kind: 'choice',
      options: ['1', '2', '3'].map((c) => ({ code: c, texts: { en: `Site ${c}` } })),
    },
    texts: { en: 'Site' },
  });
  const region = (db.prepare("SELECT id FROM question WHERE code = 'REGION'").get() as { id: number }).id;
  // SITE holds REGION's answers, except that the first two of site 1 in 2026 are at site 2.
  const wave2026 = (db.prepare('SELECT id FROM wave WHERE year = 2026').get() as { id: number }).id;
  const in2026 = new Set(
    (db.prepare('SELECT id FROM respondent WHERE wave_id = ?').all(wave2026) as { id: number }[]).map(
      (r) => r.id,
    ),
  );
  let moved = 0;
  const rows = readAnswerRows(db, region).map((r) => {
    const move = r.text === '1' && in2026.has(r.respondent_id) && moved < 2;
    if (move) moved++;
    return { ...r, question_id: site, ...(move ? { text: '2', value: 2 } : {}) };
  });
  replaceAnswers(db, [site], rows);
  db.close();
  return value<StudyOverview>(await dispatch('study/open', { path })).studyId;
}

describe('differencing across the results of one session', () => {
  const region1 = [{ variable: 'REGION', values: ['1'] }];
  const site1 = [{ variable: 'SITE', values: ['1'] }];

  it('REGION=1 then SITE=1 (2 respondents fewer): the second is refused, whatever the operation', async () => {
    const studyId = await openWithSite();
    const a = value<Analysed<WaveAnalysis>>(await dispatch('analysis/analyze', { studyId, filter: region1 }));
    expect(isSuppressed(a.result)).toBe(false);
    for (const [op, extra] of [
      ['analysis/analyze', {}],
      ['analysis/breakdown', { variable: 'BRANCH', variable2: 'REGION', question: 'SAT' }],
      ['analysis/drivers', {}],
      ['analysis/map', {}],
      ['analysis/compare', { waveA: 2025, waveB: 2026 }],
    ] as const) {
      const b = value<Analysed<unknown>>(await dispatch(op, { studyId, filter: site1, ...extra }));
      expect(b.result, op).toEqual({ suppressed: true, k: 5, reason: 'differencing' });
      expect(b.filter!.n, op).toBeNull();
    }
    // 2025 has no such pair (SITE = REGION there): both are shown.
    for (const filter of [region1, site1]) {
      const r = value<Analysed<WaveAnalysis>>(
        await dispatch('analysis/analyze', { studyId, waveYear: 2025, filter }),
      );
      expect(isSuppressed(r.result)).toBe(false);
    }
  });

  it('in a fresh session SITE=1 alone is shown (the rule is about what was released)', async () => {
    const studyId = await openWithSite();
    const b = value<Analysed<WaveAnalysis>>(await dispatch('analysis/analyze', { studyId, filter: site1 }));
    expect(isSuppressed(b.result)).toBe(false);
    const a = value<Analysed<WaveAnalysis>>(await dispatch('analysis/analyze', { studyId, filter: region1 }));
    expect(a.result).toMatchObject({ reason: 'differencing' });
  });
});

describe('hidden groups show no n', () => {
  it('suppressed cells of a breakdown carry k and the reason, never the size', async () => {
    const studyId = await open();
    const r = value<Analysed<BreakdownOutput>>(
      await dispatch('analysis/breakdown', { studyId, variable: 'BRANCH', question: 'SAT' }),
    );
    const t = (r.result as BreakdownOutput).tables[0] as BreakdownResult;
    const b6 = t.groups.find((g) => g.code === 'B6')!;
    expect(b6.result).toEqual({ suppressed: true, k: 5, reason: 'below-k' });
    const hidden = t.groups.filter((g) => isSuppressed(g.result));
    expect(hidden.length).toBeGreaterThanOrEqual(2); // complementary suppression
    // the reason and its rule in words, never a number of the group
    for (const g of hidden) {
      const keys = Object.keys(g.result).sort();
      expect(keys).toEqual(
        isSuppressed(g.result) && g.result.reason === 'complementary'
          ? ['k', 'protects', 'reason', 'rule', 'suppressed']
          : ['k', 'reason', 'suppressed'],
      );
    }
  });
});

describe('import/frequencies of a background question', () => {
  it('hides options under k and the option that would give them away', async () => {
    const studyId = await open();
    const r = await dispatch('import/frequencies', { studyId, questionCode: 'BRANCH' });
    const f = value<{ n: number; counts: { value: string; count: number | null }[] }>(r);
    expect(f.counts.find((c) => c.value === 'B6')!.count).toBeNull();
    const hidden = f.counts.filter((c) => c.count === null);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const shown = f.counts.reduce((s, c) => s + (c.count ?? 0), 0);
    expect(f.n - shown).toBeGreaterThanOrEqual(5); // the hidden ones together are not one group < k
  });
});
