/**
 * The weighting targets form of Settings: percentages per option of background variables, checked
 * and turned into the study's targets. Pure, so it is tested without a browser.
 */
import type { RakeTarget } from './weighting';

/** A background variable as the form shows it (labels in the UI language). */
export type SegmentVariable = { code: string; label: string; options: { code: string; label: string }[] };

/** One background variable being edited: its code and the population share (%) per option code. */
export type TargetRow = { variable: string | null; shares: Record<string, number | ''> };

export type TargetError =
  | { key: 'errorChoose' }
  | { key: 'errorTwice' | 'errorEmpty' | 'errorRange'; variable: string }
  | { key: 'errorSum'; variable: string; sum: string };

/** Sums within this of 100 % are taken as 100 (rounded shares such as 33.3 + 33.3 + 33.3). */
const SUM_TOLERANCE = 0.15;

/** Stored targets (shares 0–1) as rows of percentages, for editing. */
export function rowsOf(targets: readonly RakeTarget[]): TargetRow[] {
  return targets.map((t) => ({
    variable: t.variable,
    shares: Object.fromEntries(
      Object.entries(t.shares).map(([code, share]) => [code, Math.round(share * 1000) / 10]),
    ),
  }));
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

export function rowSum(row: TargetRow): number {
  return Object.values(row.shares).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
}

/**
 * Checks the rows and turns them into the study's targets (shares 0–1 summing to exactly 1): every
 * row names a background variable, once; every option has a share in 0–100 %; the shares of a
 * variable add up to 100 %. Errors name the variable in the UI language.
 */
export function validateTargets(
  rows: readonly TargetRow[],
  segments: readonly SegmentVariable[],
): { targets: RakeTarget[]; errors: [] } | { targets: null; errors: TargetError[] } {
  const errors: TargetError[] = [];
  const seen = new Set<string>();
  const targets: RakeTarget[] = [];
  for (const row of rows) {
    const seg = segments.find((s) => s.code === row.variable);
    if (!seg) {
      if (!errors.some((e) => e.key === 'errorChoose')) errors.push({ key: 'errorChoose' });
      continue;
    }
    const variable = seg.label;
    if (seen.has(seg.code)) {
      errors.push({ key: 'errorTwice', variable });
      continue;
    }
    seen.add(seg.code);
    const values = seg.options.map((o) => row.shares[o.code]);
    if (values.some((v) => v === undefined || v === '')) {
      errors.push({ key: 'errorEmpty', variable });
      continue;
    }
    const numbers = values as number[];
    if (numbers.some((v) => !Number.isFinite(v) || v < 0 || v > 100)) {
      errors.push({ key: 'errorRange', variable });
      continue;
    }
    const sum = numbers.reduce((s, v) => s + v, 0);
    if (Math.abs(sum - 100) > SUM_TOLERANCE) {
      errors.push({ key: 'errorSum', variable, sum: fmt(sum) });
      continue;
    }
    targets.push({
      variable: seg.code,
      shares: Object.fromEntries(seg.options.map((o, i) => [o.code, numbers[i]! / sum])),
    });
  }
  return errors.length ? { targets: null, errors } : { targets, errors: [] };
}
