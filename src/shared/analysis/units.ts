/**
 * Units (branches, departments, account managers): which unit does best at each touchpoint and how
 * consistent delivery is across units. Built on one-way breakdowns, so every anonymity rule holds:
 * only shown groups (n ≥ k, not complementarily hidden) take part, and "no answer" is never a unit.
 */
import type { BreakdownResult, Cell } from './breakdown';
import { isSuppressed } from './dashboard';

export type UnitScore = { code: string; label: string; n: number; score: number };

export type UnitSummary = {
  question: string;
  questionText: string;
  /** 0–100 index for ratings, NPS points for NPS. */
  scoreKind: 'index' | 'nps';
  best: UnitScore | null;
  worst: UnitScore | null;
  /** Spread of the unit scores (units with n ≥ k that are shown). */
  consistency: { units: number; sd: number; range: number; min: number; max: number };
};

function scoreOf(c: Cell): number {
  return c.kind === 'nps' ? c.nps : c.index;
}

/**
 * Best and worst unit and consistency of one breakdown: best = highest score (ties: more
 * respondents, then code); consistency = sample SD (n − 1) and range (max − min) of the shown units'
 * scores — a plain dispersion measure of unit results (as in multi-site benchmarking, e.g. Kaplan &
 * Norton's "variance across units"); NaN with fewer than two units.
 */
export function unitSummary(b: BreakdownResult): UnitSummary {
  const units: UnitScore[] = [];
  for (const g of b.groups) {
    if (g.code === null || isSuppressed(g.result)) continue;
    const s = scoreOf(g.result);
    if (Number.isFinite(s)) units.push({ code: g.code, label: g.label, n: g.result.n, score: s });
  }
  units.sort((a, c) => c.score - a.score || c.n - a.n || (a.code < c.code ? -1 : 1));
  const scores = units.map((u) => u.score);
  const m = scores.length;
  const mean = scores.reduce((s, x) => s + x, 0) / m;
  const sd = m > 1 ? Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (m - 1)) : NaN;
  const max = m ? Math.max(...scores) : NaN;
  const min = m ? Math.min(...scores) : NaN;
  return {
    question: b.question,
    questionText: b.questionText,
    scoreKind: b.statistic === 'nps' ? 'nps' : 'index',
    best: units[0] ?? null,
    worst: m > 1 ? units[m - 1]! : null,
    consistency: { units: m, sd, range: m > 1 ? max - min : NaN, min, max },
  };
}
