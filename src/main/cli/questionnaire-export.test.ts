import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { addRatingArgs, cli } from './test-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-qx-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
});

type Tree = {
  stages: {
    code: string;
    touchpoints: { code: string; questions: { code: string; weighs: string | null }[] }[];
  }[];
  general: { code: string }[];
};
const codes = (t: Tree) => ({
  stages: t.stages.map((s) => ({
    code: s.code,
    touchpoints: s.touchpoints.map((tp) => ({
      code: tp.code,
      questions: tp.questions.map((x) => `${x.code}>${x.weighs ?? ''}`),
    })),
  })),
  general: t.general.map((g) => g.code),
});

describe('touchpoint questionnaire export and import', () => {
  it('exports a questionnaire to xlsx and imports it into another study with the same tree', async () => {
    const a = join(dir, 'a.tpstudy');
    const b = join(dir, 'b.tpstudy');
    for (const f of [a, b]) {
      expect((await cli('new', f, '--client', 'ACME AS', '--title', 'Kunder', '--lang', 'nb')).code).toBe(0);
    }
    for (const argv of [
      ['add-stage', a, '--code', 'S1', '--text', 'Kjøp', '--lang', 'nb'],
      ['add-touchpoint', a, '--stage', 'S1', '--code', 'TP01', '--text', 'Nettbutikk', '--lang', 'nb'],
      addRatingArgs(a, 'TP01', 'TP01_PERF', 'performance', 'Hvor fornøyd er du med nettbutikken?'),
      addRatingArgs(a, 'TP01', 'TP01_IMP', 'importance', 'Hvor viktig er nettbutikken?', [
        '--weighs',
        'TP01_PERF',
        '--dont-know',
        '99',
      ]),
    ]) {
      const r = await cli('questionnaire', ...argv);
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
    }
    const out = join(dir, 'spørreskjema.xlsx');
    const exp = await cli('questionnaire', 'export', a, '--format', 'xlsx', '--out', out, '--json');
    expect(exp.code, exp.stderr).toBe(0);
    expect(JSON.parse(exp.stdout)).toEqual({ file: out, format: 'xlsx' });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');

    const imp = await cli('questionnaire', 'import', b, out);
    expect(imp.code, imp.stderr).toBe(0);
    expect(imp.stdout).toMatch(/1 stages, 1 touchpoints, 2 questions/);
    const show = async (f: string) =>
      JSON.parse((await cli('questionnaire', 'show', f, '--json')).stdout) as Tree;
    expect(codes(await show(b))).toEqual(codes(await show(a)));
    expect(codes(await show(b)).stages[0]!.touchpoints[0]!.questions).toEqual([
      'TP01_PERF>',
      'TP01_IMP>TP01_PERF',
    ]);
  });

  it('an unknown format or a missing --out is a usage error; a missing source file exits non-zero with one line', async () => {
    const s = join(dir, 's.tpstudy');
    await cli('new', s, '--client', 'ACME', '--title', 'T');
    const out = join(dir, 'x.docx');
    const bad = await cli('questionnaire', 'export', s, '--format', 'docx', '--out', out);
    // a usage error: the first line names the problem, the usage follows
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toMatch(/--format must be one of xlsx, xlsform, limesurvey/);
    expect(existsSync(out)).toBe(false);
    const noOut = await cli('questionnaire', 'export', s, '--format', 'xlsx');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr.split('\n')[0]).toMatch(/--out/);
    const missing = await cli('questionnaire', 'import', s, join(dir, 'nope.xlsx'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/nope\.xlsx: no such file/);
    expect(missing.stderr.split('\n')).toHaveLength(1);
  });
});
