/**
 * The study's PLS path model (an EPSI/ECSI-style model over its questions) and its estimation on a
 * wave: the index of the target construct on 0–100, impacts and quality, hidden under k respondents.
 */
import type { Database } from 'better-sqlite3';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import { AppError } from '../../../shared/api/errors';
import {
  plsModelSchema,
  type PlsIndexResult,
  type PlsModel,
  type PlsUnitIndex,
  type PlsUnitIndices,
} from '../../../shared/api/pls';
import type { AnalysisFilter, WeightingChoice } from '../../../shared/analysis/weighting';
import { suppressOneWay } from '../../../shared/analysis/suppression';
import { groupingOf } from '../../../shared/analysis/wave';
import type { Language } from '../../../shared/domain/index';
import { analysisData, type LoadedAnalysis } from '../analysis/columns';
import type { Release } from '../analysis/releases';
import type { WaveSnapshot } from '../analysis/snapshot';
import type { Question } from '../../../shared/domain/index';
import {
  compileModel,
  plsPathModel,
  PlsModelError,
  type PlsModelSpec,
  type PlsStructure,
} from '../../../shared/stats/pls/index';
import { indexDifference } from '../../../shared/stats/pls/compare';
import { itemLimits } from '../../../shared/stats/pls/ipma';
import { handleMissing } from '../../../shared/stats/pls/prepare';
import { plsReport } from '../../../shared/stats/pls/report';
import { readSnapshot } from '../analysis/snapshot';
import { readQuestionnaire } from '../store/questionnaire-repo';

/** The stored model, or null. */
export function readPlsModel(db: Database): PlsModel | null {
  const row = db.prepare('SELECT model FROM pls_model WHERE id = 1').get() as { model: string } | undefined;
  if (!row) return null;
  const parsed = plsModelSchema.safeParse(JSON.parse(row.model));
  if (!parsed.success) throw new AppError('STUDY_CORRUPT', 'the study file has an unreadable PLS model');
  return parsed.data;
}

/**
 * The model as the estimation takes it: each construct with its questions' answer scale. Refused
 * (INVALID_INPUT, one line naming it) when the model is not a recursive, connected path model, an
 * item is not a rating question of the study, or a construct mixes answer scales.
 */
export function studyModel(
  model: PlsModel,
  questions: readonly Question[],
): { spec: PlsModelSpec; s: PlsStructure } {
  let s: PlsStructure;
  try {
    s = compileModel(model);
  } catch (e) {
    if (e instanceof PlsModelError)
      throw new AppError('INVALID_INPUT', `PLS model: ${e.message}`, { subject: e.subject });
    throw e;
  }
  const byCode = new Map(questions.map((q) => [q.code, q]));
  const constructs = Object.fromEntries(
    s.blocks.map((b) => {
      const scales = b.items.map((code) => {
        const q = byCode.get(code);
        if (!q || q.scale.kind !== 'range')
          throw new AppError(
            'INVALID_INPUT',
            `PLS model: construct ${b.name} names ${code}, which is not a rating question of the study`,
            { construct: b.name, code },
          );
        return { min: q.scale.min, max: q.scale.max };
      });
      const first = scales[0];
      const other = scales.find((x) => x.min !== first.min || x.max !== first.max);
      if (other)
        throw new AppError(
          'INVALID_INPUT',
          `PLS model: construct ${b.name} mixes the answer scales ${first.min}–${first.max} and ${other.min}–${other.max}`,
          { construct: b.name },
        );
      return [b.name, { items: [...b.items], mode: b.mode, scale: model.scale ?? first }];
    }),
  );
  const spec: PlsModelSpec = { constructs, paths: model.paths, target: model.target };
  return { spec, s: compileModel(spec) };
}

/** Stores the model (null removes it), after every check: a refused model leaves the file unchanged. */
export function writePlsModel(db: Database, model: PlsModel | null): PlsModel | null {
  if (model === null) {
    db.prepare('DELETE FROM pls_model WHERE id = 1').run();
    return null;
  }
  const valid = plsModelSchema.parse(model);
  studyModel(valid, readQuestionnaire(db).questions);
  db.prepare(
    `INSERT INTO pls_model (id, model, updated_at) VALUES (1, ?, ?)
     ON CONFLICT(id) DO UPDATE SET model = excluded.model, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(valid), new Date().toISOString());
  return valid;
}

export type IndexOptions = {
  waveYear?: number | undefined;
  bootstrap?: number | undefined;
  seed?: number | undefined;
  compareWith?: number | undefined;
  filter?: AnalysisFilter | undefined;
  lang?: Language | undefined;
  byUnit?: string | undefined;
  /** The dashboard's weighting: none (default), the weight column, or raked to the study's targets. */
  weighting?: WeightingChoice | undefined;
};

/** Where the index reads the study: its waves (from memory in the analysis worker) and the connection. */
export type IndexSource = { wave(year: number | undefined): WaveSnapshot; db(): Database };

/**
 * A wave's answers to the model's questions at the given positions (all respondents when null):
 * those who answered at least one of them (and, when weighted, have a positive weight, as the
 * dashboard counts them); `kept[j]` is the index into `positions` of row j, `weights` theirs.
 */
function waveData(
  snap: WaveSnapshot,
  model: PlsModel,
  positions: Int32Array | null,
  weights: Float64Array | undefined,
) {
  const { s } = studyModel(model, snap.questionnaire.questions);
  const ids = new Map(snap.questionnaire.questions.map((q) => [q.code, q.id]));
  const n = positions ? positions.length : snap.respondentIds.length;
  const at = (j: number) => (positions ? positions[j]! : j);
  const columns = s.items.map((code) => {
    const col = snap.numeric.get(ids.get(code) as number);
    return Float64Array.from({ length: n }, (_, j) => {
      const i = at(j);
      return col && col.missing[i] === 0 ? col.values[i]! : NaN;
    });
  });
  const kept: number[] = [];
  const weighable = (j: number) => !weights || (weights[j]! > 0 && Number.isFinite(weights[j]!));
  for (let j = 0; j < n; j++) if (weighable(j) && columns.some((c) => !Number.isNaN(c[j]))) kept.push(j);
  return {
    snap,
    s,
    columns: columns.map((c) => Float64Array.from(kept, (j) => c[j]!)),
    respondents: kept.length,
    kept,
    weights: weights ? Float64Array.from(kept, (j) => weights[j]!) : undefined,
  };
}

function refusal(e: unknown, year: number): unknown {
  if (e instanceof AppError || !(e instanceof Error)) return e;
  return new AppError('INVALID_INPUT', `PLS model on wave ${year}: ${e.message.replace(/^\w+: /, '')}`);
}

/** The wave within the filter: its loaded analysis (refusal, n, ids) and the kept positions. */
function filtered(src: IndexSource, year: number | undefined, options: IndexOptions, byUnit: boolean) {
  const snap = src.wave(year);
  const l = analysisData(snap, {
    waveYear: year,
    lang: options.lang ?? 'en',
    filter: options.filter,
    weighting: options.weighting,
    needs: { numeric: () => false, segments: byUnit },
  });
  let positions: Int32Array | null = null;
  if (l.selection) {
    const chosen = new Set(l.selection);
    positions = new Int32Array(l.selection.length);
    let j = 0;
    snap.respondentIds.forEach((id, i) => {
      if (chosen.has(id)) positions![j++] = i;
    });
  }
  return { snap, l, positions };
}

/**
 * Each unit's index from the group's model (EPSI: segment means of the 0–100 target scores under
 * the weights estimated on the whole group; survey-weighted means when the model is weighted),
 * hidden under k (respondents counted unweighted, as everywhere) with the complementary rule.
 */
function unitIndices(
  l: LoadedAnalysis,
  variable: string,
  w: ReturnType<typeof waveData>,
  rescaled: Float64Array,
  target: number,
  filter: AnalysisFilter | undefined,
): PlsUnitIndices {
  const meta = l.data.questions.find((q) => q.code.toLowerCase() === variable.toLowerCase());
  if (!meta || !l.data.segments.has(meta.code))
    throw new AppError('INVALID_INPUT', `byUnit: ${variable} is not a background question`, { variable });
  const g = groupingOf(l.data, meta.code);
  const block = w.s.blocks[target]!;
  const limits = itemLimits(w.s);
  const completed = handleMissing(w.columns, w.s.items, { missing: 'mean' }, w.weights).columns;
  const ns = g.groups.map(() => 0);
  const ws = g.groups.map(() => 0);
  const sums = g.groups.map(() => 0);
  w.kept.forEach((j, r) => {
    let y = 0;
    for (let q = block.offset; q < block.offset + block.items.length; q++) {
      const { min, max } = limits[q]!;
      y += (rescaled[q]! * 100 * (completed[q]![r]! - min)) / (max - min);
    }
    const u = g.index[j]!;
    const wt = w.weights ? w.weights[r]! : 1;
    ns[u]!++;
    ws[u]! += wt;
    sums[u]! += wt * y;
  });
  const k = l.data.k;
  const sup = suppressOneWay(ns, k, { excluded: g.excluded });
  // units the filter itself leaves out (a filter on this very variable) are not rows: that they are
  // empty is what the filter says, not a figure
  const outside = (code: string | null) =>
    (filter ?? []).some(
      (c) =>
        c.variable.toLowerCase() === meta.code.toLowerCase() && (code === null || !c.values.includes(code)),
    );
  const units: PlsUnitIndex[] = [];
  g.groups.forEach((grp, u) => {
    if (g.excluded?.[u]) return;
    if (ns[u] === 0 && (grp.code === null || outside(grp.code))) return;
    const why = sup.totalSuppressed ? (sup.groups[u] ?? 'complementary') : sup.groups[u];
    const result: PlsUnitIndex['result'] =
      why === null || why === undefined
        ? { index: sums[u]! / ws[u]!, n: ns[u]! }
        : {
            suppressed: true,
            k,
            reason: why,
            ...(why === 'complementary' ? { rule: sup.rules[u] ?? 'total', protects: 'group' as const } : {}),
          };
    units.push({ code: grp.code, label: grp.label, result });
  });
  return { variable: meta.code, label: meta.text, units, totalHidden: sup.totalSuppressed };
}

/**
 * The model estimated on a wave within the live filter: respondents who answered at least one of
 * the model's questions, other missing answers replaced by the question's mean (the EPSI practice),
 * standardized items, path weighting, weighted as the dashboard when `weighting` says so (weighted
 * PLS-SEM, Becker & Ismail 2016), else unweighted. A filter refused for anonymity, or fewer than k
 * such respondents: nothing is shown. With `compareWith`, the change of the index since that wave
 * (same filter), bootstrapped (hidden when either wave is under k); with `byUnit`, each unit's index.
 * Also gives the filtered respondent sets the result rests on, for the session's differencing check.
 *
 * @throws AppError('INVALID_INPUT') when the study has no model or the wave's answers cannot carry it.
 */
export function plsIndexReleasing(
  src: IndexSource,
  options: IndexOptions,
): { value: PlsIndexResult; released: Release[] } {
  const model = readPlsModel(src.db());
  if (!model) throw new AppError('INVALID_INPUT', 'the study has no PLS model (study/setPlsModel)');
  const now = filtered(src, options.waveYear, options, options.byUnit !== undefined);
  const { k } = now.snap;
  const released: Release[] = [];
  const release = (x: ReturnType<typeof filtered>) => {
    if (x.l.selection && !x.l.refused) released.push({ waveYear: x.snap.wave.year, ids: x.l.selection });
  };
  const base = {
    waveYear: now.snap.wave.year,
    anonymityK: k,
    filter: options.filter?.length
      ? { conditions: options.filter, n: now.l.refused ? null : now.l.filterN }
      : null,
  };
  if (now.l.refused) return { value: { ...base, result: now.l.refused }, released };
  release(now);
  const w = waveData(now.snap, model, now.positions, now.l.data.weights);
  const hidden: Suppressed = { suppressed: true, k, reason: 'below-k' };
  if (w.respondents < k) return { value: { ...base, result: hidden }, released };
  const missing = { missing: 'mean' as const };
  const seed = options.seed ?? 1;
  try {
    const r = plsPathModel(
      w.columns,
      w.s,
      {
        scheme: 'path',
        ...missing,
        ...(options.bootstrap ? { bootstrap: { samples: options.bootstrap, seed } } : {}),
      },
      w.weights,
    );
    let value: PlsIndexResult = { ...base, result: { respondents: w.respondents, ...plsReport(r) } };
    const ip = r.fit.ipma;
    if (options.byUnit !== undefined && ip)
      value = {
        ...value,
        byUnit: unitIndices(now.l, options.byUnit, w, ip.rescaledWeights, ip.target, options.filter),
      };
    if (options.compareWith === undefined) return { value, released };
    const then = filtered(src, options.compareWith, options, false);
    const year = then.snap.wave.year;
    if (then.l.refused)
      return { value: { ...value, comparison: { waveYear: year, result: then.l.refused } }, released };
    release(then);
    const before = waveData(then.snap, model, then.positions, then.l.data.weights);
    if (before.respondents < k)
      return { value: { ...value, comparison: { waveYear: year, result: hidden } }, released };
    const complete = (c: Float64Array[], wt: Float64Array | undefined) =>
      handleMissing(c, w.s.items, missing, wt).columns;
    const d = (() => {
      try {
        return indexDifference(
          complete(before.columns, before.weights),
          complete(w.columns, w.weights),
          w.s,
          { scheme: 'path' },
          { samples: options.bootstrap ?? 1000, seed },
          before.weights && w.weights ? { before: before.weights, after: w.weights } : undefined,
        );
      } catch (e) {
        throw refusal(e, year);
      }
    })();
    return { value: { ...value, comparison: { waveYear: year, result: d } }, released };
  } catch (e) {
    throw refusal(e, w.snap.wave.year);
  }
}

/** plsIndexReleasing read straight from the connection (the report, the CLI's whole-wave index). */
export function plsIndex(db: Database, options: IndexOptions): PlsIndexResult {
  const waves = new Map<string, WaveSnapshot>();
  const src: IndexSource = {
    wave(year) {
      const key = String(year);
      let w = waves.get(key);
      if (!w) waves.set(key, (w = readSnapshot(db, year)));
      return w;
    },
    db: () => db,
  };
  return plsIndexReleasing(src, options).value;
}
