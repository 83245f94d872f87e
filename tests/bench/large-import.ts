/**
 * A large CSV import, end to end through the import job runner the CLI and the app use, for the bench
 * and for measuring memory: `npx tsx tests/bench/large-import.ts [rows] [columns]` (defaults 1,000,000
 * × 40) prints one JSON line {rows, columns, fileMB, ms, cpuMs, imported, peakMB}. Run it under
 * `/usr/bin/time -v` for the kernel's peak RSS. As a module: `largeCsv()` writes (and caches) the file,
 * `importLargeCsv()` imports it into a fresh study in a temp folder and removes the study again.
 *
 * In `npm run bench` (BENCH_LARGE=1, `runLargeImportBench`): `touchpoint import` of the 1,000,000 × 40
 * file into a study with its questions, as a user runs it, one run, with the process's peak memory
 * (target ≤ 1.5 GB; BENCH_LARGE_ROWS for another size).
 *
 * Content: a respondent id, two segment columns (REGION 1–5, CHANNEL text), ratings 1–5 with blanks and
 * "don't know" = 9, the last column NPS 0–10; deterministic for (rows, columns).
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { addQuestion as addQuestionFn } from '../../src/main/services/store/questionnaire-repo';
import { mulberry32 } from '../../src/shared/stats/rng';
import type { BenchRow } from './common';
import { benchDir, cliBin, cpuNote, log, timeCommand } from './common';

const CHANNELS = ['Nettbutikk', 'Butikk', 'Telefon', 'App'];

/** Question codes of the generated file, after the id column. */
export function largeCsvCodes(columns: number): string[] {
  return ['REGION', 'CHANNEL', ...Array.from({ length: columns - 3 }, (_, i) => `Q${i + 1}`), 'NPS'];
}

/** Writes the CSV once per (rows, columns) into the temp folder and returns its path. */
export function largeCsv(rows = 1_000_000, columns = 40): string {
  const path = join(tmpdir(), `tp-large-import-v1-${rows}x${columns}.csv`);
  if (existsSync(path)) return path;
  const rnd = mulberry32(rows * 131 + columns);
  const codes = largeCsvCodes(columns);
  const fd = openSync(`${path}.part`, 'w');
  let buf = `id,${codes.join(',')}\n`;
  for (let i = 0; i < rows; i++) {
    const mood = rnd();
    let line = `R${100000000 + i},${1 + Math.floor(rnd() * 5)},${CHANNELS[Math.floor(rnd() * 4)]}`;
    for (let c = 3; c < columns; c++) {
      const u = rnd();
      line +=
        u < 0.05 ? ',' : u < 0.07 ? ',9' : `,${Math.min(5, 1 + Math.floor((mood * 0.6 + rnd() * 0.4) * 5))}`;
    }
    line += `,${Math.min(10, Math.floor((mood * 0.6 + rnd() * 0.4) * 11))}\n`;
    buf += line;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  renameSync(`${path}.part`, path);
  return path;
}

type AddQuestion = typeof addQuestionFn;

/** The questions of the generated file: two segments, ratings 1–5 with "don't know" = 9, NPS. */
function addQuestions(db: Parameters<AddQuestion>[0], addQuestion: AddQuestion, columns: number): void {
  for (const code of largeCsvCodes(columns)) {
    const texts = { en: code };
    if (code === 'REGION' || code === 'CHANNEL')
      addQuestion(db, {
        code,
        type: 'single',
        role: 'segment',
        scale: { kind: 'choice', options: [] },
        texts,
      });
    else
      addQuestion(db, {
        code,
        type: code === 'NPS' ? 'nps' : 'rating',
        role: code === 'NPS' ? 'outcome-recommend' : 'performance',
        scale:
          code === 'NPS'
            ? { kind: 'range', min: 0, max: 10, labels: [], missingCodes: [] }
            : { kind: 'range', min: 1, max: 5, labels: [], missingCodes: [{ value: 9, kind: 'dontKnow' }] },
        texts,
      });
  }
}

/** Creates a study file at `target` with the questions of the generated file (for CLI runs). */
export async function largeCsvStudy(target: string, columns: number): Promise<void> {
  const { createStudyFile } = await import('../../src/main/services/study/study-service');
  const { addQuestion } = await import('../../src/main/services/store/questionnaire-repo');
  const db = createStudyFile(target, { client: 'Bench', title: 'Large import', languages: ['en'] });
  db.transaction(() => addQuestions(db, addQuestion, columns))();
  db.close();
}

export type LargeImportResult = {
  rows: number;
  columns: number;
  fileMB: number;
  ms: number;
  /** CPU time of the import (user + system), steadier than wall time on a shared machine. */
  cpuMs: number;
  imported: number;
  peakMB: number;
};

/** Imports the file into a new study with matching questions; throws when the import fails. */
export async function importLargeCsv(path: string, columns: number): Promise<LargeImportResult> {
  const { readFileSync } = await import('node:fs');
  const { createStudyFile } = await import('../../src/main/services/study/study-service');
  const { addQuestion } = await import('../../src/main/services/store/questionnaire-repo');
  const { runJobInThread } = await import('../../src/main/services/import/job-runner');
  type Msg = Parameters<Parameters<typeof runJobInThread>[2]>[0];
  const dir = mkdtempSync(join(tmpdir(), 'tp-large-'));
  const file = join(dir, 'large.tpstudy');
  const db = createStudyFile(file, { client: 'Bench', title: 'Large import', languages: ['en'] });
  try {
    db.transaction(() => addQuestions(db, addQuestion, columns))();
    const name = path.split('/').pop()!;
    const input = {
      file: { name, base64: readFileSync(path).toString('base64') },
      waveYear: 2026,
      onError: 'abort' as const,
      ifDuplicate: 'ask' as const,
    };
    let end: Msg | null = null;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    // The input is this run's own, as a worker's is: the base64 text goes once decoded.
    runJobInThread(
      db,
      { path: file, input, cancel: new SharedArrayBuffer(8) },
      (m) => {
        if (m.type !== 'progress') end = m;
      },
      true,
    );
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const last = end as Msg | null;
    if (last?.type !== 'done') throw new Error(`large import failed: ${JSON.stringify(last)}`);
    return {
      rows: last.outcome.imported,
      columns,
      fileMB: statSync(path).size / 1e6,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      imported: last.outcome.imported,
      peakMB: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bench's row: `touchpoint import` of the large file, one run, wall time and peak memory. */
export async function runLargeImportBench(): Promise<BenchRow[]> {
  const rows = Number(process.env.BENCH_LARGE_ROWS ?? 1_000_000);
  const columns = 40;
  log(`large import: writing the ${rows} × ${columns} csv (once; cached in the temp folder)`);
  const csv = largeCsv(rows, columns);
  mkdirSync(benchDir, { recursive: true });
  const study = join(benchDir, `large-${process.pid}.tpstudy`);
  rmSync(study, { force: true });
  await largeCsvStudy(study, columns);
  log(`large import: touchpoint import, ${(statSync(csv).size / 1e6).toFixed(0)} MB`);
  try {
    const m = timeCommand(process.execPath, [cliBin, 'import', study, csv, '--wave', '2026', '--json']);
    return [
      {
        name: `csv import ${rows.toLocaleString('en')} × ${columns}: touchpoint import [1 run]`,
        medianMs: m.ms,
        ...(m.peakMB === null ? {} : { peakMB: m.peakMB }),
        target: 'peak ≤ 1536 MB',
        note: cpuNote(m),
      },
    ];
  } finally {
    for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(study + ext, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const columns = Number(process.argv[3] ?? 40);
  const path = largeCsv(rows, columns);
  // `--study FILE`: only write the CSV and a matching study, for `touchpoint import FILE CSV`.
  const s = process.argv.indexOf('--study');
  if (s > 0) {
    await largeCsvStudy(process.argv[s + 1]!, columns);
    console.log(path);
  } else console.log(JSON.stringify(await importLargeCsv(path, columns)));
}
