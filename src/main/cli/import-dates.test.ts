import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './test-cli';

const FILE = new URL('../../../tests/fixtures/import/dates/visit-dates-ambiguous.csv', import.meta.url)
  .pathname;

let dir: string;
let study: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-dates-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
  study = join(dir, 'visits.tpstudy');
  const made = await cli('new', study, '--client', 'Nordlys AS', '--title', 'Besøk 2025');
  expect(made.code, made.stderr).toBe(0);
});

type Freq = { counts: { value: string }[] };
const dates = async () => {
  const f = await cli('frequencies', study, '--question', 'Visit_date', '--json');
  expect(f.code, f.stderr).toBe(0);
  return (JSON.parse(f.stdout) as Freq).counts.map((c) => c.value).sort();
};

describe('touchpoint import --date-rule', () => {
  it('inspect says the dates fit both rules; --date-rule by header or letter decides the stored dates', async () => {
    const seen = await cli('inspect', FILE);
    expect(seen.stdout).toContain('dates fit dd/mm/yyyy and mm/dd/yyyy: kept as written');

    const us = await cli(
      'import',
      study,
      FILE,
      '--wave',
      '2025',
      '--create-questions',
      '--date-rule',
      'Visit date=mm/dd/yyyy',
    );
    expect(us.code, us.stderr).toBe(0);
    expect(await dates()).toEqual(['2025-01-02', '2025-03-04', '2025-05-06', '2025-07-08', '2025-11-12']);

    const eu = await cli(
      'import',
      study,
      FILE,
      '--wave',
      '2025',
      '--if-duplicate',
      'replace',
      '--date-rule',
      'B=dd/mm/yyyy',
    );
    expect(eu.code, eu.stderr).toBe(0);
    expect(await dates()).toContain('2025-12-11');
  });

  it('refuses an unknown rule, an unknown column and a rule the dates do not fit, naming the column', async () => {
    const bad = await cli(
      'import',
      study,
      FILE,
      '--create-questions',
      '--date-rule',
      'Visit date=yyyy/dd/mm',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--date-rule Visit date: "yyyy\/dd\/mm" is not a date rule/);
    const nowhere = await cli('import', study, FILE, '--date-rule', 'Visiting=dd/mm/yyyy');
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/has no column "Visiting"/);
    const misfit = await cli('import', study, FILE, '--create-questions', '--date-rule', 'B=dd.mm.yyyy');
    expect(misfit.code).toBe(1);
    expect(misfit.stderr).toMatch(
      /column B \(Visit date\) has dates that fit dd\/mm\/yyyy or mm\/dd\/yyyy, not dd\.mm\.yyyy/,
    );
  });
});
