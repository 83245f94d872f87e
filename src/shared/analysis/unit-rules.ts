/**
 * The consultant's unit rules for a background variable (branch, region …): units with fewer than
 * `mergeBelow` respondents are shown together as one "Other" unit, and `excluded` units are left
 * out of breakdowns (their respondents stay in every total). Applied in one place, the grouping
 * layer (`applyUnitRule`), so every breakdown — dashboard, units page, report, PDF, PPTX, xlsx, CLI —
 * sees the same units. Anonymity still holds: "Other" is a group like any other (under k it is
 * hidden, with its reason), and an excluded unit counts as hidden in the suppression of the table,
 * so it cannot be worked out as the total minus the shown units when it is small, nor reveal a
 * hidden unit when it is large.
 */
import { z } from 'zod';
import type { Language } from '../domain/language';
import type { Grouping } from './grouping';

/** The code of the merged unit; never a code of a real answer option (codes have no "*"). */
export const OTHER_CODE = '*other';

export const unitRuleSchema = z.object({
  variable: z.string().trim().min(1).max(64),
  /** Units with fewer respondents than this (in the wave analysed) are merged into "Other". */
  mergeBelow: z.number().int().min(2).max(100_000).optional(),
  /** The merged unit's name per language; default "Other" in the report's language. */
  mergedLabel: z
    .object({
      en: z.string().trim().max(80).optional(),
      nb: z.string().trim().max(80).optional(),
      da: z.string().trim().max(80).optional(),
    })
    .optional(),
  excluded: z.array(z.string().min(1).max(64)).max(500).default([]),
});
export type UnitRule = z.infer<typeof unitRuleSchema>;

export const unitRulesSchema = z.array(unitRuleSchema).max(50);

export const DEFAULT_OTHER_LABEL: Record<Language, string> = { en: 'Other', nb: 'Andre', da: 'Øvrige' };

export function otherLabel(rule: UnitRule, lang: Language): string {
  return rule.mergedLabel?.[lang] || DEFAULT_OTHER_LABEL[lang];
}

/** The rule of a variable (codes compared case-insensitively, as question codes are). */
export function ruleFor(rules: readonly UnitRule[] | undefined, variable: string): UnitRule | undefined {
  return rules?.find((r) => r.variable.toLowerCase() === variable.toLowerCase());
}

/**
 * A grouping with the rule applied: the units under `mergeBelow` (non-empty, not excluded) become
 * one "Other" group, placed after the units and before "no answer"; excluded units are flagged.
 * The "no answer" group (code null) is never merged nor excluded. Without a rule, `g` itself.
 */
export function applyUnitRule(g: Grouping, rule: UnitRule | undefined, lang: Language): Grouping {
  if (!rule || (rule.mergeBelow === undefined && rule.excluded.length === 0)) return g;
  const excludedCodes = new Set(rule.excluded);
  const size = g.groups.map(() => 0);
  for (let i = 0; i < g.index.length; i++) size[g.index[i]!]!++;
  const merge = g.groups.map(
    (x, i) =>
      x.code !== null &&
      !excludedCodes.has(x.code) &&
      rule.mergeBelow !== undefined &&
      size[i]! > 0 &&
      size[i]! < rule.mergeBelow,
  );
  const anyMerged = merge.some(Boolean);
  const groups: Grouping['groups'] = [];
  const excluded: boolean[] = [];
  const to = new Int32Array(g.groups.length);
  const noAnswer = g.groups.findIndex((x) => x.code === null);
  g.groups.forEach((x, i) => {
    if (merge[i] || i === noAnswer) return;
    to[i] = groups.length;
    groups.push(x);
    excluded.push(x.code !== null && excludedCodes.has(x.code));
  });
  if (anyMerged) {
    const other = groups.length;
    groups.push({ code: OTHER_CODE, label: otherLabel(rule, lang) });
    excluded.push(false);
    g.groups.forEach((_, i) => {
      if (merge[i]) to[i] = other;
    });
  }
  if (noAnswer >= 0) {
    to[noAnswer] = groups.length;
    groups.push(g.groups[noAnswer]!);
    excluded.push(false);
  }
  const index = new Int32Array(g.index.length);
  for (let i = 0; i < index.length; i++) index[i] = to[g.index[i]!]!;
  return { code: g.code, label: g.label, groups, index, excluded };
}

/** The codes a rule merges into "Other" in this grouping (for a filter on one of them). */
export function mergedCodes(g: Grouping, rule: UnitRule | undefined): Set<string> {
  const out = new Set<string>();
  if (!rule?.mergeBelow) return out;
  const size = g.groups.map(() => 0);
  for (let i = 0; i < g.index.length; i++) size[g.index[i]!]!++;
  g.groups.forEach((x, i) => {
    if (x.code !== null && !rule.excluded.includes(x.code) && size[i]! > 0 && size[i]! < rule.mergeBelow!)
      out.add(x.code);
  });
  return out;
}
