import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { tempDir } from './test-helpers';

const FIX = resolve(__dirname, '../../../../tests/fixtures/import');
const NB_FILE = join(FIX, 'scandinavian/nb-kundeundersokelse-win1252.csv');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

type Descriptive = {
  code: string;
  role: string;
  scale: { min: number; max: number };
  result: { index: number; n: number };
};
type Analysis = {
  weighting: { kind: string };
  result: {
    descriptives: Descriptive[];
    nps: { code: string; result: { nps: number; n: number } } | null;
    drivers: { outcome: string; drivers: { code: string }[] } | { error: string } | null;
  };
};

/** The Norwegian file's cells, read here independently of the import (cp1252, `;`, no quoting). */
function nbTable(): { header: string[]; rows: string[][] } {
  const text = new TextDecoder('windows-1252').decode(readFileSync(NB_FILE));
  const [header, ...rows] = text
    .trim()
    .split(/\r\n/)
    .map((l) => l.split(';'));
  return { header: header!, rows };
}

const LABEL: Record<string, number> = {
  'Svært misfornøyd': 1,
  Misfornøyd: 2,
  'Verken fornøyd eller misfornøyd': 3,
  Fornøyd: 4,
  'Svært fornøyd': 5,
};
const mean = (xs: number[], ws?: number[]) => {
  const w = ws ?? xs.map(() => 1);
  return xs.reduce((s, x, i) => s + x * w[i]!, 0) / w.reduce((s, x) => s + x, 0);
};

describe('a Norwegian cp1252 export imported with --create-questions analyses itself', () => {
  const dir = tempDir();
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
  const study = join(dir, 'nb.tpstudy');
  let imported: {
    created: {
      code: string;
      role: string;
      scale: string;
      reason: string;
      reasons: { code: string; params?: Record<string, string | number> }[];
      touchpoint: string | null;
      weighs: string | null;
    }[];
  };
  let plain: Analysis;
  let weighted: Analysis;
  const { header, rows } = nbTable();
  const col = (starts: string) => header.findIndex((h) => h.startsWith(starts));

  beforeAll(async () => {
    expect((await cli('new', study, '--client', 'Kunde', '--title', 'KTI', '--lang', 'nb')).code).toBe(0);
    const r = await cli('import', study, NB_FILE, '--wave', '2026', '--create-questions', '--json');
    expect(r.err).toBe('');
    imported = JSON.parse(r.out);
    const a = await cli('analyze', study, '--json');
    expect(a.code).toBe(0);
    plain = JSON.parse(a.out);
    const w = await cli('analyze', study, '--weight', '--json');
    expect(w.code).toBe(0);
    weighted = JSON.parse(w.out);
  });

  it('prints one line per created question with its role, scale and reason', async () => {
    const roles = Object.fromEntries(imported.created.map((q) => [q.role, q]));
    expect(roles['outcome-recommend']!.scale).toBe('0–10');
    expect(roles['outcome-satisfaction']!.scale).toBe('1–5');
    expect(roles['outcome-satisfaction']!.reason).toMatch(/alt i alt/);
    expect(roles['loyalty']!.reason).toMatch(/velge oss igjen/);
    // The same reasons as codes with the words they quote, for the wizard to word in its language.
    expect(roles['outcome-satisfaction']!.reasons[0]).toMatchObject({ params: { overall: 'alt i alt' } });
    expect(roles['loyalty']!.reasons[0]).toEqual({
      code: 'loyaltyWording',
      params: { word: 'velge oss igjen' },
    });
    expect(roles['outcome-recommend']!.reasons[0]).toMatchObject({ code: 'npsRecommend' });
    expect(roles['importance']!.touchpoint).toBe('Kundeservice');
    expect(imported.created.filter((q) => q.role === 'performance')).toHaveLength(4);
    // The weight column is no question; the comment is a comment.
    expect(imported.created.map((q) => q.role)).not.toContain('other');
    expect(imported.created.some((q) => /vekt/i.test(q.code))).toBe(false);
    const db = new Database(study, { readonly: true });
    try {
      const tps = db.prepare('SELECT texts FROM touchpoint ORDER BY id').all() as { texts: string }[];
      expect(tps.map((t) => JSON.parse(t.texts).nb)).toEqual(['Kundeservice', 'Levering']);
      const imp = db
        .prepare(
          `SELECT p.texts AS t FROM question i JOIN question p ON p.id = i.weighs_question_id WHERE i.role = 'importance'`,
        )
        .get() as { t: string };
      expect(JSON.parse(imp.t).nb).toContain('ventetiden');
    } finally {
      db.close();
    }
    const other = join(dir, 'text.tpstudy');
    expect((await cli('new', other, '--client', 'Kunde', '--title', 'KTI', '--lang', 'nb')).code).toBe(0);
    const text = await cli('import', other, NB_FILE, '--wave', '2026', '--create-questions');
    expect(text.code).toBe(0);
    expect(text.out).toContain('created questions (11):');
    expect(text.out).toMatch(
      /\n {2}\S+ {2}outcome-satisfaction {2}1–5 {2}— .*five-point scale; missing codes: "Vet ikke" = don't know/,
    );
  });

  it('touchpoint inspect suggests the questions, roles, scales and reasons the import creates', async () => {
    const r = await cli('inspect', NB_FILE, '--json');
    expect(r.code).toBe(0);
    const inspected = JSON.parse(r.out) as {
      columns: { header: string; inferredType: string; createdAs: string | null }[];
      questions: typeof imported.created;
    };
    const pick = (q: (typeof imported.created)[number]) => ({
      code: q.code,
      role: q.role,
      scale: q.scale,
      touchpoint: q.touchpoint,
      weighs: q.weighs,
      reason: q.reason,
      reasons: q.reasons,
    });
    expect(inspected.questions.map(pick)).toEqual(imported.created.map(pick));
    const nps = imported.created.find((q) => q.role === 'outcome-recommend')!;
    const npsColumn = inspected.columns.find((c) => c.createdAs === nps.code)!;
    expect(npsColumn.header).toMatch(/anbefale/);
    expect(npsColumn.inferredType).toBe('nps');
    const text = await cli('inspect', NB_FILE);
    expect(text.out).toContain('import --create-questions would create (11):');
    expect(text.out).toMatch(/outcome-recommend 0–10 .*anbefale/);
  });

  it('has the NPS of the 0–10 "anbefale" item', () => {
    const c = col('Hvor sannsynlig');
    const scores = rows.map((r) => Number(r[c]));
    const nps =
      (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) / scores.length;
    expect(plain.result.nps!.result.nps).toBeCloseTo(nps, 6);
  });

  it('indexes satisfaction on the labelled scale’s limits 1–5, not on the answers given', () => {
    const c = col('Alt i alt');
    const points = rows.map((r) => LABEL[r[c]!]).filter((v): v is number => v !== undefined);
    expect(Math.min(...points)).toBe(2); // nobody answered "Svært misfornøyd"
    const byHand = ((mean(points) - 1) / 4) * 100;
    const observed = ((mean(points) - 2) / 3) * 100;
    const d = plain.result.descriptives.find((x) => x.role === 'outcome-satisfaction')!;
    expect(d.scale).toEqual({ min: 1, max: 5 });
    expect(d.result.n).toBe(points.length); // "Vet ikke" is missing, not a value
    expect(d.result.index).toBeCloseTo(byHand, 6);
    expect(Math.abs(d.result.index - observed)).toBeGreaterThan(1);
  });

  it('keeps 99 out of a 1–10 item nobody scored 1 and indexes it on 1–10', () => {
    const c = col('Kundeservice - Hvor fornøyd er du med ventetiden');
    const all = rows.map((r) => Number(r[c]));
    const vals = all.filter((v) => v !== 99);
    expect(all.length - vals.length).toBeGreaterThan(0);
    expect(Math.min(...vals)).toBeGreaterThan(1);
    const d = plain.result.descriptives.find((x) => x.result.n === vals.length && x.role === 'performance')!;
    expect(d.scale).toEqual({ min: 1, max: 10 });
    expect(d.result.index).toBeCloseTo(((mean(vals) - 1) / 9) * 100, 6);
  });

  it('has key drivers: the performance items for overall satisfaction', () => {
    const dr = plain.result.drivers!;
    if ('error' in dr) throw new Error(dr.error);
    const sat = plain.result.descriptives.find((x) => x.role === 'outcome-satisfaction')!;
    expect(dr.outcome).toBe(sat.code);
    expect(dr.drivers).toHaveLength(4);
  });

  it('stores the "vekt" column as respondent weights: weighted ≠ unweighted, as by hand', () => {
    expect(weighted.weighting.kind).toBe('column');
    const c = col('Alt i alt');
    const wc = col('vekt');
    const kept = rows.filter((r) => LABEL[r[c]!] !== undefined);
    const ws = kept.map((r) => Number(r[wc]!.replace(',', '.')));
    const byHand =
      ((mean(
        kept.map((r) => LABEL[r[c]!]!),
        ws,
      ) -
        1) /
        4) *
      100;
    const w = weighted.result.descriptives.find((x) => x.role === 'outcome-satisfaction')!;
    const u = plain.result.descriptives.find((x) => x.role === 'outcome-satisfaction')!;
    expect(w.result.index).toBeCloseTo(byHand, 6);
    expect(Math.abs(w.result.index - u.result.index)).toBeGreaterThan(0.5);
  });
});

const EXPORTS = [
  'survey-exports/surveymonkey/star-wars-survey_StarWars.csv',
  'survey-exports/surveymonkey/steak-survey_steak-risk-survey.csv',
  'survey-exports/qualtrics/Better_Sample_Survey_Better_Sample_Survey.csv',
  'survey-exports/google-forms/autistica-form-responses.csv',
];

describe('real SurveyMonkey, Qualtrics and Google Forms exports: new + import --create-questions + analyze', () => {
  const dir = tempDir();
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
  for (const f of EXPORTS) {
    it(`${f}: analyses with no other step, background variables as segments`, async () => {
      const study = join(dir, `${f.replace(/\W/g, '_')}.tpstudy`);
      expect((await cli('new', study, '--client', 'T', '--title', 'T')).code).toBe(0);
      const r = await cli('import', study, join(FIX, f), '--wave', '2025', '--create-questions', '--json');
      expect(r.code).toBe(0);
      const created = JSON.parse(r.out).created as { code: string; role: string; reason: string }[];
      expect(created.every((q) => q.reason.length > 10)).toBe(true);
      const a = await cli('analyze', study, '--json');
      expect(a.err).toBe('');
      expect(a.code).toBe(0);
      if (f.includes('surveymonkey')) {
        const seg = created.filter((q) => q.role === 'segment').map((q) => q.code);
        expect(seg).toEqual(expect.arrayContaining(['Gender', 'Age', 'Education']));
      }
      if (f.includes('StarWars')) {
        // The six rank columns hold positions (1 = favourite), not ratings: no index, no driver.
        const an = JSON.parse(a.out) as Analysis;
        expect(an.result.descriptives.filter((d) => d.role === 'performance')).toHaveLength(0);
        const ranks = (JSON.parse(r.out).created as { role: string; type: string; text?: string }[]).filter(
          (q) => q.role === 'other' && q.type === 'number',
        );
        expect(ranks).toHaveLength(6);
      }
    });
  }
});
