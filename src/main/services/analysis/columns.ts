import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/domain/index';
import { pickText } from '../../../shared/domain/index';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import {
  checkFilter,
  groupingFromCodes,
  subsetArray,
  subsetBytes,
  subsetFloat,
} from '../../../shared/analysis/grouping';
import type { QuestionMeta, WaveColumn, WaveData } from '../../../shared/analysis/wave';
import type { AnalysisFilter, WeightingChoice, WeightingReport } from '../../../shared/analysis/weighting';
import { kishEffectiveN } from '../../../shared/stats/weighting';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { loadWave } from '../store/responses-repo';
import { findWave, readStudyMeta } from '../store/study-repo';
import { journeyOrder } from './dashboard';
import { checkWeightCap, readWeightingTargets } from './targets';
import { rakeWeights } from './weights';

export type LoadOptions = {
  waveYear?: number | undefined;
  lang: Language;
  filter?: AnalysisFilter | undefined;
  weighting?: WeightingChoice | undefined;
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
function questionMetas(db: Database, lang: Language): (QuestionMeta & { id: number })[] {
  const qn = readQuestionnaire(db);
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

function choiceCode(
  col: { values: Float64Array; missing: Uint8Array; texts: (string | null)[] | null },
  i: number,
): string | null {
  if (col.missing[i] !== 0) return null;
  const t = col.texts?.[i];
  if (t !== null && t !== undefined && t !== '') return t;
  const v = col.values[i]!;
  return Number.isNaN(v) ? null : String(v);
}

/**
 * Loads one wave for analysis: rating/NPS columns, segment codes, the chosen weights (none, the
 * respondent weight column, or raked to the study's stored targets) and the optional filter, which
 * is refused (every result suppressed) when it could disclose a group hidden for anonymity; a
 * weighted load whose Kish effective n is below k, or whose raked weights exceed MAX_RAKE_WEIGHT, is
 * suppressed as 'effective-n'.
 */
export function loadAnalysisData(db: Database, opts: LoadOptions): LoadedAnalysis {
  const k = readStudyMeta(db).anonymityK;
  const wave = findWave(db, opts.waveYear);
  const metas = questionMetas(db, opts.lang);
  const numeric = metas.filter((q) => q.scale);
  const segs = metas.filter((q) => q.scale === null && (q.role === 'segment' || q.type === 'single'));
  const raw = loadWave(
    db,
    wave.id,
    [...numeric, ...segs].map((q) => q.id),
    true,
  );
  const n = raw.respondentIds.length;
  const segments = new Map<string, (string | null)[]>();
  for (const q of segs) {
    const col = raw.columns.get(q.id)!;
    segments.set(
      q.code,
      Array.from({ length: n }, (_, i) => choiceCode(col, i)),
    );
  }
  const choice = opts.weighting ?? { kind: 'none' };
  let weights: Float64Array | undefined;
  let rake: WeightingReport['rake'];
  let refused: Suppressed | null = null;
  if (choice.kind === 'column') weights = raw.weights;
  if (choice.kind === 'rake') {
    const r = rakeWeights(metas, segments, readWeightingTargets(db));
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
    const g = groupingFromCodes(q.code, q.text, answers, q.options);
    const selected = new Set(
      g.groups.flatMap((x, i) => (x.code !== null && cond.values.includes(x.code) ? [i] : [])),
    );
    return { g, selected };
  });
  // The combined filter counts: each condition is checked within the respondents the other
  // conditions leave, so "REGION=1 & BRANCH=B6" is judged as a part of REGION=1, not of the wave.
  for (const [c, { g, selected }] of conds.entries()) {
    const counts = g.groups.map(() => 0);
    for (let i = 0; i < n; i++) {
      if (conds.every((o, j) => j === c || o.selected.has(o.g.index[i]!))) counts[g.index[i]!]!++;
    }
    if (!checkFilter(counts, selected, k).allowed) refused = { suppressed: true, k, reason: 'filter' };
  }
  let keep: Uint8Array | null = null;
  let filterN = n;
  if (conds.length) {
    keep = new Uint8Array(n);
    for (let i = 0; i < n; i++) keep[i] = conds.every((o) => o.selected.has(o.g.index[i]!)) ? 1 : 0;
  }
  const columns = new Map<string, WaveColumn>();
  if (keep) filterN = keep.reduce((s, x) => s + x, 0);
  if (keep && filterN < k) refused = { suppressed: true, k, reason: 'filter' };
  for (const q of numeric) {
    const c = raw.columns.get(q.id)!;
    columns.set(
      q.code,
      keep
        ? { values: subsetFloat(c.values, keep, filterN), missing: subsetBytes(c.missing, keep, filterN) }
        : { values: c.values, missing: c.missing },
    );
  }
  if (keep) for (const [code, s] of segments) segments.set(code, subsetArray(s, keep));
  if (keep && weights) weights = subsetFloat(weights, keep, filterN);
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
    questions: metas.map(({ id: _id, ...m }) => m),
    columns,
    segments,
    weights,
  };
  const selection = keep ? Array.from(raw.respondentIds).filter((_, i) => keep[i] === 1) : null;
  return { data, weighting, refused, filterN, selection };
}
