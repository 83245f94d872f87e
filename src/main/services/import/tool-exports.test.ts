import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../cli/test-cli';
import { tempDir } from './test-helpers';

const FIX = resolve(__dirname, '../../../../tests/fixtures/import/survey-exports');
/** Computed with pandas by tests/fixtures/import/survey-exports/expected.py, not by the import. */
type Expected = {
  rows: number;
  respondents: number;
  questions: number;
  multi: Record<string, number>;
  frequencies: Record<string, Record<string, number>>;
  personal?: string[];
  otherSheets?: Record<string, number>;
  valueLabels?: Record<string, Record<string, string>>;
};
const EXPECTED = JSON.parse(readFileSync(join(FIX, 'expected.json'), 'utf8')) as Record<string, Expected>;

const CASES = [
  { key: 'kobotoolbox/kobo_rank_groups.xlsx', tool: 'kobotoolbox' },
  { key: 'kobotoolbox/kobo_meeting_form_repeats.xlsx', tool: 'kobotoolbox' },
  { key: 'kobotoolbox/kobo_meeting_form_repeats.xlsx#topics_discussed', tool: 'kobotoolbox' },
  { key: 'redcap/redcap_checkboxes_data.csv', tool: 'redcap' },
  { key: 'redcap/redcap_survey_data.csv', tool: 'redcap' },
  { key: 'limesurvey/limesurvey_cikm_third_codetext.csv', tool: 'limesurvey' },
  { key: 'spss/spss_pyreadstat_sample.sav', tool: 'spss' },
] as const;

type Q = { code: string; type: string; scale: string; texts: string };

function questions(study: string): Q[] {
  const db = new Database(study, { readonly: true });
  try {
    return db.prepare('SELECT code, type, scale, texts FROM question ORDER BY position, id').all() as Q[];
  } finally {
    db.close();
  }
}

/** The question whose code is `name` or ends with it (a Kobo group path becomes part of the code). */
function question(study: string, name: string): Q {
  const qs = questions(study);
  const q =
    qs.find((x) => x.code.toLowerCase() === name.toLowerCase()) ??
    qs.find((x) => x.code.toLowerCase().endsWith(`_${name.toLowerCase()}`));
  if (!q) throw new Error(`no question ${name} among ${qs.map((x) => x.code).join(', ')}`);
  return q;
}

describe("real exports of KoboToolbox, REDCap, LimeSurvey and SPSS: the tool's questions only", () => {
  const dir = tempDir();
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
  const studies = new Map<string, string>();
  beforeAll(async () => {
    for (const c of CASES) {
      const study = join(dir, `${c.key.replace(/\W/g, '_')}.tpstudy`);
      expect((await cli('new', study, '--client', 'Test', '--title', c.key)).code).toBe(0);
      // The files are tiny: counts of one or two must show to be compared.
      const db = new Database(study);
      db.prepare('UPDATE study SET anonymity_k = 1').run();
      db.close();
      studies.set(c.key, study);
    }
  });

  for (const c of CASES) {
    const [file, sheet] = c.key.split('#') as [string, string | undefined];
    const sheetArgs = sheet ? ['--sheet', sheet] : [];
    const e = EXPECTED[c.key]!;
    it(`${c.key}: ${c.tool}, ${e.rows} rows, ${e.questions} questions, frequencies as pandas counts them`, async () => {
      const inspect = await cli('inspect', join(FIX, file), ...sheetArgs, '--json');
      expect(inspect.code).toBe(0);
      const facts = JSON.parse(inspect.stdout);
      expect(facts.tool).toBe(c.tool);
      expect(facts.rows).toBe(e.rows);
      if (e.otherSheets)
        expect(
          Object.fromEntries(
            (facts.otherSheets as { name: string; rows: number }[]).map((s) => [s.name, s.rows]),
          ),
        ).toEqual(e.otherSheets);
      for (const p of e.personal ?? []) {
        const col = (facts.columns as { header: string; kind: string; reason: string }[]).find(
          (x) => x.header === p,
        );
        expect(col?.kind, p).toBe('personal');
      }
      const study = studies.get(c.key)!;
      const r = await cli(
        'import',
        study,
        join(FIX, file),
        ...sheetArgs,
        '--wave',
        '2024',
        '--create-questions',
        '--json',
      );
      if (e.questions === 0) {
        // Nothing but bookkeeping and personal data on this sheet: refused, pointing at the others.
        expect(r.code).not.toBe(0);
        expect(r.stderr).toContain('holds only the tool');
        expect(r.stderr).toContain('topics_discussed');
        expect(questions(study)).toEqual([]);
        return;
      }
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const s = JSON.parse(r.stdout);
      expect(s).toMatchObject({ tool: c.tool, rowsRead: e.rows, imported: e.respondents });
      const qs = questions(study);
      expect(qs).toHaveLength(e.questions);
      for (const [name, n] of Object.entries(e.multi)) {
        const q = question(study, name);
        expect(q.type, name).toBe('multi');
        expect(JSON.parse(q.scale).options, name).toHaveLength(n);
      }
      for (const [name, want] of Object.entries(e.frequencies)) {
        const f = await cli('frequencies', study, '--question', question(study, name).code, '--json');
        expect(f.code).toBe(0);
        const got = Object.fromEntries(
          (JSON.parse(f.stdout).counts as { value: string; count: number }[]).map((x) => [x.value, x.count]),
        );
        expect(got, name).toEqual(want);
      }
      for (const [name, labels] of Object.entries(e.valueLabels ?? {})) {
        const scale = JSON.parse(question(study, name).scale);
        const shown =
          scale.kind === 'range'
            ? scale.labels.map((l: { value: number; texts: { en: string } }) => [String(l.value), l.texts.en])
            : scale.options.map((o: { code: string; texts: { en: string } }) => [o.code, o.texts.en]);
        expect(Object.fromEntries(shown), name).toEqual(labels);
      }
    });
  }

  it('SPSS: ordered value labels are a rating scale, the others options; dates are ISO', () => {
    const study = studies.get('spss/spss_pyreadstat_sample.sav')!;
    expect(JSON.parse(question(study, 'myord').scale)).toMatchObject({ kind: 'range', min: 1, max: 3 });
    expect(question(study, 'mylabl').type).toBe('single');
    expect(JSON.parse(question(study, 'mylabl').texts)).toEqual({ en: 'labeled' });
  });
});
