/**
 * Loading one wave of 100,000 respondents × 40 questions from the study file into typed arrays
 * (`loadWave`, what every analysis starts with): `npx tsx tests/bench/wave-load.ts [rows] [columns]`
 * prints {rows, columns, coldMs, medianMs, cpuMedianMs, runs}. As a module: `measureWaveLoad()`. The study is made
 * once by importing the generated CSV of large-import.ts and cached in the temp folder.
 */
import { existsSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { largeCsv, largeCsvStudy } from './large-import';

export type WaveLoadResult = {
  rows: number;
  columns: number;
  coldMs: number;
  medianMs: number;
  /** Median CPU time of this process per load (user + system): steadier than wall time on a busy machine. */
  cpuMedianMs: number;
  runs: number;
};

async function study(rows: number, columns: number): Promise<string> {
  const path = join(tmpdir(), `tp-wave-load-v2-${rows}x${columns}.tpstudy`);
  if (existsSync(path)) return path;
  const { readFileSync } = await import('node:fs');
  const { openStudyDb } = await import('../../src/main/services/store/db');
  const { runImport } = await import('../../src/main/services/import/commit');
  const part = `${path}.part`;
  await largeCsvStudy(part, columns);
  const csv = largeCsv(rows, columns);
  const db = openStudyDb(part);
  runImport(db, {
    file: { name: 'wave.csv', base64: readFileSync(csv).toString('base64') },
    waveYear: 2026,
    onError: 'abort',
    ifDuplicate: 'ask',
  });
  db.close();
  renameSync(part, path);
  return path;
}

export async function measureWaveLoad(rows = 100_000, columns = 40, runs = 7): Promise<WaveLoadResult> {
  const path = await study(rows, columns);
  const { openStudyDb } = await import('../../src/main/services/store/db');
  const { loadWave } = await import('../../src/main/services/store/responses-repo');
  const db = openStudyDb(path);
  try {
    const wave = (db.prepare('SELECT id FROM wave').get() as { id: number }).id;
    const qids = (db.prepare('SELECT id FROM question ORDER BY id').all() as { id: number }[]).map(
      (q) => q.id,
    );
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const w = loadWave(db, wave, qids, true);
      const c = process.cpuUsage(c0);
      times.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
      if (w.respondentIds.length !== rows) throw new Error(`wave load: ${w.respondentIds.length} of ${rows}`);
    }
    const [coldMs, ...rest] = times;
    rest.sort((a, b) => a - b);
    const warmCpu = cpu.slice(1).sort((a, b) => a - b);
    return {
      rows,
      columns,
      coldMs: coldMs!,
      medianMs: rest[rest.length >> 1]!,
      cpuMedianMs: warmCpu[warmCpu.length >> 1]!,
      runs,
    };
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(
    JSON.stringify(await measureWaveLoad(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 40))),
  );
}
