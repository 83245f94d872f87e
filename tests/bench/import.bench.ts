/**
 * Import benchmarks, each a whole command timed the same way (wall clock, process start included,
 * peak memory), interleaved so a busy machine slows all alike:
 * - csv 100,000 × 100: `touchpoint import --create-questions` into a new study, against pandas
 *   `read_csv` (target ≤ 3×) and a bare JavaScript parse into typed columns (context);
 * - xlsx (10,000 × 100 by default: SheetJS alone takes 5–15 s for it on this 2-core machine, and the
 *   ratio hardly depends on the size): the same import, against SheetJS reading the file (target ≤ 1.0×).
 *
 * Standalone: `npx tsx tests/bench/import.bench.ts`. Env: BENCH_CSV_ROWS (100000), BENCH_XLSX_ROWS
 * (10000), BENCH_IMPORT_RUNS (3).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow, Measure, Skipped } from './common';
import {
  benchDir,
  cliBin,
  interleaved,
  log,
  summarise,
  pythonWithPandas,
  root,
  table,
  timeCommand,
} from './common';
import { IMPORT_COLUMNS, importFile } from './data';

const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 100_000);
const XLSX_ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const baselines = join(root, 'tests', 'bench', 'baselines.mjs');

/** `touchpoint new` (untimed), then `touchpoint import` timed: what a user runs on a first wave. */
function cliImport(file: string, tag: string): Measure {
  const study = join(benchDir, `import-${tag}-${process.pid}.tpstudy`);
  rmSync(study, { force: true });
  timeCommand(process.execPath, [cliBin, 'new', study, '--client', 'Bench', '--title', 'Import']);
  try {
    return timeCommand(process.execPath, [
      cliBin,
      'import',
      study,
      file,
      '--wave',
      '2026',
      '--create-questions',
      '--json',
    ]);
  } finally {
    for (const ext of ['', '-wal', '-shm']) rmSync(study + ext, { force: true });
  }
}

function pandasReadCsv(py: string, file: string): Measure {
  const script = [
    'import sys, pandas',
    'df = pandas.read_csv(sys.argv[1])',
    'assert df.shape[1] == int(sys.argv[2]), df.shape',
  ].join('\n');
  return timeCommand(py, ['-c', script, file, String(IMPORT_COLUMNS.length)]);
}

const size = (rows: number) => `${rows / 1000}k × ${IMPORT_COLUMNS.length}`;
const peakNote = (m: Measure | null) => (m?.peakMB ? `peak ${m.peakMB.toFixed(0)} MB` : '');

export async function runImportBench(skipped: Skipped[] = []): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const py = pythonWithPandas();
  if (!py)
    skipped.push({ what: 'pandas read_csv baseline', why: 'no python3 with pandas (apt python3-pandas)' });

  // csv ------------------------------------------------------------------------------------------
  const csv = await importFile(CSV_ROWS, 'csv');
  log(`import bench: csv ${size(CSV_ROWS)}, ${RUNS} runs each`);
  const c = interleaved(RUNS, {
    import: () => cliImport(csv, 'csv'),
    'bare JS parse': () => timeCommand(process.execPath, [baselines, 'parse-csv', csv]),
    ...(py ? { 'pandas read_csv': () => pandasReadCsv(py, csv) } : {}),
  } as Record<'import' | 'bare JS parse' | 'pandas read_csv', () => Measure>);
  const ours = summarise(c.import, 'csv import', skipped);
  const parse = summarise(c['bare JS parse'], 'bare JS parse baseline', skipped);
  const pandas = summarise(c['pandas read_csv'], 'pandas read_csv baseline', skipped);
  if (ours) {
    const name = `csv import ${size(CSV_ROWS)}: touchpoint import --create-questions`;
    const note = `${RUNS} runs; ${peakNote(ours)}`;
    if (pandas)
      rows.push({
        name,
        medianMs: ours.ms,
        peakMB: ours.peakMB ?? undefined,
        baseline: `pandas read_csv (${peakNote(pandas)})`,
        baselineMs: pandas.ms,
        target: '≤ 3 × baseline',
        note,
      });
    if (parse)
      rows.push({
        name,
        medianMs: ours.ms,
        peakMB: ours.peakMB ?? undefined,
        baseline: `bare JS parse into typed columns (${peakNote(parse)})`,
        baselineMs: parse.ms,
        note,
      });
    if (!pandas && !parse) rows.push({ name, medianMs: ours.ms, note });
  }

  // xlsx -----------------------------------------------------------------------------------------
  const xlsx = await importFile(XLSX_ROWS, 'xlsx');
  log(`import bench: xlsx ${size(XLSX_ROWS)}, ${RUNS} runs each`);
  const x = interleaved(RUNS, {
    import: () => cliImport(xlsx, 'xlsx'),
    'SheetJS read': () => timeCommand(process.execPath, [baselines, 'sheetjs', xlsx]),
  });
  const xo = summarise(x.import, 'xlsx import', skipped);
  const xs = summarise(x['SheetJS read'], 'SheetJS read baseline', skipped);
  if (xo)
    rows.push({
      name: `xlsx import ${size(XLSX_ROWS)}: touchpoint import --create-questions`,
      medianMs: xo.ms,
      peakMB: xo.peakMB ?? undefined,
      ...(xs
        ? { baseline: `SheetJS read only (${peakNote(xs)})`, baselineMs: xs.ms, target: '≤ 1.0 × baseline' }
        : {}),
      note: `${RUNS} runs; smaller than 100k to keep the bench short`,
    });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const skipped: Skipped[] = [];
  console.log(table(await runImportBench(skipped)));
  for (const s of skipped) console.log(`could not run: ${s.what}: ${s.why}`);
}
