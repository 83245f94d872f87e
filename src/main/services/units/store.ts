import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { UnitRule } from '../../../shared/analysis/unit-rules';
import { unitRuleSchema } from '../../../shared/analysis/unit-rules';
import { readQuestionnaire } from '../store/questionnaire-repo';

/** The study's unit rules, one per background variable, in variable order. */
export function readUnitRules(db: Database): UnitRule[] {
  const rows = db.prepare('SELECT variable, rule FROM unit_rule ORDER BY variable').all() as {
    variable: string;
    rule: string;
  }[];
  return rows.map((r) => {
    const parsed = unitRuleSchema.safeParse(JSON.parse(r.rule));
    if (!parsed.success)
      throw new AppError('STUDY_CORRUPT', `the study file has an unreadable unit rule for ${r.variable}`);
    return parsed.data;
  });
}

/**
 * Replaces the rule of one background variable (a rule that merges nothing and excludes nothing
 * removes it). The variable must be a background question of the questionnaire; excluded codes
 * must be its answer options.
 */
export function writeUnitRule(db: Database, rule: UnitRule): UnitRule[] {
  const valid = unitRuleSchema.parse(rule);
  const q = readQuestionnaire(db).questions.find(
    (x) => x.code.toLowerCase() === valid.variable.toLowerCase(),
  );
  if (!q || q.scale.kind === 'range')
    throw new AppError('INVALID_INPUT', `${valid.variable} is not a background question`, {
      variable: valid.variable,
    });
  const codes = new Set(q.scale.kind === 'choice' ? q.scale.options.map((o) => o.code) : []);
  const unknown = valid.excluded.filter((c) => codes.size > 0 && !codes.has(c));
  if (unknown.length)
    throw new AppError('INVALID_INPUT', `${valid.variable} has no answer ${unknown.join(', ')}`, {
      variable: valid.variable,
      codes: unknown.join(', '),
    });
  const stored = { ...valid, variable: q.code, excluded: [...new Set(valid.excluded)] };
  const now = new Date().toISOString();
  db.transaction(() => {
    if (stored.mergeBelow === undefined && stored.excluded.length === 0)
      db.prepare('DELETE FROM unit_rule WHERE variable = ?').run(q.code);
    else
      db.prepare(
        `INSERT INTO unit_rule (variable, rule, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(variable) DO UPDATE SET variable = excluded.variable, rule = excluded.rule,
           updated_at = excluded.updated_at`,
      ).run(q.code, JSON.stringify(stored), now);
    db.prepare('UPDATE study SET updated_at = ? WHERE id = 1').run(now);
  })();
  return readUnitRules(db);
}
