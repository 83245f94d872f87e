/**
 * The workshop dashboard of one (filtered, weighted) wave: NPS with its margin of error, overall
 * satisfaction, loyalty and every touchpoint's performance rating, in journey order. Each figure comes from
 * one histogram pass over its column (./histogram.ts, the same path as `analyseWave`'s
 * descriptives), so the unfiltered dashboard, a filtered one and `analysis/analyze` agree to the
 * last digit. A question under k (or whose Kish effective n is under k) is suppressed, never shown.
 */
import { describe } from '../stats/descriptives';
import { nps } from '../stats/nps';
import { describeQuestion } from './analyze';
import type { QuestionResult } from './analyze';
import { suppressedCell } from './breakdown';
import type { DashboardResult, NpsSummary, RatingSummary, Suppressed } from './dashboard';
import { isSuppressed } from './dashboard';
import { loyaltySummary } from './loyalty';
import type { QuestionMeta, WaveData } from './wave';

/** describeQuestion, or — for values that are not whole scale points — the reference functions. */
function described(w: WaveData, q: QuestionMeta): QuestionResult['result'] {
  try {
    return describeQuestion(w, q.code).result;
  } catch (e) {
    if (!(e instanceof Error) || !e.message.startsWith('waveHistogram:')) throw e;
  }
  const col = w.columns.get(q.code)!;
  const opts = { missing: col.missing, ...(w.weights ? { weights: w.weights } : {}) };
  if (q.role === 'outcome-recommend') {
    const r = nps(col.values, opts);
    if (r.n < w.k) return suppressedCell(w.k, 'below-k');
    if (r.effectiveN < w.k) return suppressedCell(w.k, 'effective-n');
    return {
      kind: 'nps',
      n: r.n,
      weightedN: r.weightedN,
      effectiveN: r.effectiveN,
      nps: r.nps,
      se: r.se,
      margin95: r.margin95,
      promoters: r.promoters.share,
      passives: r.passives.share,
      detractors: r.detractors.share,
    };
  }
  const d = describe(col.values, { ...opts, scale: q.scale! });
  if (d.n < w.k) return suppressedCell(w.k, 'below-k');
  if (d.effectiveN < w.k) return suppressedCell(w.k, 'effective-n');
  return {
    kind: 'mean',
    n: d.n,
    weightedN: d.weightedN,
    effectiveN: d.effectiveN,
    mean: d.mean,
    sd: d.sd,
    ci95: [d.ci95[0], d.ci95[1]],
    index: d.index0to100,
    top2Box: d.top2Box,
  };
}

function rating(w: WaveData, q: QuestionMeta): RatingSummary | Suppressed {
  const c = described(w, q);
  if (isSuppressed(c)) return c;
  if (c.kind !== 'mean') throw new Error(`waveDashboard: ${q.code} is not a rating`);
  return {
    questionCode: q.code,
    text: q.text,
    touchpointCode: q.touchpointCode,
    touchpointText: q.touchpointText,
    stageText: q.stageText,
    scale: q.scale!,
    n: c.n,
    mean: c.mean,
    sd: c.sd,
    ci95: [c.ci95[0], c.ci95[1]],
    index: c.index,
    top2Box: c.top2Box,
  };
}

function npsSummary(w: WaveData, q: QuestionMeta): NpsSummary | Suppressed {
  const c = described(w, q);
  if (isSuppressed(c)) return c;
  if (c.kind !== 'nps') throw new Error(`waveDashboard: ${q.code} is not an NPS question`);
  const { n, promoters, passives, detractors, nps: points, se, margin95 } = c;
  return {
    questionCode: q.code,
    text: q.text,
    n,
    promoters,
    passives,
    detractors,
    nps: points,
    se,
    margin95,
  };
}

/**
 * The dashboard of `w` (questions in journey order; columns already filtered). Touchpoints under k
 * are left out; NPS and satisfaction say they are suppressed.
 */
export function waveDashboard(w: WaveData): DashboardResult {
  const performance = w.questions.filter((q) => q.role === 'performance' && q.scale);
  const npsQ = w.questions.find((q) => q.role === 'outcome-recommend' && q.scale);
  const satQ = w.questions.find((q) => q.role === 'outcome-satisfaction' && q.scale);
  const loyaltyQs = w.questions.filter((q) => q.role === 'loyalty' && q.scale && w.columns.has(q.code));
  const base = { waveYear: w.year, respondents: w.respondents, anonymityK: w.k };
  if (w.respondents < w.k) {
    const hidden = suppressedCell(w.k, 'below-k');
    return {
      ...base,
      nps: npsQ ? hidden : null,
      satisfaction: satQ ? hidden : null,
      loyalty: loyaltyQs.length ? hidden : null,
      touchpoints: [],
    };
  }
  return {
    ...base,
    nps: npsQ ? npsSummary(w, npsQ) : null,
    satisfaction: satQ ? rating(w, satQ) : null,
    loyalty: loyaltySummary(loyaltyQs.map((q) => rating(w, q))),
    touchpoints: performance.map((q) => rating(w, q)).filter((r): r is RatingSummary => !isSuppressed(r)),
  };
}
