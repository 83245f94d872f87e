import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertTable } from '../convert';
import { detectLayout } from '../layout';
import { buildPlan } from '../plan';
import { isJoinedSelectMultiple } from './kobotoolbox';

const dir = join(__dirname, '../../../../tests/fixtures/import/survey-exports/kobotoolbox');
const expected = JSON.parse(readFileSync(join(dir, 'kobo_select_multiple_joined.expected.json'), 'utf8')) as {
  respondents: number;
  fruit_liked: Record<string, number>;
  Choose_one: Record<string, number>;
};

describe('KoboToolbox select_multiple exported only as its joined column', () => {
  it('becomes one multi-select with the options split on spaces, counts as computed independently', () => {
    const text = readFileSync(join(dir, 'kobo_select_multiple_joined.csv'), 'utf8');
    const rows = text
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const table = { sheet: 'S', rows };
    const layout = detectLayout(table);
    expect(layout.tool).toBe('kobotoolbox');
    expect(layout.columns.filter((c) => c.kind === 'answer').map((c) => c.text)).toEqual([
      'Choose_one',
      'fruit_liked',
    ]);
    const p = buildPlan({
      table,
      layout,
      questions: [],
      decimal: '.',
      language: 'en',
      createQuestions: true,
      keepPersonal: false,
      keepTestResponses: false,
    });
    const fruit = p.created.find((q) => q.code === 'fruit_liked')!;
    expect(fruit.type).toBe('multi');
    expect(fruit.scale.kind === 'choice' ? fruit.scale.options.map((o) => o.code).sort() : []).toEqual(
      Object.keys(expected.fruit_liked),
    );
    expect(p.created.find((q) => q.code === 'Choose_one')!.type).toBe('single');
    const conv = convertTable(table, layout, p.convert, 'missing');
    const col = conv.rows.columns[p.convert.columns.findIndex((c) => c.question.code === 'fruit_liked')]!;
    expect(col.text).toHaveLength(expected.respondents);
    const counts: Record<string, number> = {};
    for (const t of col.text ?? [])
      for (const o of (t ?? '').split(';')) if (o) counts[o] = (counts[o] ?? 0) + 1;
    expect(counts).toEqual(expected.fruit_liked);
  });

  it('never takes free text or single answers for one', () => {
    expect(isJoinedSelectMultiple(['a b', 'b', 'a', 'a b'])).toBe(true);
    expect(isJoinedSelectMultiple(['The bus was late', 'Friendly staff, thanks', 'Too slow'])).toBe(false);
    expect(isJoinedSelectMultiple(['apples', 'pears', 'apples'])).toBe(false);
    expect(isJoinedSelectMultiple(['one two', 'three four', 'five six', 'seven eight', 'nine ten'])).toBe(
      false,
    );
  });
});
