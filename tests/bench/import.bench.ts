/**
 * Benchmark: importing a 100,000 × 100 xlsx (an id column and 99 rating questions mapped by code) into a
 * study — read, detect, map, validate, write in one transaction — beside two baselines measured in the
 * same run on the same file: SheetJS reading it and doing nothing else (the floor), and pandas
 * `read_excel` (openpyxl). Each measurement runs in its own process so peak memory (max RSS) is its own.
 *
 * Standalone: `npx tsx tests/bench/import.bench.ts`. As a module: `runImportBench()`.
 * Env: BENCH_IMPORT_ROWS (default 100000), BENCH_IMPORT_RUNS (default 3).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as XLSX from 'xlsx';

export type BenchRow = { name: string; medianMs: number; peakMB?: number; baseline?: string; baselineMs?: number; target?: string };

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const COLS = 100;
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const codes = Array.from({ length: COLS - 1 }, (_, i) => `Q${i + 1}`);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** The test file, made once and cached in the temp folder (writing it takes longer than reading it). */
function benchFile(): string {
  const path = join(tmpdir(), `tp-import-bench-${ROWS}x${COLS}.xlsx`);
  if (existsSync(path)) return path;
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const aoa: (string | number)[][] = [['id', ...codes]];
  for (let r = 0; r < ROWS; r++) {
    const row: (string | number)[] = [`R${r + 1}`];
    for (let c = 1; c < COLS; c++) row.push(rnd() < 0.05 ? '' : 1 + Math.floor(rnd() * 5));
    aoa.push(row);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Data');
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
  return path;
}

type Measure = { ms: number; peakMB: number };

/** One measurement in a child process: `floor` or `import`. Prints JSON on stdout. */
async function child(mode: string, path: string): Promise<void> {
  const bytes = readFileSync(path);
  let ms: number;
  if (mode === 'floor') {
    const t0 = performance.now();
    XLSX.read(bytes, { type: 'buffer' });
    ms = performance.now() - t0;
  } else {
    const { createStudyFile } = await import('../../src/main/services/study/study-service');
    const { addQuestion } = await import('../../src/main/services/store/questionnaire-repo');
    const { runImport } = await import('../../src/main/services/import/commit');
    const dir = mkdtempSync(join(tmpdir(), 'tp-bench-'));
    const db = createStudyFile(join(dir, 'b.tpstudy'), { client: 'Bench', title: 'Import', languages: ['en'] });
    for (const code of codes) addQuestion(db, { code, type: 'rating', role: 'performance', scale: { kind: 'range', min: 1, max: 5, labels: [], missingCodes: [] }, texts: { en: code } });
    const t0 = performance.now();
    const s = runImport(db, { file: { name: 'bench.xlsx', base64: bytes.toString('base64') }, waveYear: 2026, onError: 'abort', ifDuplicate: 'ask' });
    ms = performance.now() - t0;
    db.close();
    rmSync(dir, { recursive: true, force: true });
    if (s.imported !== ROWS) throw new Error(`bench: imported ${s.imported} of ${ROWS} rows`);
  }
  process.stdout.write(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024 }));
}

function runChild(mode: string, path: string): Measure {
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const out = execFileSync(process.execPath, ['--import', loader, fileURLToPath(import.meta.url), '--child', mode, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as Measure;
}

function runPandas(path: string): Measure | null {
  const script = [
    'import sys, time, json, resource, pandas',
    't0 = time.perf_counter()',
    'pandas.read_excel(sys.argv[1], engine="openpyxl")',
    'ms = (time.perf_counter() - t0) * 1000',
    'print(json.dumps({"ms": ms, "peakMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))',
  ].join('\n');
  for (const py of ['/usr/bin/python3', 'python3']) {
    try {
      return JSON.parse(execFileSync(py, ['-c', script, path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Measure;
    } catch {
      // try the next interpreter; pandas may live only in the system one (apt python3-pandas)
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
  }
  return { ms: median(all.map((m) => m.ms)), peakMB: median(all.map((m) => m.peakMB)) };
}

export async function runImportBench(): Promise<BenchRow[]> {
  const path = benchFile();
  const size = `${ROWS / 1000}k×${COLS}`;
  const floor = medians(() => runChild('floor', path), RUNS)!;
  const ours = medians(() => runChild('import', path), RUNS)!;
  const pandas = medians(() => runPandas(path), RUNS);
  const rows: BenchRow[] = [
    { name: `SheetJS read only, ${size} xlsx (floor)`, medianMs: floor.ms, peakMB: floor.peakMB },
    { name: `import ${size} xlsx (read, map, validate, write)`, medianMs: ours.ms, peakMB: ours.peakMB, baseline: 'SheetJS read only', baselineMs: floor.ms, target: '< 1.5 × baseline' },
  ];
  if (pandas) {
    rows.push({ name: `pandas read_excel, ${size} xlsx`, medianMs: pandas.ms, peakMB: pandas.peakMB });
    rows.push({ name: `import ${size} xlsx vs pandas`, medianMs: ours.ms, peakMB: ours.peakMB, baseline: 'pandas read_excel', baselineMs: pandas.ms, target: '< 1 × baseline' });
  } else {
    console.error('import bench: pandas baseline skipped (python3 with pandas + openpyxl not found)');
  }
  return rows;
}

function printTable(rows: BenchRow[]): void {
  for (const r of rows) {
    const ratio = r.baselineMs ? ` vs ${r.baseline} ${r.baselineMs.toFixed(0)} ms (×${(r.medianMs / r.baselineMs).toFixed(2)}; target ${r.target})` : '';
    console.log(`${r.name}: median ${r.medianMs.toFixed(0)} ms, peak ${r.peakMB?.toFixed(0)} MB${ratio}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--child');
  if (i > 0) await child(process.argv[i + 1]!, process.argv[i + 2]!);
  else printTable(await runImportBench());
}
