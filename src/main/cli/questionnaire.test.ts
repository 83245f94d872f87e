import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { addRatingArgs, cli } from './test-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-q-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
});

type Tree = {
  stages: {
    code: string;
    texts: Record<string, string>;
    touchpoints: {
      code: string;
      questions: {
        code: string;
        texts: Record<string, string>;
        scale: { min?: number; max?: number };
        role: string;
        weighs: string | null;
      }[];
    }[];
  }[];
  general: { code: string }[];
};

describe('touchpoint questionnaire', () => {
  it('builds, edits, moves and undoes a questionnaire with the documented commands', async () => {
    const s = join(dir, 's.tpstudy');
    expect(
      (await cli('new', s, '--client', 'ACME AS', '--title', 'Kundeundersøkelse 2026', '--lang', 'nb,en'))
        .code,
    ).toBe(0);
    for (const argv of [
      ['add-stage', s, '--code', 'S1', '--text', 'Kjøp', '--lang', 'nb'],
      ['add-stage', s, '--code', 'S2', '--text', 'Levering', '--lang', 'nb'],
      ['add-touchpoint', s, '--stage', 'S1', '--code', 'TP01', '--text', 'Nettbutikk', '--lang', 'nb'],
      ['add-touchpoint', s, '--stage', 'S2', '--code', 'TP02', '--text', 'Pakken', '--lang', 'nb'],
      addRatingArgs(s, 'TP01', 'TP01_PERF', 'performance', 'Hvor fornøyd er du med nettbutikken?'),
      addRatingArgs(s, 'TP01', 'TP01_IMP', 'importance', 'Hvor viktig er nettbutikken?', [
        '--dont-know',
        '99',
        '--weighs',
        'TP01_PERF',
      ]),
      [
        'add-question',
        s,
        '--touchpoint',
        'general',
        '--code',
        'NPS',
        '--type',
        'nps',
        '--role',
        'outcome-recommend',
        '--text',
        'Anbefale',
        '--lang',
        'nb',
      ],
      ['edit', s, 'TP01_PERF', '--text', 'How satisfied are you with the web shop?', '--lang', 'en'],
      ['move', s, 'TP02', '--to', 'S1', '--position', '1'],
    ]) {
      const r = await cli('questionnaire', ...argv);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const show = await cli('questionnaire', 'show', s, '--json');
    const tree = JSON.parse(show.stdout) as Tree;
    expect(tree.stages.map((x) => x.code)).toEqual(['S1', 'S2']);
    expect(tree.stages[0]!.touchpoints.map((t) => t.code)).toEqual(['TP02', 'TP01']);
    const [perf, imp] = tree.stages[0]!.touchpoints[1]!.questions;
    expect(perf!.texts).toEqual({
      nb: 'Hvor fornøyd er du med nettbutikken?',
      en: 'How satisfied are you with the web shop?',
    });
    expect(imp).toMatchObject({
      code: 'TP01_IMP',
      role: 'importance',
      weighs: 'TP01_PERF',
      scale: { min: 1, max: 10, missingCodes: [{ value: 99, kind: 'dontKnow' }] },
    });
    expect(tree.general.map((q) => q.code)).toEqual(['NPS']);

    const human = await cli('questionnaire', 'show', s, '--lang', 'nb');
    expect(human.stdout).toContain('TP01_IMP');
    expect(human.stdout).toContain('(weighs TP01_PERF)');

    expect((await cli('questionnaire', 'undo', s)).stdout).toBe('undid move');
    const after = JSON.parse((await cli('questionnaire', 'show', s, '--json')).stdout) as Tree;
    expect(after.stages[0]!.touchpoints.map((t) => t.code)).toEqual(['TP01']);
    expect((await cli('questionnaire', 'redo', s)).code).toBe(0);
    expect((await cli('questionnaire', 'remove', s, 'TP01_IMP')).code).toBe(0);
  });

  it('bad input exits non-zero with one line naming the problem', async () => {
    const s = join(dir, 's.tpstudy');
    await cli('new', s, '--client', 'ACME', '--title', 'T');
    await cli('questionnaire', 'add-stage', s, '--code', 'S1', '--text', 'Buy');
    const dup = await cli('questionnaire', 'add-stage', s, '--code', 'S1', '--text', 'Again');
    expect(dup.code).not.toBe(0);
    expect(dup.stderr).toMatch(/S1 is already used/);
    expect(dup.stderr.split('\n').length).toBe(1);
    const scale = await cli(
      'questionnaire',
      'add-question',
      s,
      '--code',
      'Q1',
      '--type',
      'rating',
      '--scale',
      '1-',
      '--text',
      'x',
    );
    expect(scale.code).toBe(2);
    expect(scale.stderr).toMatch(/--scale takes a range/);
    const unknown = await cli('questionnaire', 'edit', s, 'NOPE', '--text', 'x');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/no stage, touchpoint or question has the code NOPE/);
  });
});
