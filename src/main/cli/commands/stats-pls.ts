/**
 * `touchpoint stats pls DATA --model MODEL.json`: a PLS path model (PLS-SEM) of a data file, with
 * quality criteria, the IPMA and the 0–100 index of the model's target, and a seeded bootstrap.
 * The data file is read by the caller through the import's read sandbox (data-file.ts).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { constructLabel, type PlsIndexResult, type PlsModel } from '../../../shared/api/pls';
import type { Language } from '../../../shared/domain/language';
import { numericScale } from '../../../shared/import/infer/scale';
import {
  compileModel,
  plsPathModel,
  PlsModelError,
  type InnerScheme,
  type PlsModelSpec,
  type PlsStructure,
} from '../../../shared/stats/pls/index';
import { plsReport, type PlsReport } from '../../../shared/stats/pls/report';
import type { DataFile } from '../../services/analysis/data-file';
import type { CliEnv } from '../command';
import { UsageError } from '../command';

type Values = Record<string, string | boolean | undefined>;

export const plsOptions = {
  model: { type: 'string' },
  scheme: { type: 'string' },
  'no-standardize': { type: 'boolean' },
  'missing-code': { type: 'string' },
  'max-iterations': { type: 'string' },
  tolerance: { type: 'string' },
  scores: { type: 'boolean' },
} as const;

const SCHEMES: readonly InnerScheme[] = ['path', 'centroid', 'factorial'];

/** MODEL.json, parsed; a broken file is refused with one line naming it. */
function readModelFile(path: string): PlsModelSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('FILE_NOT_FOUND', `${path} cannot be read`, { path });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new AppError('INVALID_INPUT', `${basename(path)} is not JSON: ${(e as Error).message}`, {
      file: path,
    });
  }
  const o = doc as Partial<PlsModelSpec> | null;
  if (
    !o ||
    typeof o !== 'object' ||
    typeof o.constructs !== 'object' ||
    o.constructs === null ||
    !Array.isArray(o.paths)
  )
    throw new AppError(
      'INVALID_INPUT',
      `${basename(path)} needs {"constructs": {"Name": {"items": [...], "mode": "A"}, …}, "paths": [["From", "To"], …]}`,
      { file: path },
    );
  return o as PlsModelSpec;
}

/** The column of the file an item names (exact, else in another case), or a one-line refusal. */
function columnOf(f: DataFile, s: PlsStructure, k: number, modelName: string): string {
  const item = s.items[k];
  const h =
    f.headers.find((x) => x === item) ?? f.headers.find((x) => x.toLowerCase() === item.toLowerCase());
  if (h === undefined) {
    const construct = s.blocks[s.itemBlock[k]].name;
    throw new AppError(
      'INVALID_INPUT',
      `${modelName}: construct ${construct} names column ${item}, which ${f.name} does not have`,
      { file: f.name, column: item, construct },
    );
  }
  return h;
}

/**
 * With a target, every construct needs its answer scale for the 0–100 rescaling: the model's, else
 * as the import infers it from the first item's header and the block's answers.
 */
function withScales(
  spec: PlsModelSpec,
  s: PlsStructure,
  data: Float64Array[],
  code: number | undefined,
): PlsModelSpec {
  if (s.target === undefined || spec.scale) return spec;
  const constructs = Object.fromEntries(
    s.blocks.map((b) => {
      const c = spec.constructs[b.name];
      if (c.scale) return [b.name, c];
      const values = new Set<number>();
      for (let k = b.offset; k < b.offset + b.items.length; k++)
        for (const x of data[k]) if (!Number.isNaN(x) && x !== code) values.add(x);
      const inf = numericScale(b.items[0], [...values], { nps: false });
      if (!inf)
        throw new UsageError(
          `cannot tell the answer scale of ${b.name}: give "scale": {"min": 1, "max": 10} in the model`,
        );
      return [b.name, { ...c, scale: { min: inf.scale.min, max: inf.scale.max } }];
    }),
  );
  return { ...spec, constructs };
}

function numberOption(v: unknown, name: string): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(x))
    throw new UsageError(`--${name} takes a number`);
  return x;
}

const f3 = (x: number | null | undefined) =>
  x !== null && x !== undefined && Number.isFinite(x) ? x.toFixed(3) : '–';

function textLines(file: string, doc: PlsReport): string[] {
  const st = doc.settings;
  const ci = (c?: [number, number]) => (c ? `  [${f3(c[0])}, ${f3(c[1])}]` : '');
  const lines = [
    `PLS path model of ${file}: n = ${doc.n}${doc.rowsDropped ? ` (${doc.rowsDropped} rows dropped, casewise)` : ''}${doc.cellsReplaced ? ` (${doc.cellsReplaced} missing answers replaced by the item mean)` : ''}`,
    `${st.scheme} weighting, ${st.standardized ? 'standardized' : 'centred'} items, ${doc.converged ? 'converged' : 'NOT converged'} after ${doc.iterations} iterations (stop ${st.tolerance}, cap ${st.maxIterations})`,
    'construct        mode     R²      AVE     rhoA    rhoC    alpha',
    ...Object.entries(doc.constructs).map(
      ([name, c]) =>
        `${name.padEnd(16)} ${c.mode.padEnd(4)} ${f3(c.r2).padStart(6)}  ${f3(c.ave)}   ${f3(c.rhoA)}   ${f3(c.rhoC)}   ${f3(c.alpha)}`,
    ),
    'path                                  coefficient',
    ...doc.paths.map(
      (p) =>
        `${`${p.from} → ${p.to}`.padEnd(36)} ${f3(p.coefficient).padStart(7)}${p.t !== undefined ? `  t ${f3(p.t)}` : ''}${ci(p.ci)}`,
    ),
  ];
  if (doc.index) {
    lines.push(
      `index of ${doc.index.target}: ${doc.index.value.toFixed(1)} (0–100)${doc.index.ci ? `, ${Math.round(100 * (doc.bootstrap?.level ?? 0.95))} % interval [${doc.index.ci[0].toFixed(1)}, ${doc.index.ci[1].toFixed(1)}]` : ''}`,
      ...(doc.ipma ?? []).map(
        (p) =>
          `  +1 point in ${p.construct} → ${p.importance >= 0 ? '+' : ''}${p.importance.toFixed(2)} in ${doc.index?.target} (performance ${p.performance.toFixed(1)})`,
      ),
    );
  }
  if (doc.bootstrap)
    lines.push(
      `bootstrap: ${doc.bootstrap.samples} samples, seed ${doc.bootstrap.seed}${doc.bootstrap.failed ? `, ${doc.bootstrap.failed} could not be estimated` : ''}`,
    );
  return lines;
}

/** The index of a study wave (analysis/plsIndex) as text, for `analyze`; constructs named in `lang`. */
export function plsIndexText(
  r: PlsIndexResult | { error: string },
  model: PlsModel | null = null,
  lang: Language = 'en',
): string[] {
  const name = (c: string) => constructLabel(model, c, lang);
  if ('error' in r) return ['EPSI-style index', `  not available: ${r.error}`];
  if ('suppressed' in r.result) return ['EPSI-style index', `  suppressed (n < ${r.result.k})`];
  const d = r.result;
  if (!d.index) return ['EPSI-style index', '  (the model has no target)'];
  const c = r.comparison;
  const change = !c
    ? []
    : 'suppressed' in c.result
      ? [`  change since ${c.waveYear}: suppressed (n < ${c.result.k})`]
      : [
          `  change since ${c.waveYear}: ${c.result.difference >= 0 ? '+' : ''}${c.result.difference.toFixed(1)} [${c.result.lower.toFixed(1)}, ${c.result.upper.toFixed(1)}], bootstrap p = ${c.result.p.toFixed(3)} (${c.result.samples} samples, seed ${c.result.seed})`,
        ];
  return [
    `EPSI-style index (PLS path model, n = ${d.respondents})`,
    `  ${name(d.index.target)}: ${d.index.value.toFixed(1)} (0–100)${d.index.ci ? ` [${d.index.ci[0].toFixed(1)}, ${d.index.ci[1].toFixed(1)}]` : ''}`,
    ...change,
    ...(d.ipma ?? []).map(
      (p) =>
        `  +1 point in ${name(p.construct)} → ${p.importance >= 0 ? '+' : ''}${p.importance.toFixed(2)} in ${name(d.index?.target ?? '')} (performance ${p.performance.toFixed(1)})`,
    ),
  ];
}

/** Runs `stats pls` on a data file already read. */
export function plsCmd(
  f: DataFile,
  v: Values,
  env: CliEnv,
  numericColumn: (f: DataFile, column: string) => Float64Array,
): void {
  if (typeof v.model !== 'string') throw new UsageError('--model MODEL.json is required');
  const scheme = (v.scheme ?? 'path') as InnerScheme;
  if (!SCHEMES.includes(scheme)) throw new UsageError('--scheme is path, centroid or factorial');
  const missing = v.missing ?? 'mean';
  if (missing !== 'mean' && missing !== 'casewise') throw new UsageError('--missing is mean or casewise');
  const missingCode = numberOption(v['missing-code'], 'missing-code');
  const maxIterations = numberOption(v['max-iterations'], 'max-iterations');
  if (maxIterations !== undefined && (!Number.isInteger(maxIterations) || maxIterations < 1))
    throw new UsageError('--max-iterations takes a whole number ≥ 1');
  const tolerance = numberOption(v.tolerance, 'tolerance');
  if (tolerance !== undefined && !(tolerance > 0))
    throw new UsageError('--tolerance takes a positive number');
  const samples = numberOption(v.bootstrap, 'bootstrap');
  if (samples !== undefined && (!Number.isInteger(samples) || samples < 2 || samples > 100_000))
    throw new UsageError('--bootstrap takes a whole number of samples, 2 … 100000');
  const seed = numberOption(v.seed, 'seed') ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new UsageError('--seed takes a whole number ≥ 0');
  const modelName = basename(v.model);
  let spec = readModelFile(v.model);
  let s: PlsStructure;
  try {
    s = compileModel(spec);
  } catch (e) {
    if (e instanceof PlsModelError)
      throw new AppError('INVALID_INPUT', `${modelName}: ${e.message}`, {
        file: modelName,
        subject: e.subject,
      });
    throw e;
  }
  const columns = s.items.map((_, k) => numericColumn(f, columnOf(f, s, k, modelName)));
  spec = withScales(spec, s, columns, missingCode);
  s = compileModel(spec);
  const r = plsPathModel(columns, s, {
    scheme,
    standardize: v['no-standardize'] !== true,
    missing,
    ...(missingCode !== undefined ? { missingCode } : {}),
    ...(maxIterations !== undefined ? { maxIterations } : {}),
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(samples !== undefined ? { bootstrap: { samples, seed } } : {}),
  });
  // --scores: each construct's latent scores (mean 0, variance 1), one per respondent used.
  const scores =
    v.scores === true
      ? { scores: Object.fromEntries(s.blocks.map((b, j) => [b.name, Array.from(r.scores[j])])) }
      : {};
  const doc = { file: f.name, model: modelName, ...plsReport(r), ...scores };
  env.io.out(env.json ? JSON.stringify(doc, null, 2) : textLines(f.name, doc).join('\n'));
}
