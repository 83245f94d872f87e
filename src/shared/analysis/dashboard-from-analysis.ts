import type { QuestionResult, WaveAnalysis } from './analyze';
import { isSuppressed } from './dashboard';
import type { DashboardResult, NpsSummary, RatingSummary, Suppressed } from './dashboard';
import { loyaltySummary } from './loyalty';
import type { Analysed } from '../api/analysis';
import type { Language } from '../domain/language';
import { pickText } from '../domain/language';
import type { Questionnaire } from '../domain/questionnaire';

export type FilteredDashboard = {
  result: DashboardResult;
  /** Set when the whole filtered group is hidden: every panel says so instead of showing numbers. */
  hidden: Suppressed | null;
  /** Respondents in the filtered group (only when shown). */
  n: number | null;
};

function rating(q: QuestionResult, qn: Questionnaire, lang: Language): RatingSummary | Suppressed {
  if (isSuppressed(q.result)) return q.result;
  if (q.result.kind !== 'mean') throw new Error(`rating: ${q.code} is not a rating`);
  const question = qn.questions.find((x) => x.code === q.code);
  const tp =
    question?.touchpointId == null ? undefined : qn.touchpoints.find((x) => x.id === question.touchpointId);
  const stage = tp ? qn.stages.find((s) => s.id === tp.stageId) : undefined;
  const c = q.result;
  return {
    questionCode: q.code,
    text: q.text,
    touchpointCode: tp?.code ?? null,
    touchpointText: q.touchpointText,
    stageText: stage ? pickText(stage.texts, lang) : null,
    scale: q.scale,
    n: c.n,
    mean: c.mean,
    sd: c.sd,
    ci95: c.ci95,
    index: c.index,
    top2Box: c.top2Box,
  };
}

function npsOf(q: QuestionResult): NpsSummary | Suppressed {
  if (isSuppressed(q.result)) return q.result;
  if (q.result.kind !== 'nps') throw new Error(`npsOf: ${q.code} is not an NPS question`);
  const { n, promoters, passives, detractors, nps, se, margin95 } = q.result;
  return { questionCode: q.code, text: q.text, n, promoters, passives, detractors, nps, se, margin95 };
}

/**
 * The dashboard of a filtered group, shaped from `analysis/analyze` (which takes the live filter) like
 * `analysis/dashboard`'s result, so one view draws both. Same statistics, same anonymity rule.
 */
export function dashboardFromAnalysis(
  a: Analysed<WaveAnalysis>,
  qn: Questionnaire,
  lang: Language,
): FilteredDashboard {
  const base = { waveYear: a.waveYear, anonymityK: a.anonymityK };
  const r = a.result;
  if (isSuppressed(r)) {
    return {
      result: { ...base, respondents: 0, nps: r, satisfaction: r, loyalty: r, touchpoints: [] },
      hidden: r,
      n: null,
    };
  }
  const sat = r.descriptives.find((d) => d.role === 'outcome-satisfaction');
  const touchpoints = r.descriptives
    .filter((d) => d.role === 'performance')
    .map((d) => rating(d, qn, lang))
    .filter((x): x is RatingSummary => !isSuppressed(x));
  return {
    result: {
      ...base,
      respondents: r.respondents,
      nps: r.nps ? npsOf(r.nps) : null,
      satisfaction: sat ? rating(sat, qn, lang) : null,
      loyalty: loyaltySummary(
        r.descriptives.filter((d) => d.role === 'loyalty').map((d) => rating(d, qn, lang)),
      ),
      touchpoints,
    },
    hidden: null,
    n: r.respondents,
  };
}
