/**
 * The benchmarks' data, deterministic for a seed and cached in the temp folder (keyed by size, seed
 * and format), so a second run only measures:
 * - the import file: respondent id, 2 segments (æøå), 85 ratings 1–5 with blanks and "don't know" = 9,
 *   8 ratings 0–10, NPS, 3 comment columns = 100 columns, as csv and as xlsx;
 * - the analysis file: UNIT (10 units) + 18 touchpoints × (performance, importance) on 1–5, SAT 1–10,
 *   NPS 0–10, LOY 1–5, EFFORT 1–7 = 40 questions, as csv (the pandas and one-pass baselines read it;
 *   the study is imported from it).
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/shared/stats/rng';
import { benchDir, log } from './common';
import type { CellValue } from './xlsx-writer';
import { writeXlsx } from './xlsx-writer';

const FORMAT = 3; // bump when the generated content changes

export type ImportKind = 'id' | 'segment' | 'r5' | 'r10' | 'nps' | 'text';
export const IMPORT_COLUMNS: { code: string; kind: ImportKind }[] = [
  { code: 'id', kind: 'id' },
  { code: 'REGION', kind: 'segment' },
  { code: 'CHANNEL', kind: 'segment' },
  ...Array.from({ length: 85 }, (_, i) => ({ code: `Q${i + 1}`, kind: 'r5' as const })),
  ...Array.from({ length: 8 }, (_, i) => ({ code: `S${i + 1}`, kind: 'r10' as const })),
  { code: 'NPS', kind: 'nps' },
  ...Array.from({ length: 3 }, (_, i) => ({ code: `C${i + 1}`, kind: 'text' as const })),
];
const REGIONS = ['Nord', 'Sør', 'Øst', 'Vest', 'Midt'];
const CHANNELS = ['Nettbutikk', 'Butikk', 'Telefon', 'App'];
const OPENERS = [
  'Veldig fornøyd med',
  'Litt skuffet over',
  'Greit nok med',
  'Very happy with',
  'Kunne vært bedre:',
];
const TOPICS = ['leveringen', 'kundeservice', 'prisen', 'nettsiden', 'åpningstidene', 'the app', 'returen'];

/** One respondent's row of the import file: deterministic for (seed, row order). */
function importRow(seed: number): (i: number) => CellValue[] {
  const rnd = mulberry32(seed);
  return (i) =>
    IMPORT_COLUMNS.map(({ kind }, c) => {
      const u = rnd();
      switch (kind) {
        case 'id':
          return `R_${(0x10000000 + i * 7919).toString(36)}`;
        case 'segment':
          return c === 1
            ? REGIONS[Math.floor(u * REGIONS.length)]!
            : CHANNELS[Math.floor(u * CHANNELS.length)]!;
        case 'r5':
          return u < 0.06 ? null : u < 0.08 ? 9 : 1 + Math.floor(rnd() * 5);
        case 'r10':
        case 'nps':
          return u < 0.04 ? null : Math.floor(rnd() * 11);
        case 'text':
          return u < 0.75
            ? null
            : `${OPENERS[Math.floor(rnd() * OPENERS.length)]} ${TOPICS[Math.floor(rnd() * TOPICS.length)]}`;
      }
    });
}

function csvCell(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function writeCsv(path: string, header: string[], rows: number, row: (i: number) => CellValue[]): void {
  const tmp = `${path}.${process.pid}.part`;
  const fd = openSync(tmp, 'w');
  let s = `${header.join(',')}\n`;
  for (let i = 0; i < rows; i++) {
    s += `${row(i).map(csvCell).join(',')}\n`;
    if (s.length > 1 << 20) {
      writeSync(fd, s);
      s = '';
    }
  }
  writeSync(fd, s);
  closeSync(fd);
  renameSync(tmp, path);
}

function cached(name: string): { path: string; exists: boolean } {
  mkdirSync(benchDir, { recursive: true });
  const path = join(benchDir, name);
  return { path, exists: existsSync(path) };
}

const SEED = 20_260_604;

export async function importFile(rows: number, ext: 'csv' | 'xlsx'): Promise<string> {
  const { path, exists } = cached(`import-v${FORMAT}-${rows}x${IMPORT_COLUMNS.length}-s${SEED}.${ext}`);
  if (exists) return path;
  const t0 = performance.now();
  const header = IMPORT_COLUMNS.map((c) => c.code);
  if (ext === 'csv') writeCsv(path, header, rows, importRow(SEED));
  else await writeXlsx(path, 'Data', header, rows, importRow(SEED));
  log(`  wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return path;
}

// The analysis file ------------------------------------------------------------------------------

export const TOUCHPOINTS = 18;
export const UNITS = 10;

export type AnalysisQuestion = {
  code: string;
  role: 'performance' | 'importance' | 'outcome-satisfaction' | 'outcome-recommend' | 'loyalty' | 'other';
  min: number;
  max: number;
  touchpoint: number | null;
  weighs: string | null;
};

export const ANALYSIS_QUESTIONS: AnalysisQuestion[] = [
  ...Array.from({ length: TOUCHPOINTS }, (_, t) => [
    {
      code: `TP${t + 1}_PERF`,
      role: 'performance' as const,
      min: 1,
      max: 5,
      touchpoint: t + 1,
      weighs: null,
    },
    {
      code: `TP${t + 1}_IMP`,
      role: 'importance' as const,
      min: 1,
      max: 5,
      touchpoint: t + 1,
      weighs: `TP${t + 1}_PERF`,
    },
  ]).flat(),
  { code: 'SAT', role: 'outcome-satisfaction', min: 1, max: 10, touchpoint: null, weighs: null },
  { code: 'NPS', role: 'outcome-recommend', min: 0, max: 10, touchpoint: null, weighs: null },
  { code: 'LOY', role: 'loyalty', min: 1, max: 5, touchpoint: null, weighs: null },
  { code: 'EFFORT', role: 'other', min: 1, max: 7, touchpoint: null, weighs: null },
];

/** UNIT then the 40 questions; ratings correlate with a respondent's mood and a little with the unit. */
function analysisRow(seed: number): (i: number) => CellValue[] {
  const rnd = mulberry32(seed);
  return () => {
    const unit = 1 + Math.floor(rnd() * UNITS);
    const mood = rnd();
    const out: CellValue[] = [`U${unit}`];
    for (const q of ANALYSIS_QUESTIONS) {
      if (rnd() < 0.05) {
        out.push(null);
        continue;
      }
      const x = mood * 0.6 + rnd() * 0.35 + unit * 0.005;
      out.push(Math.min(q.max, q.min + Math.floor(x * (q.max - q.min + 1))));
    }
    return out;
  };
}

export function analysisFile(rows: number): string {
  const { path, exists } = cached(`analysis-v${FORMAT}-${rows}x${ANALYSIS_QUESTIONS.length}-u${UNITS}.csv`);
  if (exists) return path;
  const t0 = performance.now();
  writeCsv(path, ['UNIT', ...ANALYSIS_QUESTIONS.map((q) => q.code)], rows, analysisRow(SEED + 1));
  log(`  wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return path;
}
