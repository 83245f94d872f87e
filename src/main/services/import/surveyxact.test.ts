import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { detectLayout } from '../../../shared/import/layout';
import { buildPlan } from '../../../shared/import/plan';
import { declaredInference } from './analyze';
import { readImportFile } from './read-file';
import { applySurveyXact } from './surveyxact';

/**
 * A workbook built to the layout of SurveyXact's export as the readSX package reads it
 * (github.com/NIFU-NO/readSX, R/read_surveyxact.R and inst/extdata/ex_survey2.xlsx): sheets Labels
 * (no header: variable, code, label), Dataset (variable names, then codes) and Structure.
 */
function workbook(opts: { structure?: boolean } = {}): Buffer {
  const dataset = [
    ['v_1_1', 'v_1_2', 'v_1_3', 's_1', 's_2', 'i_10', 'stato_1', 'stato_2', 'stato_3', 'stato_4', 'stato_5'],
    [1, 0, 0, '', 2, 1, 0, 0, 0, 1, 0],
    [0, 1, 1, 'Sjakk', 1, 4, 0, 0, 0, 1, 0],
    [1, 0, 1, 'Kor', 3, 3, 0, 0, 1, 0, 0],
    [0, 0, 1, '', 2, 2, 0, 0, 0, 1, 0],
  ];
  const fag = 'Hvilke(t) valgfag hadde du? (flere kryss er mulig)';
  const insp = 'I hvilken grad har du fått inspirasjon fra følgende? - Bøker og blader';
  const status = 'Samlet status';
  const structure = [
    ['questionName', 'variableName', 'questionType', 'subType', 'questionText', 'choiceValue', 'choiceText'],
    ['v_1', 'v_1_1', 'Closed', 'Multiple', fag, 1, 'Design og redesign'],
    ['v_1', 'v_1_2', 'Closed', 'Multiple', fag, 2, 'Forskning i praksis'],
    ['v_1', 'v_1_3', 'Closed', 'Multiple', fag, 3, 'Annet, hvilke(t):'],
    ['s_2', 's_2', 'Closed', 'Single', 'Hvilket utdanningsprogram går du på?', '', ''],
    ['i_10', 'i_10', 'Closed', 'Single', insp, '', ''],
    ...[1, 2, 3, 4, 5].map((n) => [
      'statoverall',
      `stato_${n}`,
      'Closed',
      'Multiple',
      status,
      n,
      ['Ny', 'Distribuert', 'Noen svar', 'Gjennomført', 'Frafalt'][n - 1]!,
    ]),
    ['s_1', 's_1', 'Open', 'String', `${fag} - Annet, hvilke(t):`, '', ''],
  ];
  const labels = [
    ['v_1_1', 0, 'Ikke valgt'],
    ['v_1_1', 1, 'Valgt'],
    ['v_1_2', 0, 'Ikke valgt'],
    ['v_1_2', 1, 'Valgt'],
    ['v_1_3', 0, 'Ikke valgt'],
    ['v_1_3', 1, 'Valgt'],
    ['s_2', 1, 'Idrettsfag'],
    ['s_2', 2, 'Studiespesialisering'],
    ['i_10', 1, 'I liten grad'],
    ['i_10', 2, '2'],
    ['i_10', 3, '3'],
    ['i_10', 4, 'I stor grad'],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(labels), 'Labels');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(dataset), 'Dataset');
  if (opts.structure !== false)
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(structure), 'Structure');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const analyse = (bytes: Buffer) => {
  const file = readImportFile('export.xlsx', bytes);
  const layout = applySurveyXact(detectLayout(file.table, file.sheets), file.extra);
  const plan = buildPlan({
    table: file.table,
    layout,
    questions: [],
    decimal: file.decimal,
    language: 'nb',
    createQuestions: true,
    keepPersonal: false,
    inferColumn: declaredInference(file, 'nb', layout.tool),
  });
  return { file, layout, plan };
};

describe('SurveyXact workbook (Dataset, Structure, Labels)', () => {
  it('reads the Dataset sheet, keeps Structure and Labels beside it, and is recognised', () => {
    const { file, layout } = analyse(workbook());
    expect(file.table.sheet).toBe('Dataset');
    expect([...file.extra.keys()].sort()).toEqual(['Labels', 'Structure']);
    expect(layout.tool).toBe('surveyxact');
  });

  it('one column per option becomes one multiple choice named by the question, its "other" text tied to it', () => {
    const { layout, plan } = analyse(workbook());
    const v1 = plan.created.find((q) => q.code === 'v_1')!;
    expect(v1.type).toBe('multi');
    expect(v1.texts.nb).toBe('Hvilke(t) valgfag hadde du? (flere kryss er mulig)');
    expect(v1.scale).toMatchObject({
      kind: 'choice',
      options: [
        { code: 'Design og redesign' },
        { code: 'Forskning i praksis' },
        { code: 'Annet, hvilke(t):' },
      ],
    });
    expect(layout.columns.find((c) => c.code === 's_1')!.otherOf).toBe('surveyxact:v_1');
    expect(plan.created.find((q) => q.fromColumns.includes(3))!.code).toBe('v_1_other');
  });

  it('the Labels sheet gives the codes their labels: a four-point scale, a choice of two', () => {
    const { plan } = analyse(workbook());
    const i10 = plan.created.find((q) => q.code === 'i_10')!;
    expect(i10.type).toBe('rating');
    expect(i10.texts.nb).toBe('I hvilken grad har du fått inspirasjon fra følgende? - Bøker og blader');
    expect(i10.scale).toMatchObject({
      kind: 'range',
      min: 1,
      max: 4,
      labels: [{ value: 1, texts: { nb: 'I liten grad' } }, { value: 2 }, { value: 3 }, { value: 4 }],
    });
    const s2 = plan.created.find((q) => q.code === 's_2')!;
    expect(s2.type).toBe('single');
    expect(s2.scale).toMatchObject({
      options: [
        { code: '1', texts: { nb: 'Idrettsfag' } },
        { code: '2', texts: { nb: 'Studiespesialisering' } },
      ],
    });
  });

  it('the overall status (statoverall, one column per state) is bookkeeping, not a question', () => {
    const { layout, plan } = analyse(workbook());
    const status = layout.columns.filter((c) => /^stato_/.test(c.code ?? ''));
    expect(status).toHaveLength(5);
    expect(status.every((c) => c.kind === 'meta' && c.reason === 'status')).toBe(true);
    expect(plan.created.map((q) => q.code)).toEqual(['v_1', 'v_1_other', 's_2', 'i_10']);
  });

  it('without a Structure sheet the columns keep their variable names and are not grouped', () => {
    const { layout } = analyse(workbook({ structure: false }));
    expect(layout.tool).toBe('surveyxact');
    expect(layout.columns.find((c) => c.code === 'v_1_1' || c.text === 'v_1_1')!.group).toBeNull();
  });
});
