import Database from 'better-sqlite3';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { tempDir } from './test-helpers';
import { answerRowsTable } from '../store/answer-rows';

const FIX = resolve(__dirname, '../../../../tests/fixtures/import/survey-exports');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

function freq(study: string, sql: string, ...params: unknown[]) {
  const db = new Database(study, { readonly: true });
  answerRowsTable(db);
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
}

/** Counts of one question's text answers (choice options, comments) in the study. */
function textCounts(study: string, code: string): Record<string, number> {
  const rows = freq(
    study,
    `SELECT a.text AS t, COUNT(*) AS n FROM answer a JOIN question q ON q.id = a.question_id WHERE q.code = ? AND a.missing = 0 GROUP BY a.text`,
    code,
  ) as { t: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

function questionFor(study: string, textLike: string): { code: string; type: string } {
  const q = freq(
    study,
    'SELECT code, type FROM question WHERE texts LIKE ? ORDER BY id',
    `%${textLike}%`,
  )[0] as { code: string; type: string } | undefined;
  if (!q) throw new Error(`no question like ${textLike}`);
  return q;
}

// Expected figures computed with Python's csv module from the raw files (see tests/fixtures/import/README.md).
const CASES = [
  { file: 'google-forms/autistica-form-responses.csv', tool: 'google-forms', rows: 42 },
  { file: 'qualtrics/qualtRics_sample.csv', tool: 'qualtrics', rows: 1 },
  { file: 'qualtrics/qualtRics_sample_legacy.csv', tool: 'qualtrics-legacy', rows: 1 },
  { file: 'qualtrics/Better_Sample_Survey_Better_Sample_Survey.csv', tool: 'qualtrics', rows: 10 },
  { file: 'qualtrics/Many_Different_Question_Types_Sample_Survey.csv', tool: 'qualtrics-legacy', rows: 5 },
  {
    file: 'qualtrics/Many_Different_Question_Types_Sample_Survey__Insights_.csv',
    tool: 'qualtrics',
    rows: 5,
  },
  { file: 'surveymonkey/steak-survey_steak-risk-survey.csv', tool: 'surveymonkey', rows: 550 },
  { file: 'surveymonkey/star-wars-survey_StarWars.csv', tool: 'surveymonkey', rows: 1186 },
] as const;

describe('every real export imports from the CLI with no manual mapping', () => {
  const dir = tempDir();
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
  const studies = new Map<string, string>();
  beforeAll(async () => {
    for (const c of CASES) {
      const study = join(dir, `${c.file.replace(/\W/g, '_')}.tpstudy`);
      const made = await cli('new', study, '--client', 'Test', '--title', c.file);
      expect(made.code).toBe(0);
      studies.set(c.file, study);
    }
  });

  for (const c of CASES) {
    it(`${c.file}: recognised as ${c.tool}, ${c.rows} respondents`, async () => {
      const study = studies.get(c.file)!;
      const inspect = await cli('inspect', join(FIX, c.file), '--json');
      expect(inspect.code).toBe(0);
      expect(JSON.parse(inspect.out).tool).toBe(c.tool);
      const r = await cli(
        'import',
        study,
        join(FIX, c.file),
        '--wave',
        '2024',
        '--create-questions',
        '--json',
      );
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const s = JSON.parse(r.out);
      expect(s).toMatchObject({ tool: c.tool, rowsRead: c.rows, imported: c.rows, skipped: 0 });
      expect(s.waves).toEqual([{ year: 2024, respondents: c.rows }]);
      // Personal data stays out unless asked for.
      const personal = freq(
        study,
        `SELECT code FROM question WHERE lower(texts) LIKE '%ipaddress%' OR lower(texts) LIKE '%email%' OR lower(texts) LIKE '%ip-adresse%'`,
      );
      expect(personal).toEqual([]);
    });
  }

  it('SurveyMonkey steak survey: answers counted as in the file', () => {
    const study = studies.get('surveymonkey/steak-survey_steak-risk-survey.csv')!;
    const smoke = questionFor(study, 'Do you ever smoke cigarettes');
    expect(textCounts(study, smoke.code)).toEqual({ No: 453, Yes: 84 });
    const steak = questionFor(study, 'How do you like your steak');
    expect(textCounts(study, steak.code)).toEqual({
      'Medium rare': 166,
      Medium: 132,
      'Medium Well': 75,
      Well: 36,
      Rare: 23,
    });
    const ids = freq(study, 'SELECT COUNT(DISTINCT external_id) AS n FROM respondent') as { n: number }[];
    expect(ids[0]!.n).toBe(550);
  });

  it('SurveyMonkey Star Wars: multi-select spread over columns becomes one question', async () => {
    const study = studies.get('surveymonkey/star-wars-survey_StarWars.csv')!;
    const seen = questionFor(study, 'Which of the following Star Wars films have you seen');
    expect(seen.type).toBe('multi');
    const ep1 = freq(
      study,
      `SELECT COUNT(*) AS n FROM answer a JOIN question q ON q.id = a.question_id WHERE q.code = ? AND (';' || a.text || ';') LIKE '%;Star Wars: Episode I  The Phantom Menace;%'`,
      seen.code,
    ) as { n: number }[];
    expect(ep1[0]!.n).toBe(673);
    expect(textCounts(study, questionFor(study, 'Have you seen any of the 6 films').code)).toEqual({
      Yes: 936,
      No: 250,
    });
    const f = await cli('frequencies', study, '--question', questionFor(study, 'Han Solo').code, '--json');
    const han = JSON.parse(f.out);
    expect(han.counts.find((c: { value: string }) => c.value === 'Very favorably').count).toBe(610);
    expect(han.missing.noAnswer).toBe(357);
    // The films ranked 1 (favourite) to 6: positions, not a rating on a 1–7 scale.
    expect(questionFor(study, 'Star Wars: Episode I The Phantom Menace').type).toBe('number');
  });

  it('Google Forms: checkbox answers joined by ", " split into options', () => {
    const study = studies.get('google-forms/autistica-form-responses.csv')!;
    const q = questionFor(study, 'personal connection to autism');
    expect(q.type).toBe('multi');
    const rows = freq(
      study,
      `SELECT a.text AS t FROM answer a JOIN question qq ON qq.id = a.question_id WHERE qq.code = ?`,
      q.code,
    ) as { t: string }[];
    const parts = rows.flatMap((r) => r.t.split(';'));
    expect(parts.filter((p) => p === 'I am autistic')).toHaveLength(33);
    expect(parts.filter((p) => p === 'I know someone who is autistic')).toHaveLength(16);
    const comments = questionFor(study, 'What information would you like us to know');
    expect(comments.type).toBe('text');
  });

  it('Qualtrics: field ids become question codes; metadata and ids are recognised', () => {
    const study = studies.get('qualtrics/qualtRics_sample.csv')!;
    const codes = (freq(study, 'SELECT code FROM question ORDER BY id') as { code: string }[]).map(
      (r) => r.code,
    );
    expect(codes.slice(0, 2)).toEqual(['Q1', 'Q2']);
    expect(freq(study, 'SELECT external_id AS id FROM respondent')).toEqual([{ id: 'R_2YPOQ602ER1jkf1' }]);
    expect(textCounts(study, 'Q2')).toEqual({ 'Hello World!': 1 });
    const legacy = studies.get('qualtrics/qualtRics_sample_legacy.csv')!;
    expect(freq(legacy, 'SELECT external_id AS id FROM respondent')).toEqual([{ id: 'R_2YPOQ602ER1jkf1' }]);
  });

  it('Qualtrics: a multiple-answer question split over columns (Q2_1, Q2_2, …) becomes one question', () => {
    const study = studies.get('qualtrics/Many_Different_Question_Types_Sample_Survey__Insights_.csv')!;
    const q = questionFor(study, 'multiple choice multiple answer vertical question');
    expect([q.code, q.type]).toEqual(['Q2', 'multi']);
    const texts = (freq(study, 'SELECT texts FROM question WHERE code = ?', 'Q2')[0] as { texts: string })
      .texts;
    expect(texts).not.toContain('Oranges');
    // Counted in the study itself: the command would hide a count under the anonymity threshold.
    const rows = freq(
      study,
      `SELECT a.text AS t FROM answer a JOIN question qq ON qq.id = a.question_id WHERE qq.code = 'Q2' AND a.missing = 0`,
    ) as { t: string }[];
    const counts: Record<string, number> = {};
    for (const p of rows.flatMap((r) => r.t.split(';'))) counts[p] = (counts[p] ?? 0) + 1;
    expect(counts).toEqual({ Oranges: 5, Blueberries: 4, Strawberries: 5 });
  });
});
