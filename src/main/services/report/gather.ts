import type { Database } from 'better-sqlite3';
import { unitVariable } from '../../../shared/analysis/unit-variable';
import { readCodebook, readQuotes } from '../comments/repo';
import type { PlsIndexResult } from '../../../shared/api/pls';
import { INDEX_BOOTSTRAP } from '../../../shared/report/sections/pls-index';
import { readPlsModel } from '../pls/store';
import { commentSet, themesOf } from '../comments/themes-service';
import type { BreakdownResult, CrossedBreakdownResult } from '../../../shared/analysis/breakdown';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { DriversResult, MapResult } from '../../../shared/analysis/drivers';
import type { TrendResult } from '../../../shared/analysis/trend';
import type {
  Analysed,
  AnalysisTask,
  AnalysisTaskName,
  BreakdownOutput,
  CompareOutput,
} from '../../../shared/api/analysis';
import { analysisTaskSchemas } from '../../../shared/api/analysis';
import { AppError, isAppError } from '../../../shared/api/errors';
import type { Language, Question, Questionnaire } from '../../../shared/domain/index';
import { otherLabel } from '../../../shared/analysis/unit-rules';
import { readUnitRules } from '../units/store';
import { pickText } from '../../../shared/domain/index';
import type { AnalysisFilter } from '../../../shared/analysis/weighting';
import type {
  CommentEntry,
  MethodUnitRule,
  OmittedChapter,
  ReportAnalyses,
  ReportChapter,
} from '../../../shared/report/analyses';
import type { Release } from '../analysis/releases';
import { runTaskWithReleases } from '../analysis/tasks';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { loadWave } from '../store/responses-repo';
import { readWaves } from '../store/study-repo';

/** What one report run collects besides the results: the filtered sets it releases, and what it left out. */
export type GatherLog = {
  filter?: AnalysisFilter | undefined;
  releases: Release[];
  omitted: OmittedChapter[];
};

/** Codes that mean "this analysis cannot be made for these data", not a fault: the chapter is left out. */
const DATA_LIMITS = new Set<string>([
  'INVALID_INPUT',
  'ANALYSIS_NO_DATA',
  'ANALYSIS_TOO_MANY_DRIVERS',
  'ANALYSIS_TOO_FEW_RESPONDENTS',
  'ANALYSIS_NO_VARIANCE',
  'ANALYSIS_COLLINEAR',
  'ANALYSIS_NO_OUTCOME',
  'ANALYSIS_NO_DRIVERS',
  'WEIGHTING_NO_TARGETS',
  'WEIGHTING_TARGETS_INVALID',
]);

/**
 * Runs one analysis exactly as the API does (the input parsed by the shared schema, so defaults are
 * the API's; `runTaskWithReleases` is what the worker runs), in-thread: the report is one request and
 * a worker round trip per analysis would only add copying. The filter, if any, applies to every
 * analysis, and the respondent sets each rests on are collected for the session's differencing
 * check. An analysis that cannot run for this study (too few respondents for the drivers, say)
 * leaves its chapter out, with the reason, instead of failing the report.
 */
function run<T>(
  db: Database,
  log: GatherLog,
  chapter: ReportChapter,
  op: AnalysisTaskName,
  input: Record<string, unknown>,
): T | Suppressed | null {
  const parsed = analysisTaskSchemas[op].parse({
    studyId: 'report',
    ...input,
    ...(log.filter?.length ? { filter: log.filter } : {}),
  });
  try {
    const out = runTaskWithReleases(db, { op, input: parsed } as AnalysisTask);
    log.releases.push(...out.released);
    return (out.value as Analysed<T>).result;
  } catch (e) {
    if (e instanceof AppError && DATA_LIMITS.has(e.code)) {
      omit(log, chapter, e.code);
      return null;
    }
    throw e;
  }
}

function omit(log: GatherLog, chapter: ReportChapter, reason: string): void {
  if (!log.omitted.some((o) => o.chapter === chapter)) log.omitted.push({ chapter, reason });
}

/** The variable to cross units with: the other background question with the fewest options. */
function crossVariable(segments: Question[], unit: Question): Question | null {
  const options = (q: Question) => (q.scale.kind === 'choice' ? q.scale.options.length : Infinity);
  return [...segments.filter((q) => q.id !== unit.id)].sort((a, b) => options(a) - options(b))[0] ?? null;
}

function comments(
  db: Database,
  waveId: number,
  waveYear: number,
  comment: Question | undefined,
  nps: Question | undefined,
  lang: Language,
  selection: ReadonlySet<number> | null,
): ReportAnalyses['comments'] {
  if (!comment) return null;
  const ids = nps ? [comment.id, nps.id] : [comment.id];
  const w = loadWave(db, waveId, ids, true);
  const inGroup = (i: number) => selection === null || selection.has(w.respondentIds[i]!);
  const texts = w.columns.get(comment.id)!.texts ?? [];
  const rec = nps ? w.columns.get(nps.id) : undefined;
  // The consultant's choice of quotes (chosen, or never to be quoted) goes with each comment.
  const quotes = readQuotes(db);
  // Only the text, the 0–10 answer and the choice leave here: no respondent id reaches the report.
  const entries: CommentEntry[] = texts.flatMap((t, i) => {
    if (!t || !t.trim() || !inGroup(i)) return [];
    const state = quotes.get(`${w.respondentIds[i]!}.${comment.id}`);
    const v = rec && rec.missing[i] === 0 ? rec.values[i]! : NaN;
    return [{ text: t, recommend: Number.isFinite(v) ? v : null, quote: state ?? null }];
  });
  // Theme figures for the whole study only: a filtered report would invite differencing.
  const themes =
    selection === null && readCodebook(db).themes.length > 0
      ? themesOf(db, commentSet(db), { lang, by: 'unit', waveYear })
      : null;
  return { questionText: pickText(comment.texts, lang), entries, themes };
}

/** Every analysis of the full report for one wave, through the same task functions as the API. */
export function gatherAnalyses(
  db: Database,
  wave: { id: number; year: number },
  lang: Language,
  log: GatherLog = { releases: [], omitted: [] },
): ReportAnalyses {
  const qn = readQuestionnaire(db);
  const role = (r: Question['role']) =>
    qn.questions.find((q) => q.role === r && (r === 'comment' || q.scale.kind === 'range'));
  const sat = role('outcome-satisfaction');
  const nps = role('outcome-recommend');
  const waves = readWaves(db).filter((w) => w.year <= wave.year);
  const previous = waves.filter((w) => w.year < wave.year).at(-1);
  const base = { waveYear: wave.year, lang };
  const compare = previous
    ? run<CompareOutput>(db, log, 'change', 'compare', {
        ...base,
        waveA: previous.year,
        waveB: wave.year,
        statistic: 'index',
      })
    : null;
  const trend = waves.length >= 3 ? run<TrendResult>(db, log, 'change', 'trend', base) : null;
  const driversSat = sat
    ? run<DriversResult>(db, log, 'drivers', 'drivers', { ...base, outcome: sat.code })
    : null;
  const driversNps = nps
    ? run<DriversResult>(db, log, 'drivers', 'drivers', { ...base, outcome: nps.code })
    : null;
  let map = run<MapResult>(db, log, 'map', 'map', { ...base, importance: 'stated' });
  // No stated-importance questions: derive importance from the answers and say so in the report.
  if (map && !isSuppressed(map) && map.points.length === 0 && map.suppressed.length === 0) {
    map = run<MapResult>(db, log, 'map', 'map', {
      ...base,
      importance: 'derived',
      ...(sat ? { outcome: sat.code } : {}),
    });
  }
  const segments = qn.questions.filter((q) => q.role === 'segment' && q.scale.kind === 'choice');
  const unit = unitVariable(segments);
  let units: ReportAnalyses['units'] = null;
  if (unit) {
    const b = run<BreakdownOutput>(db, log, 'units', 'breakdown', { ...base, variable: unit.code });
    if (b && isSuppressed(b)) omit(log, 'units', 'anonymity');
    if (b && !isSuppressed(b)) {
      const tables = b.tables.filter((t): t is BreakdownResult => 'groups' in t);
      const other = crossVariable(segments, unit);
      const x =
        other && sat
          ? run<BreakdownOutput>(db, log, 'units', 'breakdown', {
              ...base,
              variable: unit.code,
              variable2: other.code,
              question: sat.code,
            })
          : null;
      const crossed =
        x && !isSuppressed(x)
          ? (x.tables.find((t): t is CrossedBreakdownResult => 'cells' in t) ?? null)
          : null;
      units = {
        variableText: tables[0]?.variableText ?? pickText(unit.texts, lang),
        tables,
        summaries: b.units,
        crossed,
        crossedVariableText: other ? pickText(other.texts, lang) : null,
      };
    }
  }
  if (compare && isSuppressed(compare)) omit(log, 'change', 'anonymity');
  if (map && isSuppressed(map)) omit(log, 'map', 'anonymity');
  const selection = log.filter?.length
    ? new Set(log.releases.filter((r) => r.waveYear === wave.year).flatMap((r) => r.ids))
    : null;
  return {
    omitted: log.omitted,
    waves: waves.map((w) => ({ year: w.year, label: w.label, respondents: w.respondents })),
    compare,
    trend,
    map,
    driversSat,
    driversNps,
    units,
    comments: comments(db, wave.id, wave.year, role('comment'), nps, lang, selection),
    plsIndex: studyIndex(db, log, wave.year, previous?.year, unit?.code, lang),
    plsModel: readPlsModel(db),
    unitRules: methodUnitRules(db, qn, lang),
  };
}

/**
 * The EPSI-style index of the study's model, when it has one, within the report's filter (the task
 * the API runs, its respondent sets collected for the differencing check); a model that cannot be
 * estimated leaves the chapter out.
 */
function studyIndex(
  db: Database,
  log: GatherLog,
  waveYear: number,
  previous: number | undefined,
  byUnit: string | undefined,
  lang: Language,
): PlsIndexResult | null {
  if (!readPlsModel(db)) return null;
  const input = analysisTaskSchemas.plsIndex.parse({
    studyId: 'report',
    waveYear,
    lang,
    bootstrap: INDEX_BOOTSTRAP,
    seed: 1,
    ...(previous !== undefined ? { compareWith: previous } : {}),
    ...(byUnit !== undefined ? { byUnit } : {}),
    ...(log.filter?.length ? { filter: log.filter } : {}),
  });
  try {
    const out = runTaskWithReleases(db, { op: 'plsIndex', input });
    log.releases.push(...out.released);
    return out.value as unknown as PlsIndexResult;
  } catch (e) {
    if (isAppError(e)) return null;
    throw e;
  }
}

/** The study's unit rules with the names of the variable and its units in `lang`. */
function methodUnitRules(db: Database, qn: Questionnaire, lang: Language): MethodUnitRule[] {
  return readUnitRules(db).flatMap((r) => {
    const q = qn.questions.find((x) => x.code.toLowerCase() === r.variable.toLowerCase());
    if (!q) return [];
    const options = q.scale.kind === 'choice' ? q.scale.options : [];
    const name = (code: string) => {
      const o = options.find((x) => x.code === code);
      return o ? pickText(o.texts, lang) || code : code;
    };
    return [
      {
        variable: pickText(q.texts, lang) || q.code,
        mergeBelow: r.mergeBelow ?? null,
        mergedLabel: otherLabel(r, lang),
        excluded: r.excluded.map(name),
      },
    ];
  });
}
