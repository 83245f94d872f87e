import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { tempDir } from './test-helpers';

const DIR = resolve(__dirname, '../../../../tests/fixtures/import/spss');
const SAV = join(DIR, 'measure.sav');
// Counted by R's foreign::read.spss from the file (measure-counts.R), not by our reader.
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'measure.expected.json'), 'utf8')) as {
  respondents: number;
  region: Record<string, number>;
  tilfreds: Record<string, number>;
  tilfredsMean: number;
};
const REGIONS = { '1': 'Oslo', '2': 'Bergen', '3': 'Trondheim', '4': 'Stavanger' };

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

type Freq = { n: number; counts: { value: string; label: string; count: number | null }[] };

describe('SPSS measurement levels decide what value labels make', () => {
  const dir = tempDir();
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
  const study = join(dir, 'measure.tpstudy');
  beforeAll(async () => {
    expect((await cli('new', study, '--client', 'Test', '--title', 'Levels')).code).toBe(0);
    // Twelve respondents: every count shown, so each can be compared.
    const db = new Database(study);
    db.prepare('UPDATE study SET anonymity_k = 1').run();
    db.close();
  });

  it('a nominal region is a single choice of its four places; an ordinal satisfaction a 1–5 rating', async () => {
    const r = await cli('import', study, SAV, '--wave', '2024', '--create-questions', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.out) as {
      rowsRead: number;
      created: { code: string; type: string; scale: string; reasons: { code: string }[] }[];
    };
    expect(x.rowsRead).toBe(EXPECTED.respondents);
    const by = Object.fromEntries(x.created.map((q) => [q.code, q]));
    expect([by.region!.type, by.region!.scale]).toEqual(['single', '4 options']);
    expect(by.region!.reasons.map((c) => c.code)).toContain('fileNominal');
    expect([by.tilfreds!.type, by.tilfreds!.scale]).toEqual(['rating', '1–5']);
    expect(by.tilfreds!.reasons.map((c) => c.code)).toContain('fileOrdinal');
    expect(by.alder!.type).not.toBe('rating');
    const db = new Database(study, { readonly: true });
    const scale = JSON.parse(
      (db.prepare("SELECT scale FROM question WHERE code = 'region'").get() as { scale: string }).scale,
    ) as { options: { code: string; texts: Record<string, string> }[] };
    db.close();
    expect(Object.fromEntries(scale.options.map((o) => [o.code, Object.values(o.texts)[0]]))).toEqual(
      REGIONS,
    );
  });

  it('frequencies give the counts R counts in the file', async () => {
    const region = JSON.parse(
      (await cli('frequencies', study, '--question', 'region', '--json')).out,
    ) as Freq;
    const regionTotal = Object.values(EXPECTED.region).reduce((a, b) => a + b, 0);
    expect(region.n).toBe(regionTotal);
    for (const c of region.counts)
      if (c.count !== null)
        expect([c.label, c.count]).toEqual([REGIONS[c.value as '1'], EXPECTED.region[c.value]]);
    expect(region.counts.filter((c) => c.count !== null).length).toBe(Object.keys(EXPECTED.region).length);
    const sat = JSON.parse((await cli('frequencies', study, '--question', 'tilfreds', '--json')).out) as Freq;
    // 9 = "Vet ikke" is user-missing: not among the answers.
    expect(sat.n).toBe(Object.values(EXPECTED.tilfreds).reduce((a, b) => a + b, 0));
    for (const c of sat.counts) if (c.count !== null) expect(c.count).toBe(EXPECTED.tilfreds[c.value] ?? 0);
    expect(sat.counts.filter((c) => c.count).length).toBe(Object.keys(EXPECTED.tilfreds).length);
  });
});
