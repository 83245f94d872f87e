import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/domain/index';
import { pickText } from '../../../shared/domain/index';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import {
  checkFilter,
  groupingFromCodes,
  gatherArray,
  gatherBytes,
  gatherFloat,
} from '../../../shared/analysis/grouping';
import type { QuestionMeta, WaveColumn, WaveData } from '../../../shared/analysis/wave';
import { pointsColumn } from '../../../shared/stats/points';
import type { AnalysisFilter, WeightingChoice, WeightingReport } from '../../../shared/analysis/weighting';
import { kishEffectiveN } from '../../../shared/stats/weighting';
import type { Questionnaire } from '../../../shared/domain/index';
import type { Grouping } from '../../../shared/analysis/grouping';
import { applyUnitRule, mergedCodes, ruleFor } from '../../../shared/analysis/unit-rules';
import { journeyOrder } from './dashboard';
import type { WaveSnapshot } from './snapshot';
import { derived, readSnapshot } from './snapshot';
import { checkWeightCap } from './targets';
import { rakeWeights } from './weights';

export type LoadOptions = {
  waveYear?: number | undefined;
  lang: Language;
  filter?: AnalysisFilter | undefined;
  weighting?: WeightingChoice | undefined;
  /**
   * Which columns the analysis reads (default all): a filtered load copies only those, so the
   * dashboard does not pay for the columns of a breakdown.
   */
  needs?: { numeric?: (q: QuestionMeta) => boolean; segments?: boolean } | undefined;
};

export type LoadedAnalysis = {
  data: WaveData;
  weighting: WeightingReport;
  /** Set when the filter is refused for anonymity: every result is then this. */
  refused: Suppressed | null;
  filterN: number;
  /** The filtered respondents' ids (ascending), null without a filter: for the differencing check. */
  selection: number[] | null;
};

/** Question metadata in journey order, with texts in `lang`. */
function questionMetas(qn: Questionnaire, lang: Language): (QuestionMeta & { id: number })[] {
  const order = journeyOrder(qn);
  const code = new Map(qn.questions.map((q) => [q.id, q.code]));
  return [...qn.questions]
    .sort((a, b) => order(a) - order(b))
    .map((q) => {
      const tp = q.touchpointId === null ? undefined : qn.touchpoints.find((t) => t.id === q.touchpointId);
      const stage = tp ? qn.stages.find((s) => s.id === tp.stageId) : undefined;
      return {
        id: q.id,
        code: q.code,
        text: pickText(q.texts, lang),
        type: q.type,
        role: q.role,
        scale: q.scale.kind === 'range' ? { min: q.scale.min, max: q.scale.max } : null,
        touchpointCode: tp?.code ?? null,
        touchpointText: tp ? pickText(tp.texts, lang) : null,
        stageText: stage ? pickText(stage.texts, lang) : null,
        weighs: q.weighsQuestionId === null ? null : (code.get(q.weighsQuestionId) ?? null),
        options:
          q.scale.kind === 'choice'
            ? q.scale.options.map((o) => ({ code: o.code, label: pickText(o.texts, lang) }))
            : [],
      };
    });
}

/** The respondent codes of each background question, by question code (shared by every analysis). */
function segmentsOf(
  snap: WaveSnapshot,
  metas: readonly (QuestionMeta & { id: number })[],
): Map<string, (string | null)[]> {
  const segments = new Map<string, (string | null)[]>();
  for (const q of metas) {
    const codes = snap.choices.get(q.id);
    if (codes && q.scale === null) segments.set(q.code, codes);
  }
  return segments;
}

/** The group index of each respondent for a background question (language-independent, once per snapshot). */
function groupIndexOf(
  snap: WaveSnapshot,
  q: QuestionMeta,
  answers: readonly (string | null)[],
  lang: Language,
): { g: Grouping; merged: Set<string> } {
  return derived(snap, `grouping:${q.code}:${lang}`, () => {
    const raw = groupingFromCodes(q.code, q.text, answers, q.options);
    const rule = ruleFor(snap.unitRules, q.code);
    return { g: applyUnitRule(raw, rule, lang), merged: mergedCodes(raw, rule) };
  });
}

/**
 * Loads one wave for analysis: rating/NPS columns, segment codes, the chosen weights (none, the
 * respondent weight column, or raked to the study's stored targets) and the optional filter, which
 * is refused (every result suppressed) when it could disclose a group hidden for anonymity; a
 * weighted load whose Kish effective n is below k, or whose raked weights exceed MAX_RAKE_WEIGHT, is
 * suppressed as 'effective-n'.
 */
export function loadAnalysisData(db: Database, opts: LoadOptions): LoadedAnalysis {
  return analysisData(readSnapshot(db, opts.waveYear), opts);
}

/**
 * loadAnalysisData over a wave already in memory: the filter is a mask over the snapshot's columns,
 * the weights are the snapshot's (raked once per snapshot), nothing is read from the file.
 */
export function analysisData(snap: WaveSnapshot, opts: LoadOptions): LoadedAnalysis {
  const { k, wave } = snap;
  const metas = derived(snap, `metas:${opts.lang}`, () => questionMetas(snap.questionnaire, opts.lang));
  const wanted = opts.needs?.numeric;
  const numeric = metas.filter((q) => q.scale && (!wanted || wanted(q)));
  const n = snap.respondentIds.length;
  const segments = segmentsOf(snap, metas);
  const choice = opts.weighting ?? { kind: 'none' };
  let weights: Float64Array | undefined;
  let rake: WeightingReport['rake'];
  let refused: Suppressed | null = null;
  if (choice.kind === 'column') weights = snap.weights;
  if (choice.kind === 'rake') {
    const r = derived(snap, 'rake', () => rakeWeights(metas, segments, snap.targets));
    weights = r.weights;
    rake = r.report;
    try {
      checkWeightCap(weights, `wave ${wave.year}`);
    } catch {
      refused = { suppressed: true, k, reason: 'effective-n' };
    }
  }
  const conds = (opts.filter ?? []).map((cond) => {
    const q = metas.find((m) => m.code.toLowerCase() === cond.variable.toLowerCase());
    const answers = q ? segments.get(q.code) : undefined;
    if (!q || !answers)
      throw new AppError('INVALID_INPUT', `filter: ${cond.variable} is not a background question`, {
        variable: cond.variable,
      });
    const { g, merged } = groupIndexOf(snap, q, answers, opts.lang);
    // a unit shown only inside "Other" cannot be filtered to: Other minus it would be a smaller group
    if (cond.values.some((v) => merged.has(v)))
      refused = { suppressed: true, k, reason: 'filter', rule: 'filter-merged' };
    const selected = new Uint8Array(g.groups.length);
    g.groups.forEach((x, i) => {
      if (x.code !== null && cond.values.includes(x.code)) selected[i] = 1;
    });
    return { g, selected };
  });
  // The combined filter counts: each condition is checked within the respondents the other
  // conditions leave, so "REGION=1 & BRANCH=B6" is judged as a part of REGION=1, not of the wave.
  // `fails[i]` counts the conditions respondent i does not meet.
  /** Positions of the respondents the filter keeps (ascending); null without a filter. */
  let rows: Int32Array | null = null;
  let filterN = n;
  if (conds.length) {
    const fails = new Uint8Array(n);
    for (const { g, selected } of conds) {
      const index = g.index;
      for (let i = 0; i < n; i++) fails[i]! += 1 - selected[index[i]!]!;
    }
    for (const { g, selected } of conds) {
      const counts = g.groups.map(() => 0);
      const index = g.index;
      for (let i = 0; i < n; i++) {
        // the other conditions hold: no failure, or the only one is this condition's
        const f = fails[i]!;
        if (f === 0 || (f === 1 && selected[index[i]!] === 0)) counts[index[i]!]!++;
      }
      const chosen = new Set(g.groups.flatMap((_, i) => (selected[i] ? [i] : [])));
      const check = checkFilter(counts, chosen, k, g.excluded);
      if (!check.allowed) refused ??= { suppressed: true, k, reason: 'filter', rule: check.rule };
    }
    filterN = 0;
    for (let i = 0; i < n; i++) if (fails[i] === 0) filterN++;
    rows = new Int32Array(filterN);
    for (let i = 0, j = 0; i < n; i++) if (fails[i] === 0) rows[j++] = i;
  }
  const columns = new Map<string, WaveColumn>();
  if (rows && filterN < k) refused ??= { suppressed: true, k, reason: 'filter', rule: 'filter-too-few' };
  for (const q of numeric) {
    const c = snap.numeric.get(q.id)!;
    columns.set(
      q.code,
      !rows
        ? c
        : c.points
          ? pointsColumn(gatherBytes(c.points, rows), gatherBytes(c.missing, rows))
          : { values: gatherFloat(c.values, rows), missing: gatherBytes(c.missing, rows) },
    );
  }
  if (opts.needs?.segments === false) segments.clear();
  if (rows) for (const [code, s] of segments) segments.set(code, gatherArray(s, rows));
  if (rows && weights) weights = gatherFloat(weights, rows);
  let W = 0;
  let used = 0;
  for (const w of weights ?? []) {
    if (!(w > 0 && Number.isFinite(w))) continue;
    W += w;
    used++;
  }
  const weighting: WeightingReport = {
    kind: choice.kind,
    unweightedN: filterN,
    weightedN: weights ? W : filterN,
    effectiveN: weights ? kishEffectiveN(weights) : filterN,
    excluded: weights ? filterN - used : 0,
    ...(rake ? { rake } : {}),
  };
  // A weighted result resting on fewer than k "effective" respondents is one of a few people's.
  if (weights && weighting.effectiveN < k) refused ??= { suppressed: true, k, reason: 'effective-n' };
  const data: WaveData = {
    year: wave.year,
    respondents: filterN,
    k,
    questions: derived(snap, `questions:${opts.lang}`, () => metas.map(({ id: _id, ...m }) => m)),
    columns,
    segments,
    weights,
    units: { rules: snap.unitRules, lang: opts.lang },
  };
  let selection: number[] | null = null;
  if (rows) {
    selection = new Array<number>(filterN);
    for (let j = 0; j < filterN; j++) selection[j] = snap.respondentIds[rows[j]!]!;
  }
  return { data, weighting, refused, filterN, selection };
}
