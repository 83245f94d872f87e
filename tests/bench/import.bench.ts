/**
 * Benchmark: importing a 100,000 × 100 xlsx into a fresh study — read, detect, map, validate, write in
 * one transaction, through the import job runner the CLI and the app use — beside two baselines
 * measured in the same run on the same file: SheetJS reading it and doing nothing else (the floor, with
 * the fastest options: dense, no formatted text, no styles), and pandas `read_excel` (openpyxl). Each
 * measurement runs in its own process, so peak memory (max RSS) is its own.
 *
 * The file is made by a small streaming writer (xlsx-writer.ts) and cached in the temp folder, keyed by
 * rows, columns and seed. Content: respondent ids (shared strings), two segment columns (æøå), 85
 * ratings 1–5 with blanks and "don't know" = 9, 8 ratings 0–10 and NPS with blanks, 3 comment columns.
 *
 * Standalone: `npx tsx tests/bench/import.bench.ts`. As a module: `runImportBench()`.
 * Env: BENCH_IMPORT_ROWS (default 100000), BENCH_IMPORT_RUNS (default 3), BENCH_IMPORT_PANDAS_RUNS
 * (default 1: pandas takes minutes at 100k), BENCH_IMPORT_ONLY (floor|import|pandas, for profiling).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as XLSX from 'xlsx';
import { mulberry32 } from '../../src/shared/stats/rng';
import type { CellValue } from './xlsx-writer';
import { writeXlsx } from './xlsx-writer';

export type BenchRow = {
  name: string;
  medianMs: number;
  peakMB?: number;
  baseline?: string;
  baselineMs?: number;
  target?: string;
};

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const PANDAS_RUNS = Number(process.env.BENCH_IMPORT_PANDAS_RUNS ?? 1);
const SEED = 20_260_604;
const FORMAT = 2; // bump when the generated content changes

type Col = { code: string; kind: 'id' | 'segment' | 'r5' | 'r10' | 'nps' | 'text' };
const COLUMNS: Col[] = [
  { code: 'id', kind: 'id' },
  { code: 'REGION', kind: 'segment' },
  { code: 'CHANNEL', kind: 'segment' },
  ...Array.from({ length: 85 }, (_, i) => ({ code: `Q${i + 1}`, kind: 'r5' as const })),
  ...Array.from({ length: 8 }, (_, i) => ({ code: `S${i + 1}`, kind: 'r10' as const })),
  { code: 'NPS', kind: 'nps' },
  ...Array.from({ length: 3 }, (_, i) => ({ code: `C${i + 1}`, kind: 'text' as const })),
];
const COLS = COLUMNS.length;
const REGIONS = ['Nord', 'Sør', 'Øst', 'Vest', 'Midt'];
const CHANNELS = ['Nettbutikk', 'Butikk', 'Telefon', 'App'];
const OPENERS = [
  'Veldig fornøyd med',
  'Litt skuffet over',
  'Greit nok med',
  'Ikke fornøyd med',
  'Very happy with',
  'Disappointed by',
  'Tilfreds med',
  'Kunne vært bedre:',
];
const TOPICS = [
  'leveringen',
  'kundeservice',
  'prisen',
  'nettsiden',
  'åpningstidene',
  'produktet',
  'the delivery',
  'the app',
  'ventetiden på telefon',
  'returen',
];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** One respondent's row: deterministic for (seed, row order). */
function rowMaker(seed: number): (i: number) => CellValue[] {
  const rnd = mulberry32(seed);
  return (i) => {
    const out: CellValue[] = new Array<CellValue>(COLS);
    const mood = rnd(); // a respondent's general satisfaction makes ratings correlate, as in real data
    for (let c = 0; c < COLS; c++) {
      const kind = COLUMNS[c]!.kind;
      const u = rnd();
      switch (kind) {
        case 'id':
          out[c] = `R_${(0x10000000 + i * 7919).toString(36)}`;
          break;
        case 'segment':
          out[c] =
            c === 1 ? REGIONS[Math.floor(u * REGIONS.length)]! : CHANNELS[Math.floor(u * CHANNELS.length)]!;
          break;
        case 'r5':
          out[c] =
            u < 0.06 ? null : u < 0.08 ? 9 : Math.min(5, 1 + Math.floor((mood * 0.6 + rnd() * 0.4) * 5));
          break;
        case 'r10':
        case 'nps':
          out[c] = u < 0.04 ? null : Math.min(10, Math.floor((mood * 0.6 + rnd() * 0.4) * 11));
          break;
        case 'text':
          out[c] =
            u < 0.75
              ? null
              : `${OPENERS[Math.floor(rnd() * OPENERS.length)]} ${TOPICS[Math.floor(rnd() * TOPICS.length)]}${u > 0.97 ? ` (#${i})` : ''}`;
          break;
      }
    }
    return out;
  };
}

/** The test file, made once per (rows, columns, seed) and cached in the temp folder. */
export async function benchFile(rows = ROWS, seed = SEED): Promise<string> {
  const path = join(tmpdir(), `tp-import-bench-v${FORMAT}-${rows}x${COLS}-s${seed}.xlsx`);
  if (existsSync(path)) return path;
  const t0 = performance.now();
  await writeXlsx(
    path,
    'Data',
    COLUMNS.map((c) => c.code),
    rows,
    rowMaker(seed),
  );
  console.error(`import bench: wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return path;
}

type Measure = { ms: number; peakMB: number };

/** The same options as the import's reader (src/main/services/import/workbook.ts), minus our own work. */
const FLOOR_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
};

/** One measurement in a child process: `floor` or `import`. Prints JSON on stdout. */
async function child(mode: string, path: string): Promise<void> {
  const bytes = readFileSync(path);
  let ms: number;
  if (mode === 'floor') {
    // SheetJS as the app configures it (code pages, native zlib inflate): the floor is its best case.
    await import('../../src/main/services/import/workbook');
    const t0 = performance.now();
    const wb = XLSX.read(bytes, FLOOR_OPTIONS);
    ms = performance.now() - t0;
    if (!wb.Sheets[wb.SheetNames[0]!]) throw new Error('bench: no sheet');
  } else {
    const { createStudyFile } = await import('../../src/main/services/study/study-service');
    const { addQuestion } = await import('../../src/main/services/store/questionnaire-repo');
    const { runJobInThread } = await import('../../src/main/services/import/job-runner');
    type Msg = Parameters<Parameters<typeof runJobInThread>[2]>[0];
    const dir = mkdtempSync(join(tmpdir(), 'tp-bench-'));
    const file = join(dir, 'b.tpstudy');
    const db = createStudyFile(file, { client: 'Bench', title: 'Import', languages: ['en'] });
    for (const { code, kind } of COLUMNS) {
      if (kind === 'id') continue;
      const texts = { en: code };
      if (kind === 'r5')
        addQuestion(db, {
          code,
          type: 'rating',
          role: 'performance',
          scale: {
            kind: 'range',
            min: 1,
            max: 5,
            labels: [],
            missingCodes: [{ value: 9, kind: 'dontKnow' }],
          },
          texts,
        });
      else if (kind === 'r10')
        addQuestion(db, {
          code,
          type: 'rating',
          role: 'outcome-satisfaction',
          scale: { kind: 'range', min: 0, max: 10, labels: [], missingCodes: [] },
          texts,
        });
      else if (kind === 'nps')
        addQuestion(db, {
          code,
          type: 'nps',
          role: 'outcome-recommend',
          scale: { kind: 'range', min: 0, max: 10, labels: [], missingCodes: [] },
          texts,
        });
      else if (kind === 'segment')
        addQuestion(db, {
          code,
          type: 'single',
          role: 'segment',
          scale: { kind: 'choice', options: [] },
          texts,
        });
      else addQuestion(db, { code, type: 'text', role: 'comment', scale: { kind: 'none' }, texts });
    }
    const input = {
      file: { name: 'bench.xlsx', base64: bytes.toString('base64') },
      waveYear: 2026,
      onError: 'abort' as const,
      ifDuplicate: 'ask' as const,
    };
    let last: Msg | null = null;
    let progress = 0;
    const t0 = performance.now();
    runJobInThread(db, { path: file, input, cancel: new SharedArrayBuffer(8) }, (m) => {
      if (m.type === 'progress') progress++;
      else last = m;
    });
    ms = performance.now() - t0;
    db.close();
    rmSync(dir, { recursive: true, force: true });
    const end = last as Msg | null;
    if (end?.type !== 'done') throw new Error(`bench: import failed: ${JSON.stringify(end)}`);
    if (end.outcome.imported !== ROWS)
      throw new Error(`bench: imported ${end.outcome.imported} of ${ROWS} rows`);
    if (progress < 10) throw new Error(`bench: only ${progress} progress events`);
  }
  process.stdout.write(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024 }));
}

function runChild(mode: string, path: string): Measure {
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      loader,
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      fileURLToPath(import.meta.url),
      '--child',
      mode,
      path,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out) as Measure;
}

function runPandas(path: string): Measure | null {
  const script = [
    'import sys, time, json, resource, pandas',
    't0 = time.perf_counter()',
    'df = pandas.read_excel(sys.argv[1], engine="openpyxl")',
    'ms = (time.perf_counter() - t0) * 1000',
    'assert df.shape[1] == int(sys.argv[2]), df.shape',
    'print(json.dumps({"ms": ms, "peakMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))',
  ].join('\n');
  // pandas and openpyxl come from Debian (apt python3-pandas python3-openpyxl): the system python first.
  for (const py of ['/usr/bin/python3', 'python3']) {
    try {
      return JSON.parse(
        execFileSync(py, ['-c', script, path, String(COLS)], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      ) as Measure;
    } catch {
      // try the next interpreter
    }
  }
  return null;
}

function medians(f: () => Measure | null, runs: number): Measure | null {
  const all: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    const m = f();
    if (!m) return null;
    all.push(m);
    console.error(`  run ${i + 1}/${runs}: ${m.ms.toFixed(0)} ms, ${m.peakMB.toFixed(0)} MB`);
  }
  return { ms: median(all.map((m) => m.ms)), peakMB: median(all.map((m) => m.peakMB)) };
}

const fmtMB = (m: Measure) => `${m.peakMB.toFixed(0)} MB`;

export async function runImportBench(): Promise<BenchRow[]> {
  const path = await benchFile();
  const only = process.env.BENCH_IMPORT_ONLY;
  const size = `${ROWS / 1000}k×${COLS}`;
  const rows: BenchRow[] = [];
  const want = (m: string) => !only || only === m;
  // Floor and import alternate, so a busy machine slows both alike rather than one of them.
  const runs: Record<'floor' | 'import', Measure[]> = { floor: [], import: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const mode of ['floor', 'import'] as const) {
      if (!want(mode)) continue;
      const m = runChild(mode, path);
      runs[mode].push(m);
      console.error(
        `import bench: ${mode} run ${i + 1}/${RUNS}: ${m.ms.toFixed(0)} ms, ${m.peakMB.toFixed(0)} MB`,
      );
    }
  }
  const mid = (all: Measure[]): Measure | null =>
    all.length ? { ms: median(all.map((m) => m.ms)), peakMB: median(all.map((m) => m.peakMB)) } : null;
  const floor = mid(runs.floor);
  const ours = mid(runs.import);
  console.error(`import bench: pandas (${PANDAS_RUNS} run${PANDAS_RUNS === 1 ? '' : 's'})`);
  const pandas = want('pandas') ? medians(() => runPandas(path), PANDAS_RUNS) : null;
  if (floor)
    rows.push({
      name: `SheetJS read only, ${size} xlsx (floor; peak ${fmtMB(floor)})`,
      medianMs: floor.ms,
      peakMB: floor.peakMB,
    });
  if (pandas)
    rows.push({
      name: `pandas read_excel, ${size} xlsx (${PANDAS_RUNS} run; peak ${fmtMB(pandas)})`,
      medianMs: pandas.ms,
      peakMB: pandas.peakMB,
    });
  else if (want('pandas'))
    console.error('import bench: pandas baseline skipped (python3 with pandas + openpyxl not found)');
  if (ours) {
    const name = `import ${size} xlsx → study (peak ${fmtMB(ours)}${floor ? `, ×${(ours.peakMB / floor.peakMB).toFixed(2)} floor's` : ''})`;
    if (floor)
      rows.push({
        name,
        medianMs: ours.ms,
        peakMB: ours.peakMB,
        baseline: 'SheetJS read only',
        baselineMs: floor.ms,
        target: '≤ 1.5 × baseline',
      });
    if (pandas)
      rows.push({
        name,
        medianMs: ours.ms,
        peakMB: ours.peakMB,
        baseline: 'pandas read_excel',
        baselineMs: pandas.ms,
        target: '< 1 × baseline',
      });
    if (!floor && !pandas) rows.push({ name, medianMs: ours.ms, peakMB: ours.peakMB });
  }
  return rows;
}

function printTable(rows: BenchRow[]): void {
  for (const r of rows) {
    const ratio = r.baselineMs
      ? ` vs ${r.baseline} ${r.baselineMs.toFixed(0)} ms (×${(r.medianMs / r.baselineMs).toFixed(2)}; target ${r.target})`
      : '';
    console.log(`${r.name}: median ${r.medianMs.toFixed(0)} ms, peak ${r.peakMB?.toFixed(0)} MB${ratio}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--child');
  if (i > 0) await child(process.argv[i + 1]!, process.argv[i + 2]!);
  else printTable(await runImportBench());
}
