/**
 * `npm run bench`: every benchmark, one table. Each bench module exports `run…Bench(): Promise<BenchRow[]>`;
 * modules not present (yet) are skipped with a message.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './dashboard.bench';

const BENCHES: { file: string; fn: string }[] = [
  { file: './dashboard.bench.ts', fn: 'runDashboardBench' },
  { file: './shapley.bench.ts', fn: 'runShapleyBench' },
  { file: './import.bench.ts', fn: 'runImportBench' },
];

/** "< 100 ms" / "≤ 2 s" / "< 0.5 × baseline" → met?; unknown forms print "?". */
export function targetMet(row: BenchRow): string {
  const t = row.target?.trim();
  if (!t) return '–';
  const m = /^([<≤]=?)\s*([\d.]+)\s*(ms|s|×\s*baseline|x\s*baseline)?$/.exec(t);
  if (!m) return '?';
  const limit = Number(m[2]);
  const unit = m[3] ?? 'ms';
  const value = unit.includes('baseline')
    ? row.baselineMs
      ? row.medianMs / row.baselineMs
      : NaN
    : unit === 's'
      ? row.medianMs / 1000
      : row.medianMs;
  if (Number.isNaN(value)) return '?';
  return (m[1] === '<' ? value < limit : value <= limit) ? 'yes' : 'NO';
}

function table(rows: BenchRow[]): string {
  const head = ['name', 'median', 'baseline', 'baseline median', 'ratio', 'target', 'met?'];
  const body = rows.map((r) => [
    r.name,
    `${r.medianMs.toFixed(1)} ms`,
    r.baseline ?? '–',
    r.baselineMs === undefined ? '–' : `${r.baselineMs.toFixed(1)} ms`,
    r.baselineMs ? `×${(r.medianMs / r.baselineMs).toFixed(2)}` : '–',
    r.target ?? '–',
    targetMet(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

const rows: BenchRow[] = [];
for (const b of BENCHES) {
  if (!existsSync(fileURLToPath(new URL(b.file, import.meta.url)))) {
    console.error(`skipped ${b.file}: not present`);
    continue;
  }
  const mod = (await import(b.file)) as Record<string, unknown>;
  const run = mod[b.fn];
  if (typeof run !== 'function') {
    console.error(`skipped ${b.file}: it does not export ${b.fn}()`);
    continue;
  }
  console.error(`running ${b.file} …`);
  rows.push(...((await (run as () => Promise<BenchRow[]>)()) as BenchRow[]));
}
console.log(table(rows));
