/**
 * Unit rules through the dispatcher on a real study file: the test study's branch B6 has 3
 * respondents, B1–B5 about 47 each (the case of issue 11), plus B7 with 4 moved from B5.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BreakdownResult } from '../../../shared/analysis/breakdown';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import { OTHER_CODE } from '../../../shared/analysis/unit-rules';
import type { Analysed, BreakdownOutput } from '../../../shared/api/analysis';
import type { StudyOverview } from '../../../shared/domain/index';
import { makeSmallBranchStudy } from './test-study-units';
import { gatherAnalyses } from '../report/gather';
import { unitRuleTexts } from '../../../shared/report/sections/method';
import { testDispatch, value } from '../test-dispatch';

const { dir, sessions, dispatch } = testDispatch('tp-units-');
afterAll(() => sessions.closeAll());

async function open(move: number): Promise<string> {
  const { path, db } = makeSmallBranchStudy(mkdtempSync(join(dir, 's-')), move);
  db.close();
  return value<StudyOverview>(await dispatch('study/open', { path })).studyId;
}

async function branchTables(studyId: string, filter?: { variable: string; values: string[] }[]) {
  const r = value<Analysed<BreakdownOutput>>(
    await dispatch('analysis/breakdown', { studyId, variable: 'BRANCH', ...(filter ? { filter } : {}) }),
  );
  if (isSuppressed(r.result)) return { refused: r.result, tables: [] as BreakdownResult[] };
  return { refused: null, tables: r.result.tables as BreakdownResult[] };
}

const hiddenUnits = (t: BreakdownResult) =>
  t.groups.filter((g) => g.code !== null && isSuppressed(g.result)).map((g) => g.code);

describe('unit rules', () => {
  it('the 3-respondent branch merged into "Other" no longer hides any other branch', async () => {
    const studyId = await open(8);
    const before = await branchTables(studyId);
    // without a rule: B6 (3) is hidden, and B7 (8), the smallest branch that can protect it, with it
    expect(before.tables.length).toBeGreaterThan(3);
    for (const t of before.tables) {
      expect(hiddenUnits(t)).toEqual(['B6', 'B7']);
      expect(t.groups.find((g) => g.code === 'B6')!.result).toMatchObject({ reason: 'below-k' });
      expect(t.groups.find((g) => g.code === 'B7')!.result).toMatchObject({
        reason: 'complementary',
        rule: 'total',
      });
    }
    const rules = value<{ rules: unknown[] }>(
      await dispatch('study/setUnitRules', {
        studyId,
        rule: { variable: 'branch', mergeBelow: 10, mergedLabel: { en: 'Other branches' }, excluded: [] },
      }),
    );
    expect(rules.rules).toEqual([
      { variable: 'BRANCH', mergeBelow: 10, mergedLabel: { en: 'Other branches' }, excluded: [] },
    ]);
    const after = await branchTables(studyId);
    expect(after.tables.length).toBe(before.tables.length);
    for (const t of after.tables) {
      expect(hiddenUnits(t)).toEqual([]);
      expect(t.groups.map((g) => g.code)).not.toContain('B6');
      const other = t.groups.find((g) => g.code === OTHER_CODE)!;
      expect(other.label).toBe('Other branches');
      expect(isSuppressed(other.result)).toBe(false);
    }
    // the rule is stored in the study file: a new session reads it back
    expect(value(await dispatch('study/getUnitRules', { studyId }))).toEqual(rules);
  });

  it('"Other" under k is hidden with its reason, and protected like any small group', async () => {
    const studyId = await open(0);
    value(
      await dispatch('study/setUnitRules', {
        studyId,
        rule: { variable: 'BRANCH', mergeBelow: 10, excluded: [] },
      }),
    );
    const { tables } = await branchTables(studyId);
    for (const t of tables) {
      const other = t.groups.find((g) => g.code === OTHER_CODE)!;
      expect(other.label).toBe('Other');
      expect(other.result).toMatchObject({ suppressed: true, reason: 'below-k' });
      const partners = t.groups.filter((g) => isSuppressed(g.result) && g.result.reason === 'complementary');
      expect(partners.length).toBe(1);
      expect(partners[0]!.result).toMatchObject({ rule: 'total', protects: 'group' });
    }
  });

  it('an excluded unit leaves the tables but still protects; a filter to a merged unit is refused', async () => {
    const studyId = await open(0);
    value(
      await dispatch('study/setUnitRules', {
        studyId,
        rule: { variable: 'BRANCH', mergeBelow: 5, excluded: ['B1'] },
      }),
    );
    const { tables } = await branchTables(studyId);
    for (const t of tables) {
      expect(t.groups.map((g) => g.code)).not.toContain('B1');
      // Other = B6 (3) only, under k: its partner is B1, which is excluded and hidden anyway
      expect(t.groups.find((g) => g.code === OTHER_CODE)!.result).toMatchObject({ reason: 'below-k' });
      expect(hiddenUnits(t)).toEqual([OTHER_CODE]);
    }
    const refused = await branchTables(studyId, [{ variable: 'BRANCH', values: ['B6'] }]);
    expect(refused.refused).toMatchObject({ reason: 'filter', rule: 'filter-merged' });
    const excluded = await branchTables(studyId, [{ variable: 'BRANCH', values: ['B1'] }]);
    expect(excluded.refused).toMatchObject({ reason: 'filter', rule: 'filter-reveals-hidden' });
  });

  it('refuses a rule for a question that is not a background question, leaving the file unchanged', async () => {
    const studyId = await open(0);
    const r = await dispatch('study/setUnitRules', { studyId, rule: { variable: 'SAT', excluded: [] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(value(await dispatch('study/getUnitRules', { studyId }))).toEqual({ rules: [] });
  });

  it("the report's method page names the rules, in the report's language", async () => {
    const studyId = await open(8);
    value(
      await dispatch('study/setUnitRules', {
        studyId,
        rule: { variable: 'BRANCH', mergeBelow: 10, mergedLabel: { nb: 'Små filialer' }, excluded: ['B1'] },
      }),
    );
    const db = sessions.get(studyId).db;
    const wave = db.prepare('SELECT id, year FROM wave WHERE year = 2026').get() as {
      id: number;
      year: number;
    };
    const en = gatherAnalyses(db, wave, 'en');
    expect(unitRuleTexts(en.unitRules!, 'en')).toEqual([
      'Units with fewer than 10 respondents are shown together as “Other” (Branch).',
      'Option B1 is left out of breakdowns by Branch; its respondents still count in the totals.',
    ]);
    const nb = gatherAnalyses(db, wave, 'nb');
    expect(unitRuleTexts(nb.unitRules!, 'nb')[0]).toBe(
      'Enheter med færre enn 10 respondenter vises samlet som «Små filialer» (Branch).',
    );
    // the report's units chapter follows the rule too
    expect(en.units!.tables[0]!.groups.map((g) => g.code)).not.toContain('B1');
    expect(en.units!.tables[0]!.groups.map((g) => g.code)).toContain('*other');
  });
});
