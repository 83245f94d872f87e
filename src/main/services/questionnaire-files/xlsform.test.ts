import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/api/import';
import type { FileBytes } from '../../../shared/api/study';
import { ok, testDispatch } from './test-context';

const t = testDispatch();
afterAll(() => t.sessions.closeAll());

const sheet = (wb: XLSX.WorkBook, name: string) =>
  XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name]!, { header: 1, raw: false, defval: '' });

describe('the XLSForm export', () => {
  it('writes survey, choices and settings sheets by the XLSForm spec, and a KoboToolbox export maps by code', async () => {
    const s = await t.sample();
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'xlsform' }),
    );
    expect(file.name).toMatch(/– questionnaire \(\w\w\)\.xlsform\.xlsx$/);
    const wb = XLSX.read(Buffer.from(file.base64, 'base64'), { type: 'buffer' });
    const survey = sheet(wb, 'survey');
    const choices = sheet(wb, 'choices');
    const settings = sheet(wb, 'settings');
    expect(survey[0]!.slice(0, 2)).toEqual(['type', 'name']);
    expect(survey[0]).toContain('label::English (en)');
    expect(survey[0]).toContain('label::Norsk bokmål (nb)');
    expect(survey[0]).toContain('required');
    expect(choices[0]!.slice(0, 2)).toEqual(['list_name', 'name']);
    expect(settings[0]).toEqual(['form_title', 'form_id', 'default_language']);
    expect(settings[1]![1]).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);

    const qs = s.o.questionnaire.questions;
    const lists = new Map<string, string[]>();
    for (const r of choices.slice(1)) lists.set(r[0]!, [...(lists.get(r[0]!) ?? []), r[1]!]);
    const begins = survey.filter((r) => r[0] === 'begin_group').length;
    expect(begins).toBe(survey.filter((r) => r[0] === 'end_group').length);
    expect(begins).toBeGreaterThan(0);

    // Every question is a field named by its code, with its scale points (and don't-know codes) as choices.
    const group: string[] = [];
    const columns: string[] = [];
    const values: string[] = [];
    for (const r of survey.slice(1)) {
      if (r[0] === 'begin_group') group.push(r[1]!);
      else if (r[0] === 'end_group') group.pop();
      else {
        const q = qs.find((x) => x.code === r[1]);
        expect(q, r[1]).toBeDefined();
        const [kind, list] = r[0]!.split(' ');
        if (q!.scale.kind === 'range') {
          expect(kind).toBe('select_one');
          const names = lists.get(list!)!;
          expect(names).toContain(String(q!.scale.min));
          expect(names).toContain(String(q!.scale.max));
          for (const m of q!.scale.missingCodes) expect(names).toContain(String(m.value));
          values.push(String(q!.scale.max));
        } else if (q!.type === 'text') {
          expect(kind).toBe('text');
          values.push('Fine');
        } else if (q!.type === 'number') {
          expect(kind).toBe('integer');
          values.push('3');
        } else {
          expect(kind).toBe(q!.type === 'multi' ? 'select_multiple' : 'select_one');
          values.push(lists.get(list!)![0]!);
        }
        columns.push([...group, r[1]!].join('/'));
      }
    }
    expect(columns.length).toBe(qs.length);

    // KoboToolbox's export "without group names in headers" (and ODK Briefcase's) names columns by field name.
    const e = await t.sample();
    const mappedOf = async (header: string[]) => {
      const csv = [
        ['_id', ...header],
        ['1', ...values],
        ['2', ...values],
      ]
        .map((r) => r.join(';'))
        .join('\n');
      const p = ok<ImportPreview>(
        await t.dispatch('import/preview', {
          studyId: e.studyId,
          file: { name: 'kobo.csv', base64: Buffer.from(csv).toString('base64') },
        }),
      );
      return p.columns.slice(1).map((c) => c.questionCode);
    };
    const codes = columns.map((c) => c.split('/').at(-1)!);
    expect(await mappedOf(codes)).toEqual(codes);
    // Kobo's default export prefixes the group path (Stage/Code): mapped by the field name all the same.
    expect(columns.some((c) => c.includes('/'))).toBe(true);
    expect(await mappedOf(columns)).toEqual(codes);
  });
});
