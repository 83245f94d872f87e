import type { Database } from 'better-sqlite3';
import type { DashboardResult } from '../../../shared/analysis/dashboard';
import { waveDashboard } from '../../../shared/analysis/wave-dashboard';
import type { Language, Question, Questionnaire } from '../../../shared/domain/index';
import { loadAnalysisData } from './columns';

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
 * The workshop dashboard of one wave, unfiltered and unweighted (the report's): NPS with its margin
 * of error, overall satisfaction and every touchpoint's performance rating, in journey order
 * (src/shared/analysis/wave-dashboard.ts). Groups under the anonymity threshold k are reported as
 * suppressed, never as numbers. The screen's dashboard is the `dashboard` analysis task (./tasks.ts).
 */
export function computeDashboard(
  db: Database,
  opts: { waveYear?: number | undefined; lang: Language },
): DashboardResult {
  return waveDashboard(loadAnalysisData(db, { waveYear: opts.waveYear, lang: opts.lang }).data);
}
