/**
 * The study's stored rake targets (table weighting_targets, migration 004): read, and set by the
 * consultant after checking them against the questionnaire and against every wave's data.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { RakeTarget } from '../../../shared/analysis/weighting';
import { MAX_RAKE_WEIGHT } from '../../../shared/analysis/weighting';

export function readWeightingTargets(db: Database): RakeTarget[] {
  const row = db.prepare('SELECT targets FROM weighting_targets WHERE id = 1').get() as
    { targets: string } | undefined;
  return row ? (JSON.parse(row.targets) as RakeTarget[]) : [];
}

export function writeWeightingTargets(db: Database, targets: readonly RakeTarget[]): void {
  const now = new Date().toISOString();
  db.transaction(() => {
    if (targets.length === 0) db.prepare('DELETE FROM weighting_targets').run();
    else
      db.prepare(
        `INSERT INTO weighting_targets (id, targets, updated_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET targets = excluded.targets, updated_at = excluded.updated_at`,
      ).run(JSON.stringify(targets), now);
    db.prepare('UPDATE study SET updated_at = ? WHERE id = 1').run(now);
  })();
}

/** Refuses raked weights above MAX_RAKE_WEIGHT (mean 1 over the included respondents). */
export function checkWeightCap(weights: Float64Array, where: string): void {
  let sum = 0;
  let used = 0;
  let max = 0;
  for (const w of weights) {
    if (!(w > 0 && Number.isFinite(w))) continue;
    sum += w;
    used++;
    if (w > max) max = w;
  }
  const top = used ? max / (sum / used) : 0;
  if (top > MAX_RAKE_WEIGHT)
    throw new AppError(
      'WEIGHTING_TARGETS_INVALID',
      `raking: the targets would weight a respondent ${top.toFixed(1)} times the average in ${where} (at most ${MAX_RAKE_WEIGHT} is allowed)`,
      { maxWeight: Number(top.toFixed(3)), cap: MAX_RAKE_WEIGHT },
    );
}
