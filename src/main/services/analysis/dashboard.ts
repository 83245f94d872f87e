import type { Database } from 'better-sqlite3';
import type {
  DashboardResult,
  NpsSummary,
  RatingSummary,
  Suppressed,
} from '../../../shared/analysis/dashboard';
import type { Language, Question, Questionnaire } from '../../../shared/domain/index';
import { pickText } from '../../../shared/domain/index';
import { describe } from '../../../shared/stats/descriptives';
import { nps } from '../../../shared/stats/nps';
import { readQuestionnaire } from '../store/questionnaire-repo';
import type { LoadedColumn } from '../store/responses-repo';
import { loadWave } from '../store/responses-repo';
import { findWave, readStudyMeta } from '../store/study-repo';

function suppressed(_n: number, k: number): Suppressed {
  return { suppressed: true, k, reason: 'below-k' };
}

function ratingSummary(
  q: Question,
  col: LoadedColumn,
  qn: Questionnaire,
  lang: Language,
  k: number,
): RatingSummary | Suppressed {
  if (q.scale.kind !== 'range') throw new Error(`ratingSummary: ${q.code} has no range scale`);
  const d = describe(col.values, { scale: { min: q.scale.min, max: q.scale.max }, missing: col.missing });
  if (d.n < k) return suppressed(d.n, k);
  const tp = q.touchpointId === null ? undefined : qn.touchpoints.find((t) => t.id === q.touchpointId);
  const stage = tp ? qn.stages.find((s) => s.id === tp.stageId) : undefined;
  return {
    questionCode: q.code,
    text: pickText(q.texts, lang),
    touchpointCode: tp?.code ?? null,
    touchpointText: tp ? pickText(tp.texts, lang) : null,
    stageText: stage ? pickText(stage.texts, lang) : null,
    scale: { min: q.scale.min, max: q.scale.max },
    n: d.n,
    mean: d.mean,
    sd: d.sd,
    ci95: [d.ci95[0], d.ci95[1]],
    index: d.index0to100,
    top2Box: d.top2Box,
  };
}

function npsSummary(q: Question, col: LoadedColumn, lang: Language, k: number): NpsSummary | Suppressed {
  const r = nps(col.values, { missing: col.missing });
  if (r.n < k) return suppressed(r.n, k);
  return {
    questionCode: q.code,
    text: pickText(q.texts, lang),
    n: r.n,
    promoters: r.promoters.share,
    passives: r.passives.share,
    detractors: r.detractors.share,
    nps: r.nps,
    se: r.se,
    margin95: r.margin95,
  };
}

/** Journey order: stage position, then touchpoint position, then question position. */
export function journeyOrder(qn: Questionnaire): (q: Question) => number {
  const tpRank = new Map<number, number>();
  const stagePos = new Map(qn.stages.map((s) => [s.id, s.position]));
  [...qn.touchpoints]
    .sort(
      (a, b) => (stagePos.get(a.stageId) ?? 0) - (stagePos.get(b.stageId) ?? 0) || a.position - b.position,
    )
    .forEach((t, i) => tpRank.set(t.id, i));
  return (q) => (q.touchpointId === null ? 1e6 : (tpRank.get(q.touchpointId) ?? 1e6)) * 1e4 + q.position;
}

/**
 * The workshop dashboard of one wave: NPS with its margin of error, overall satisfaction and every
 * touchpoint's performance rating, in journey order. Groups under the anonymity threshold k are
 * reported as suppressed, never as numbers.
 */
export function computeDashboard(
  db: Database,
  opts: { waveYear?: number | undefined; lang: Language },
): DashboardResult {
  const meta = readStudyMeta(db);
  const k = meta.anonymityK;
  const wave = findWave(db, opts.waveYear);
  const qn = readQuestionnaire(db);
  const order = journeyOrder(qn);
  const performance = qn.questions
    .filter((q) => q.role === 'performance' && q.scale.kind === 'range')
    .sort((a, b) => order(a) - order(b));
  const npsQ = qn.questions.find((q) => q.role === 'outcome-recommend' && q.scale.kind === 'range');
  const satQ = qn.questions.find((q) => q.role === 'outcome-satisfaction' && q.scale.kind === 'range');
  const wanted = [...performance, ...(npsQ ? [npsQ] : []), ...(satQ ? [satQ] : [])];
  const data = loadWave(
    db,
    wave.id,
    wanted.map((q) => q.id),
  );
  const col = (q: Question) => data.columns.get(q.id)!;
  const base = { waveYear: wave.year, respondents: wave.respondents, anonymityK: k };
  if (wave.respondents < k) {
    return {
      ...base,
      nps: npsQ ? suppressed(wave.respondents, k) : null,
      satisfaction: satQ ? suppressed(wave.respondents, k) : null,
      touchpoints: [],
    };
  }
  const touchpoints = performance
    .map((q) => ratingSummary(q, col(q), qn, opts.lang, k))
    .filter((r): r is RatingSummary => !('suppressed' in r));
  return {
    ...base,
    nps: npsQ ? npsSummary(npsQ, col(npsQ), opts.lang, k) : null,
    satisfaction: satQ ? ratingSummary(satQ, col(satQ), qn, opts.lang, k) : null,
    touchpoints,
  };
}
