/**
 * What every benchmark shares: the row it reports, medians, timing a whole command (a child process,
 * wall clock, with its peak memory), and the targets' arithmetic.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type BenchRow = {
  name: string;
  medianMs: number;
  peakMB?: number;
  baseline?: string;
  baselineMs?: number;
  /**
   * "≤ 100 ms", "≤ 2 s" (absolute), "≤ 3 × baseline" (ratio), "≤ +1 s over baseline" (difference),
   * "peak ≤ 1536 MB" (the peak memory).
   * A row without a target is context for the others.
   */
  target?: string;
  /** Runs behind the median, and anything a reader must know (a smaller size, a fallback). */
  note?: string;
};

/** A baseline or a step that could not run, and why: printed under the table. */
export type Skipped = { what: string; why: string };

export const root = resolve(import.meta.dirname, '../..');
export const cliBin = join(root, 'bin', 'touchpoint.mjs');
export const benchDir = join(tmpdir(), 'tp-bench');

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

export function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Wall time, peak memory and CPU time (user + system, all threads and children) of a command. */
export type Measure = { ms: number; peakMB: number | null; cpuMs?: number | null };

const TIME = '/usr/bin/time';

/**
 * Runs a command once and returns its wall time (process start included) and peak RSS (through
 * /usr/bin/time when present). Throws with the command's stderr when it fails.
 */
export function timeCommand(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Measure {
  const rss = join(tmpdir(), `tp-bench-rss-${process.pid}.txt`);
  const withTime = existsSync(TIME);
  const [c, a] = withTime ? [TIME, ['-f', '%M %U %S', '-o', rss, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(c, a, {
    cwd: opts.cwd ?? root,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    const last = (r.stderr ?? '').trim().split('\n').pop()?.slice(0, 300) ?? '';
    throw new Error(`exit ${r.status ?? r.signal}: ${last}`);
  }
  let peakMB: number | null = null;
  let cpuMs: number | null = null;
  if (withTime && existsSync(rss)) {
    const [kb, user, sys] = (readFileSync(rss, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (Number.isFinite(kb)) peakMB = kb! / 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user! + sys!) * 1000;
    rmSync(rss, { force: true });
  }
  return { ms, peakMB, cpuMs };
}

/** The median of a list of measures (time and peak memory each). */
export function medianOf(all: Measure[]): Measure {
  const mem = all.map((m) => m.peakMB).filter((x): x is number => x !== null);
  const cpu = all.map((m) => m.cpuMs).filter((x): x is number => typeof x === 'number');
  return {
    ms: median(all.map((m) => m.ms)),
    peakMB: mem.length ? median(mem) : null,
    cpuMs: cpu.length ? median(cpu) : null,
  };
}

/**
 * "CPU 1.2 s": a command's median CPU time, for a note beside its wall time. On a shared machine the
 * wall clock also counts the time the command waited for a core; CPU time does not.
 */
export function cpuNote(m: Measure | null | undefined): string {
  return m?.cpuMs == null ? '' : `CPU ${formatMs(m.cpuMs)}`;
}

/** The runs of one command: the measures of those that succeeded and the errors of those that failed. */
export type Runs = { ok: Measure[]; failed: Error[] };

/** Runs of each command before the counted ones (BENCH_WARMUP, default 1). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);

/**
 * Runs each command `runs` times, interleaved (a, b, c, a, b, c …) so a busy machine slows them
 * alike, after WARMUP runs of each that are not counted: the first run after a build also fills
 * Node's code cache and the system's file cache, which a user pays once, not on every command. A
 * failed run is kept as such (a run that fails is a finding, not noise to retry).
 */
export function interleaved<K extends string>(
  runs: number,
  commands: Record<K, () => Measure>,
): Record<K, Runs> {
  const keys = Object.keys(commands) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, { ok: [], failed: [] }])) as unknown as Record<K, Runs>;
  for (let i = 0; i < WARMUP; i++) {
    for (const k of keys) {
      try {
        log(`  ${k} warm-up ${i + 1}/${WARMUP}: ${commands[k]().ms.toFixed(0)} ms (not counted)`);
      } catch (e) {
        log(`  ${k} warm-up ${i + 1}/${WARMUP} FAILED: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  for (let i = 0; i < runs; i++) {
    for (const k of keys) {
      try {
        const m = commands[k]();
        out[k].ok.push(m);
        log(
          `  ${k} run ${i + 1}/${runs}: ${m.ms.toFixed(0)} ms${m.peakMB ? `, ${m.peakMB.toFixed(0)} MB` : ''}${m.cpuMs != null ? `, CPU ${m.cpuMs.toFixed(0)} ms` : ''}`,
        );
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        out[k].failed.push(err);
        log(`  ${k} run ${i + 1}/${runs} FAILED: ${err.message}`);
      }
    }
  }
  return out;
}

/**
 * The median of the runs that succeeded, or null (then `skipped` says why); failed runs are listed
 * in `skipped` too, beside the median, so a flaky command is not hidden behind its good runs.
 */
export function summarise(r: Runs | undefined, what: string, skipped: Skipped[]): Measure | null {
  if (!r) return null;
  if (r.failed.length)
    skipped.push({
      what,
      why: `${r.failed.length} of ${r.ok.length + r.failed.length} runs failed: ${r.failed[0]!.message}`,
    });
  return r.ok.length ? medianOf(r.ok) : null;
}

/** Times a function in this process: one warm-up (unless the caller has run it), then the median of `runs`. */
export async function timeInProcess(fn: () => unknown, runs: number, warm = true): Promise<number> {
  if (warm) await fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The python that has pandas: Debian's first (apt python3-pandas), then whatever is on PATH. */
export function pythonWithPandas(): string | null {
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', 'import pandas'], { stdio: 'ignore' });
    if (r.status === 0) return py;
  }
  return null;
}

/** 'yes' / 'NO' for a row's target; '–' without one; '?' when it cannot be judged. */
export function targetMet(row: BenchRow): string {
  const t = row.target?.trim();
  if (!t) return '–';
  const mem = /^peak\s*([<≤])\s*([\d.]+)\s*MB$/.exec(t);
  if (mem) {
    if (row.peakMB === undefined) return '?';
    return (mem[1] === '<' ? row.peakMB < Number(mem[2]) : row.peakMB <= Number(mem[2])) ? 'yes' : 'NO';
  }
  const m = /^([<≤])\s*(\+)?\s*([\d.]+)\s*(ms|s|×\s*baseline)?(\s*over baseline)?$/.exec(t);
  if (!m) return '?';
  const [, op, plus, num, unit = 'ms'] = m;
  const limit = Number(num) * (unit === 's' ? 1000 : 1);
  let value: number;
  if (unit.includes('baseline')) {
    if (!row.baselineMs) return '?';
    value = row.medianMs / row.baselineMs;
  } else if (plus) {
    if (row.baselineMs === undefined) return '?';
    value = row.medianMs - row.baselineMs;
  } else value = row.medianMs;
  if (!Number.isFinite(value)) return '?';
  return (op === '<' ? value < limit : value <= limit) ? 'yes' : 'NO';
}

export function formatMs(ms: number): string {
  return ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 100
      ? `${ms.toFixed(0)} ms`
      : `${ms.toFixed(1)} ms`;
}

function ratio(r: BenchRow): string {
  if (r.baselineMs === undefined || !r.baselineMs) return '–';
  if (r.target?.includes('over baseline')) {
    const d = r.medianMs - r.baselineMs;
    return `${d >= 0 ? '+' : '−'}${formatMs(Math.abs(d))}`;
  }
  return `×${(r.medianMs / r.baselineMs).toFixed(2)}`;
}

export function table(rows: BenchRow[]): string {
  const head = ['benchmark', 'median', 'peak', 'baseline', 'baseline median', 'ratio', 'target', 'met?'];
  const body = rows.map((r) => [
    r.name + (r.note ? ` [${r.note}]` : ''),
    formatMs(r.medianMs),
    r.peakMB ? `${r.peakMB.toFixed(0)} MB` : '–',
    r.baseline ?? '–',
    r.baselineMs === undefined ? '–' : formatMs(r.baselineMs),
    ratio(r),
    r.target ?? '–',
    targetMet(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
