import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { answerRowsTable } from '../store/answer-rows';
import { tempDir } from './test-helpers';

const DIR = resolve(__dirname, '../../../../tests/fixtures/import/spss');
const SAV = join(DIR, 'mrsets.sav');
// Counted by R's foreign::read.spss from the file (mrsets-counts.R), not by our reader.
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'mrsets.expected.json'), 'utf8')) as {
  respondents: number;
  kanal: Record<string, number>;
  kanalAnswered: number;
  paaminn: Record<string, number>;
  grunn: Record<string, number>;
  grunnAnswered: number;
};
// The member variables' labels (VARIABLE LABELS and, for $paaminn, VALUE LABELS in mrsets.sps).
const KANAL = { k_web: 'Nettsiden', k_tlf: 'Telefon til kundeservice', k_butik: 'Butikken på Torget' };
const PAAMINN = { r_epost: 'Ja, på e-post', r_sms: 'Ja, på SMS' };

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

function query<T>(study: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(study, { readonly: true });
  answerRowsTable(db);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** How often each option was chosen, from the stored answers ("a;b" per respondent). */
function optionCounts(study: string, code: string): { counts: Record<string, number>; answered: number } {
  const rows = query<{ t: string }>(
    study,
    'SELECT a.text AS t FROM answer a JOIN question q ON q.id = a.question_id WHERE q.code = ? AND a.missing = 0',
    code,
  );
  const counts: Record<string, number> = {};
  for (const r of rows) for (const o of r.t.split(';')) counts[o] = (counts[o] ?? 0) + 1;
  return { counts, answered: rows.length };
}

const byLabel = (labels: Record<string, string>, counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).map(([v, n]) => [labels[v]!, n]));

describe('SPSS multiple-response sets become multi-select questions', () => {
  const dir = tempDir();
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
  const study = join(dir, 'mrsets.tpstudy');
  beforeAll(async () => {
    expect((await cli('new', study, '--client', 'Test', '--title', 'MRSETS')).code).toBe(0);
  });

  it('touchpoint inspect names SPSS and shows each set as one question over its columns', async () => {
    const r = await cli('inspect', SAV, '--json');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.out) as {
      tool: string;
      toolName: string;
      columns: { code: string; header: string; createdAs: string | null; inferredType: string }[];
      questions: { code: string; scale: string }[];
    };
    expect([x.tool, x.toolName]).toEqual(['spss', 'SPSS (.sav)']);
    const kanal = x.columns.filter((c) => c.createdAs === 'kanal');
    expect(kanal.map((c) => [c.code, c.header, c.inferredType])).toEqual(
      Object.entries(KANAL).map(([v, l]) => [v, `Hvilke kanaler har du brukt? — ${l}`, 'multi']),
    );
    expect(x.columns.filter((c) => c.createdAs === 'grunn').map((c) => c.code)).toEqual(['grunn1', 'grunn2']);
    expect(x.questions.map((q) => [q.code, q.scale]).slice(0, 3)).toEqual([
      ['kanal', '3 options'],
      ['grunn', '4 options'],
      ['paaminn', '2 options'],
    ]);
    const text = await cli('inspect', SAV);
    expect(text.out).toContain('tool: SPSS (.sav) (spss)');
    expect(text.out).toMatch(/^ {2}B {4}answer {3}multi .*Hvilke kanaler har du brukt\? — Nettsiden$/m);
    expect(text.out).toMatch(/^ {2}kanal {2}other {2}3 options/m);
  });

  it('imports each set as ONE question whose option counts are those R counts in the file', async () => {
    const r = await cli('import', study, SAV, '--wave', '2024', '--create-questions', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out) as { created: { code: string; reason: string }[] };
    expect(summary).toMatchObject({
      tool: 'spss',
      rowsRead: EXPECTED.respondents,
      imported: EXPECTED.respondents,
    });
    // Each set's question says where it comes from.
    expect(summary.created.slice(0, 3).map((q) => q.reason)).toEqual([
      'from the SPSS multiple-response set $kanal',
      'from the SPSS multiple-response set $grunn',
      'from the SPSS multiple-response set $paaminn',
    ]);
    const questions = query<{ code: string; type: string; texts: string; scale: string }>(
      study,
      'SELECT code, type, texts, scale FROM question ORDER BY id',
    );
    // One question per set; no question of its own for a member variable.
    expect(questions.map((q) => q.code)).toEqual(['kanal', 'grunn', 'paaminn', 'tilfreds', 'kommentar']);
    const kanal = questions[0]!;
    expect(kanal.type).toBe('multi');
    expect(Object.values(JSON.parse(kanal.texts) as Record<string, string>)).toEqual([
      'Hvilke kanaler har du brukt?',
    ]);
    const options = (JSON.parse(kanal.scale) as { options: { texts: Record<string, string> }[] }).options;
    expect(options.map((o) => Object.values(o.texts)[0])).toEqual(Object.values(KANAL));

    expect(optionCounts(study, 'kanal')).toEqual({
      counts: byLabel(KANAL, EXPECTED.kanal),
      answered: EXPECTED.kanalAnswered,
    });
    // Values 1 = yes, 2 = no: only the counted value is a choice.
    expect(optionCounts(study, 'paaminn').counts).toEqual(byLabel(PAAMINN, EXPECTED.paaminn));
    // A category set: each column holds a chosen category's code; the options are the value labels.
    expect(optionCounts(study, 'grunn')).toEqual({
      counts: EXPECTED.grunn,
      answered: EXPECTED.grunnAnswered,
    });
    const grunn = JSON.parse(questions[1]!.scale) as {
      options: { code: string; texts: Record<string, string> }[];
    };
    expect(grunn.options.map((o) => [o.code, Object.values(o.texts)[0]])).toEqual([
      ['1', 'Pris'],
      ['2', 'Åpningstider'],
      ['3', 'Vennlig betjening'],
      ['4', 'Nærhet'],
    ]);
  });

  it("the data check's frequencies give the same n and the counts it shows", async () => {
    const f = await cli('frequencies', study, '--question', 'kanal', '--json');
    expect(f.code).toBe(0);
    const x = JSON.parse(f.out) as { n: number; counts: { label: string; count: number | null }[] };
    expect(x.n).toBe(EXPECTED.kanalAnswered);
    const shown = byLabel(KANAL, EXPECTED.kanal);
    for (const c of x.counts) if (c.count !== null) expect(c.count).toBe(shown[c.label]);
    expect(x.counts.filter((c) => c.count !== null).length).toBeGreaterThan(0);
  });

  it('a set the reader leaves out is named by inspect and by the import summary, the rest imported', async () => {
    const bytes = readFileSync(SAV);
    bytes.write('k_buti_', bytes.indexOf(Buffer.from('k_butik\n', 'latin1')), 'latin1');
    const damaged = join(dir, 'damaged.sav');
    writeFileSync(damaged, bytes);
    const warning = 'Multiple-response set $kanal left out: the file has no variable k_buti_';
    const coded = { code: 'mrsetNoVariable', params: { name: '$kanal', variables: 'k_buti_' } };
    const inspected = await cli('inspect', damaged, '--json');
    expect((JSON.parse(inspected.out) as { readWarnings?: unknown[] }).readWarnings).toEqual([coded]);
    expect((await cli('inspect', damaged)).out).toContain(`note: ${warning}`);
    const other = join(dir, 'damaged.tpstudy');
    expect((await cli('new', other, '--client', 'Test', '--title', 'Damaged')).code).toBe(0);
    const r = await cli('import', other, damaged, '--wave', '2024', '--create-questions', '--json');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out) as { readWarnings?: unknown[]; imported: number };
    expect(summary).toMatchObject({ readWarnings: [coded], imported: EXPECTED.respondents });
    const third = join(dir, 'damaged-text.tpstudy');
    expect((await cli('new', third, '--client', 'Test', '--title', 'Damaged')).code).toBe(0);
    const text = await cli('import', third, damaged, '--wave', '2024', '--create-questions');
    expect(text.out).toContain(`note: ${warning}`);
  });
});
