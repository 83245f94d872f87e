/**
 * The study's PLS path model (an EPSI/ECSI-style model over its questions) and its estimation on a
 * wave: the index of the target construct on 0–100, impacts and quality, hidden under k respondents.
 */
import type { Database } from 'better-sqlite3';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import { AppError } from '../../../shared/api/errors';
import { plsModelSchema, type PlsIndexResult, type PlsModel } from '../../../shared/api/pls';
import type { Question } from '../../../shared/domain/index';
import {
  compileModel,
  plsPathModel,
  PlsModelError,
  type PlsModelSpec,
  type PlsStructure,
} from '../../../shared/stats/pls/index';
import { indexDifference } from '../../../shared/stats/pls/compare';
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

export type IndexOptions = { waveYear?: number; bootstrap?: number; seed?: number; compareWith?: number };

/** A wave's answers to the model's questions: respondents who answered at least one of them. */
function waveData(db: Database, waveYear: number | undefined, model: PlsModel) {
  const snap = readSnapshot(db, waveYear);
  const { s } = studyModel(model, snap.questionnaire.questions);
  const ids = new Map(snap.questionnaire.questions.map((q) => [q.code, q.id]));
  const n = snap.respondentIds.length;
  const columns = s.items.map((code) => {
    const col = snap.numeric.get(ids.get(code) as number);
    return Float64Array.from({ length: n }, (_, i) => (col && col.missing[i] === 0 ? col.values[i] : NaN));
  });
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (columns.some((c) => !Number.isNaN(c[i]))) keep.push(i);
  return {
    snap,
    s,
    columns: columns.map((c) => Float64Array.from(keep, (i) => c[i])),
    respondents: keep.length,
  };
}

function refusal(e: unknown, year: number): unknown {
  if (e instanceof AppError || !(e instanceof Error)) return e;
  return new AppError('INVALID_INPUT', `PLS model on wave ${year}: ${e.message.replace(/^\w+: /, '')}`);
}

/**
 * The model estimated on a wave: respondents who answered at least one of the model's questions,
 * other missing answers replaced by the question's mean (the EPSI practice), standardized items,
 * path weighting, unweighted. Fewer than k such respondents: nothing is shown. With `compareWith`,
 * the change of the index since that wave, bootstrapped (hidden when either wave is under k).
 *
 * @throws AppError('INVALID_INPUT') when the study has no model or the wave's answers cannot carry it.
 */
export function plsIndex(db: Database, options: IndexOptions): PlsIndexResult {
  const model = readPlsModel(db);
  if (!model) throw new AppError('INVALID_INPUT', 'the study has no PLS model (study/setPlsModel)');
  const w = waveData(db, options.waveYear, model);
  const { k } = w.snap;
  const base = { waveYear: w.snap.wave.year, anonymityK: k };
  const hidden: Suppressed = { suppressed: true, k, reason: 'below-k' };
  if (w.respondents < k) return { ...base, result: hidden };
  const missing = { missing: 'mean' as const };
  const seed = options.seed ?? 1;
  try {
    const r = plsPathModel(w.columns, w.s, {
      scheme: 'path',
      ...missing,
      ...(options.bootstrap ? { bootstrap: { samples: options.bootstrap, seed } } : {}),
    });
    const result = { ...base, result: { respondents: w.respondents, ...plsReport(r) } };
    if (options.compareWith === undefined) return result;
    const before = waveData(db, options.compareWith, model);
    if (before.respondents < k)
      return { ...result, comparison: { waveYear: before.snap.wave.year, result: hidden } };
    const complete = (c: Float64Array[]) => handleMissing(c, w.s.items, missing).columns;
    const d = (() => {
      try {
        return indexDifference(
          complete(before.columns),
          complete(w.columns),
          w.s,
          { scheme: 'path' },
          {
            samples: options.bootstrap ?? 1000,
            seed,
          },
        );
      } catch (e) {
        throw refusal(e, before.snap.wave.year);
      }
    })();
    return { ...result, comparison: { waveYear: before.snap.wave.year, result: d } };
  } catch (e) {
    throw refusal(e, w.snap.wave.year);
  }
}
