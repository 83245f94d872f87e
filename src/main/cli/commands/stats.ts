import { AppError } from '../../../shared/api/errors';
import { describe } from '../../../shared/stats/descriptives';
import { deriveImportance, type ShapleyMethod } from '../../../shared/stats/drivers/index';
import { nps } from '../../../shared/stats/nps';
import { reasonsText } from '../../../shared/import/infer/reasons';
import { numericScale } from '../../../shared/import/infer/scale';
import { RECOMMEND, norm } from '../../../shared/import/infer/words';
import type * as DataFiles from '../../services/analysis/data-file';
import type { DataFile } from '../../services/analysis/data-file';
import { analysisLimit } from '../../services/analysis/limits';
import type { CliCommand, CliEnv } from '../command';
import { UsageError } from '../command';
import { plsCmd, plsOptions } from './stats-pls';

type Values = Record<string, string | boolean | undefined>;

/** Loaded by the command's run with the data file reader, which brings the spreadsheet library. */
let numericColumn: typeof DataFiles.numericColumn;

const list = (v: unknown, name: string): string[] => {
  const items =
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  if (!items.length) throw new UsageError(`--${name} is required, e.g. --${name} A,B`);
  return items;
};

const int = (v: unknown, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isInteger(x)) throw new UsageError(`--${name} takes a whole number`);
  return x;
};

/** The column's header as the file writes it (the name may be given in another case). */
function headerOf(f: DataFile, column: string): string {
  return (
    f.headers.find((h) => h === column) ??
    f.headers.find((h) => h.toLowerCase() === column.toLowerCase()) ??
    column
  );
}

function weightsOf(f: DataFile, v: Values): Float64Array | undefined {
  return typeof v.weight === 'string' ? numericColumn(f, v.weight) : undefined;
}

type ScaleUsed = { min: number; max: number; reason: string; missingCodes: number[] };

/**
 * The scale a column is described on: --scale when given, else as the import infers it — declared in
 * the header ("(1–10)", "1 = … 5 = …"), fixed by the type (NPS wording: 0–10) or the usual scale the
 * answers fit — never the lowest and highest answer. Don't-know codes (99, 9 on 1–5) count as missing.
 */
function scaleOf(v: Values, values: Float64Array, header: string): ScaleUsed {
  if (typeof v.scale === 'string') {
    const m = /^(-?\d+)\s*[-–:]\s*(-?\d+)$/.exec(v.scale);
    if (!m || Number(m[1]) >= Number(m[2])) throw new UsageError('--scale takes min-max, e.g. --scale 1-5');
    return { min: Number(m[1]), max: Number(m[2]), reason: 'given with --scale', missingCodes: [] };
  }
  const nums = [...new Set([...values].filter((x) => !Number.isNaN(x)))];
  const inf = numericScale(header, nums, { nps: RECOMMEND.test(norm(header)) });
  if (!inf)
    throw new UsageError(
      `cannot tell the scale of column ${header} from its header or answers: give --scale min-max, e.g. --scale 1-5`,
    );
  const s = inf.scale;
  const reason = reasonsText([inf.reason, ...inf.missing]);
  return { min: s.min, max: s.max, reason, missingCodes: s.missingCodes.map((c) => c.value) };
}

function print(env: CliEnv, doc: unknown, text: () => string[]): void {
  env.io.out(env.json ? JSON.stringify(doc, null, 2) : text().join('\n'));
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

function describeCmd(f: DataFile, v: Values, env: CliEnv): void {
  const weights = weightsOf(f, v);
  const out = list(v.columns, 'columns').map((c) => {
    const values = numericColumn(f, c);
    const used = scaleOf(v, values, headerOf(f, c));
    const codes = new Set(used.missingCodes);
    const kept = codes.size ? values.map((x) => (codes.has(x) ? NaN : x)) : values;
    const scale = { min: used.min, max: used.max };
    const d = describe(kept, { scale, weights });
    return {
      column: c,
      scale,
      scaleReason: used.reason,
      n: d.n,
      weightedN: d.weightedN,
      effectiveN: d.effectiveN,
      missing: d.missing.noAnswer,
      mean: d.mean,
      sd: d.sd,
      se: d.se,
      ci95: d.ci95,
      median: d.median,
      top2Box: d.top2Box,
      index: d.index0to100,
      distribution: d.distribution.map((p) => ({ value: p.value, count: p.count, share: p.share })),
    };
  });
  const doc = { file: f.name, weighted: weights !== undefined, columns: out };
  print(env, doc, () => [
    `${f.name}${weights ? ` (weighted by ${String(v.weight)})` : ''}`,
    'column            n     mean     sd       95% CI              median  top-2   index',
    ...out.map(
      (c) =>
        `${c.column.padEnd(14)} ${String(c.n).padStart(5)}  ${f3(c.mean)}  ${f3(c.sd)}  [${f3(c.ci95[0])}, ${f3(c.ci95[1])}]  ${String(c.median).padStart(6)}  ${f3(c.top2Box)}  ${c.index.toFixed(1)}`,
    ),
    ...out.map((c) => `scale of ${c.column}: ${c.scale.min}–${c.scale.max} (${c.scaleReason})`),
  ]);
}

function npsCmd(f: DataFile, v: Values, env: CliEnv): void {
  if (typeof v.column !== 'string') throw new UsageError('--column is required');
  const weights = weightsOf(f, v);
  const r = nps(numericColumn(f, v.column), { weights });
  const doc = {
    file: f.name,
    column: v.column,
    weighted: r.weighted,
    n: r.n,
    effectiveN: r.effectiveN,
    promoters: r.promoters.share,
    passives: r.passives.share,
    detractors: r.detractors.share,
    nps: r.nps,
    se: r.se,
    margin95: r.margin95,
    ci95: r.ci95,
    adjustedWaldCi95: r.adjustedWaldCi95,
  };
  print(env, doc, () => [
    `NPS of ${v.column as string} in ${f.name}: ${r.nps.toFixed(1)} ± ${r.margin95.toFixed(1)} (n = ${r.n}${r.weighted ? `, effective n = ${r.effectiveN.toFixed(1)}` : ''})`,
    `promoters ${(100 * r.promoters.share).toFixed(1)} %, passives ${(100 * r.passives.share).toFixed(1)} %, detractors ${(100 * r.detractors.share).toFixed(1)} %`,
    `adjusted-Wald 95 % interval [${r.adjustedWaldCi95[0].toFixed(1)}, ${r.adjustedWaldCi95[1].toFixed(1)}]`,
  ]);
}

function driversCmd(f: DataFile, v: Values, env: CliEnv): void {
  if (typeof v.outcome !== 'string') throw new UsageError('--outcome is required');
  const codes = list(v.drivers, 'drivers');
  const resamples = int(v.bootstrap, 'bootstrap');
  const seed = int(v.seed, 'seed') ?? 1;
  const missing = v.missing === undefined ? 'listwise' : v.missing;
  if (missing !== 'listwise' && missing !== 'pairwise')
    throw new UsageError('--missing is listwise or pairwise');
  const r = deriveImportance({
    outcome: numericColumn(f, v.outcome),
    drivers: codes.map((code) => ({ code, values: numericColumn(f, code) })),
    weights: weightsOf(f, v),
    missing,
    ...(resamples ? { bootstrap: { resamples, seed } } : {}),
    ...(v.groups !== undefined ? { groups: groupsOf(v.groups, codes) } : {}),
    sampling: { seed },
  });
  const doc = {
    file: f.name,
    outcome: v.outcome,
    n: r.n,
    missingHandling: r.missingHandling,
    weighted: r.weighted,
    r2: r.r2,
    drivers: r.drivers.map((d) => ({
      code: d.code,
      pearson: d.pearson,
      spearman: d.spearman,
      beta: d.beta,
      relativeWeight: d.relativeWeight,
      relativeWeightShare: d.relativeWeightShare,
      shapley: d.shapley,
      shapleyShare: d.shapleyShare,
      ...(d.shapleySe !== undefined ? { shapleySe: d.shapleySe } : {}),
      ...(d.ci ? { ci: d.ci } : {}),
    })),
    shapleyMethod: r.shapleyMethod,
    ...(r.bootstrap ? { bootstrap: r.bootstrap } : {}),
  };
  print(env, doc, () => [
    `${v.outcome as string} in ${f.name}: R² = ${r.r2.toFixed(4)}, n = ${r.n} (${missing})`,
    `decomposition: ${methodLine(r.shapleyMethod)}`,
    'driver              r        beta     rel.weight  Shapley   share',
    ...r.drivers.map(
      (d) =>
        `${d.code.padEnd(16)} ${f3(d.pearson).padStart(7)}  ${f3(d.beta).padStart(7)}  ${d.relativeWeight.toFixed(4).padStart(9)}  ${d.shapley.toFixed(4).padStart(8)}  ${(100 * d.shapleyShare).toFixed(1).padStart(5)} %${d.shapleySe !== undefined ? `  ± ${d.shapleySe.toFixed(4)}` : ''}${d.ci ? `  [${(100 * d.ci.shapleyShare.lower).toFixed(1)}, ${(100 * d.ci.shapleyShare.upper).toFixed(1)}]` : ''}`,
    ),
  ]);
}

/**
 * `--groups "Stage A:q1,q2;Stage B:q3"`: the driver groups (journey stages) of the Owen decomposition.
 * Drivers not named are put together in one more group.
 */
function groupsOf(raw: unknown, codes: readonly string[]): { label: string; codes: string[] }[] {
  if (typeof raw !== 'string' || raw.trim() === '') throw new UsageError('--groups needs Label:A,B;Label:C');
  const groups = raw.split(';').map((part) => {
    const at = part.lastIndexOf(':');
    if (at < 1) throw new UsageError(`--groups: "${part}" is not Label:A,B`);
    const members = part
      .slice(at + 1)
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (members.length === 0) throw new UsageError(`--groups: "${part}" names no driver`);
    return { label: part.slice(0, at).trim(), codes: members };
  });
  const named = new Set(groups.flatMap((g) => g.codes));
  const rest = codes.filter((c) => !named.has(c));
  return rest.length ? [...groups, { label: '', codes: rest }] : groups;
}

/** The R² decomposition and its parameters, for the text output. */
export function methodLine(m: ShapleyMethod): string {
  switch (m.method) {
    case 'shapley-exact':
      return 'shapley-exact (all subsets)';
    case 'owen-stages':
      return `owen-stages (${m.groups.length} stages: ${m.groups.map((g) => `${g.label || '(no stage)'} ${g.codes.length}`).join(', ')})`;
    case 'shapley-sampled':
      return `shapley-sampled (${m.permutations} permutations, seed ${m.seed}; ± = Monte-Carlo standard error)`;
  }
}

export const statsCommands: CliCommand[] = [
  {
    name: 'stats',
    summary:
      'Statistics of a CSV/XLSX data file: describe (means, index, top-2-box), nps, drivers (R², r, β, relative weights, Shapley), pls (PLS path model, EPSI-style index and impacts).',
    usage:
      'stats describe <data.csv|xlsx> --columns A,B [--scale 1-5] [--weight W] | stats nps <data> --column C [--weight W] | stats drivers <data> --outcome Y --drivers A,B,C [--weight W] [--missing listwise|pairwise] [--bootstrap N] [--seed S] [--groups "Stage:A,B;Stage:C"] (above 24 drivers: Owen values over the groups, else sampled Shapley with --seed) | stats pls <data> --model MODEL.json [--scheme path|centroid|factorial] [--no-standardize] [--missing mean|casewise] [--missing-code -99] [--bootstrap N --seed S] [--max-iterations N] [--tolerance T] [--scores]',
    options: {
      columns: { type: 'string' },
      column: { type: 'string' },
      scale: { type: 'string' },
      weight: { type: 'string' },
      outcome: { type: 'string' },
      drivers: { type: 'string' },
      missing: { type: 'string' },
      bootstrap: { type: 'string' },
      seed: { type: 'string' },
      groups: { type: 'string' },
      ...plsOptions,
    },
    async run({ positionals, values }, env) {
      const [sub, file, ...extra] = positionals;
      if (!sub || !['describe', 'nps', 'drivers', 'pls'].includes(sub))
        throw new UsageError('say which statistic: describe, nps, drivers or pls');
      if (!file) throw new UsageError('missing a data file (.csv or .xlsx)');
      if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
      const data = await import('../../services/analysis/data-file');
      numericColumn = data.numericColumn;
      const f = await data.readDataFile(file);
      try {
        if (sub === 'describe') describeCmd(f, values, env);
        else if (sub === 'nps') npsCmd(f, values, env);
        else if (sub === 'pls') plsCmd(f, values, env, numericColumn);
        else driversCmd(f, values, env);
      } catch (e) {
        if (e instanceof AppError || !(e instanceof Error)) throw e;
        const limit = analysisLimit(e);
        if (limit) throw new AppError(limit.code, `${f.name}: ${limit.message}`, limit.details);
        throw new AppError('INVALID_INPUT', `${f.name}: ${e.message.replace(/^\w+: /, '')}`);
      }
    },
  },
];
