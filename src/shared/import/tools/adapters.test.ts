import { describe, expect, it } from 'vitest';
import { detectLayout } from '../layout';
import { buildPlan } from '../plan';
import { convertTable } from '../convert';
import { TOOL_ADAPTERS, detectTool } from './index';
import { personalByContent } from './words';

const plan = (rows: string[][], keepTestResponses = false) => {
  const table = { sheet: 'S', rows };
  const layout = detectLayout(table);
  const p = buildPlan({
    table,
    layout,
    questions: [],
    decimal: '.',
    language: 'en',
    createQuestions: true,
    keepPersonal: false,
    keepTestResponses,
  });
  return { table, layout, p };
};

describe('tool adapters', () => {
  it('every adapter names its source and has a unique id', () => {
    const ids = TOOL_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of TOOL_ADAPTERS) expect(a.source.length, a.id).toBeGreaterThan(10);
  });

  // Headers written from the system-variable table of the Questback EFS "Export" documentation.
  it('Questback EFS: lfdn is the respondent, dispcode, tester and times are bookkeeping', () => {
    const { layout } = plan([
      [
        'lfdn',
        'external_lfdn',
        'tester',
        'dispcode',
        'lastpage',
        'quality',
        'duration',
        'datetime',
        'lastaccs',
        'v_1',
      ],
      ['1', '', '0', '31', '5', '1', '300', '2024-01-02 10:00:00', '2024-01-02 10:05:00', '4'],
    ]);
    expect(layout.tool).toBe('questback');
    expect(layout.columns.filter((c) => c.kind === 'answer').map((c) => c.code ?? c.text)).toEqual(['v_1']);
    expect(layout.columns[0]!.kind).toBe('id');
  });

  // The rest of the EFS table: without the right to see dispcode, URL parameters, host and IP.
  it('Questback EFS: recognised without dispcode; p_000n is bookkeeping, ip_addr and ex_host personal', () => {
    const { layout } = plan([
      [
        'lfdn',
        'tester',
        'lastpage',
        'duration',
        'datetime',
        'lastaccs',
        'p_0001',
        'ex_host',
        'ip_addr',
        'v_1',
      ],
      [
        '1',
        '0',
        '5',
        '-1',
        '2024-01-02 10:00:00',
        '2024-01-02 10:05:00',
        'mail',
        'h.example',
        '10.1.2.3',
        '4',
      ],
    ]);
    expect(layout.tool).toBe('questback');
    const of = (n: string) => layout.columns.find((c) => c.text === n)!;
    expect([of('p_0001').kind, of('tester').reason]).toEqual(['meta', 'status']);
    expect([of('ex_host').reason, of('ip_addr').reason]).toEqual(['ip', 'ip']);
    expect(layout.columns.filter((c) => c.kind === 'answer').map((c) => c.text)).toEqual(['v_1']);
  });

  // EFS's `tester` column: "1" a tester, "0" a participant (the system-variable table).
  it('Questback EFS testers are left out by default, with a count, as Qualtrics test responses', () => {
    const header = ['lfdn', 'tester', 'dispcode', 'lastpage', 'datetime', 'v_1', 'v_2'];
    const rows = [
      header,
      ['1', '0', '31', '3', '2024-01-02 10:00:00', '4', '5'],
      ['2', '1', '31', '3', '2024-01-02 10:01:00', '1', '1'],
      ['3', '0', '31', '3', '2024-01-02 10:02:00', '5', '4'],
      ['4', '1', '22', '2', '2024-01-02 10:03:00', '2', ''],
      ['5', '0', '31', '3', '2024-01-02 10:04:00', '3', '3'],
    ];
    const out = plan(rows);
    expect(out.layout.tool).toBe('questback');
    expect(out.layout.testRows).toEqual([2, 4]);
    const conv = convertTable(out.table, out.layout, out.p.convert, 'missing');
    expect([conv.rows.count, conv.testRows]).toEqual([3, 2]);
    expect([...conv.rows.externalId]).toEqual(['1', '3', '5']);
    const kept = plan(rows, true);
    expect(convertTable(kept.table, kept.layout, kept.p.convert, 'missing').rows.count).toBe(5);
    // Every response a tester's (a project still in testing): kept, and said so.
    const all = plan([header, ['1', '1', '31', '3', '2024-01-02 10:00:00', '4', '5']]);
    expect([all.layout.testRows, all.layout.allTestRows]).toEqual([[], 1]);
  });

  it('an ordinary sheet, a respondent list or a lone lfdn is not claimed by a tool', () => {
    const sheets: string[][][] = [
      [['id', 'name', 'email', 'date', 'satisfaction']],
      // Enalyzer's respondent-list headers and Netigate's list (column A the e-mail): not exports.
      [['firstname', 'lastname', 'email', 'department']],
      [['E-mail', 'Name', 'Gender', 'Customer group']],
      [['lfdn', 'v_1', 'v_2']],
      [['lfdn', 'datetime', 'v_1']],
    ];
    for (const rows of sheets) expect(detectTool(rows), rows[0]!.join()).toBeNull();
    // A workbook is SurveyXact's only with Dataset and Structure, Variables or Labels beside it.
    expect(detectTool([['v_1']], ['Dataset'])).toBeNull();
    expect(detectTool([['v_1']], ['Data', 'Labels'])).toBeNull();
    expect(detectTool([['v_1']], ['Labels', 'Dataset', 'Structure'])?.tool).toBe('surveyxact');
  });

  it('KoboToolbox select_multiple: the joined column and its 0/1 option columns become one question', () => {
    const { layout, p, table } = plan([
      [
        'start',
        'grp/fruit',
        'grp/fruit/apple',
        'grp/fruit/pear',
        'grp/fruit/plum',
        '_id',
        '_uuid',
        '_submission_time',
      ],
      ['2024-01-01', 'apple plum', '1', '0', '1', '1', 'u1', '2024-01-01'],
      ['2024-01-01', 'pear', '0', '1', '0', '2', 'u2', '2024-01-01'],
      ['2024-01-01', 'apple', '1', '0', '0', '3', 'u3', '2024-01-01'],
    ]);
    expect(layout.tool).toBe('kobotoolbox');
    expect(layout.columns.find((c) => c.text === 'grp/fruit')!.reason).toBe('joinedMulti');
    expect(p.created).toHaveLength(1);
    expect(p.created[0]).toMatchObject({ code: 'fruit', type: 'multi' });
    expect(p.created[0]!.scale).toMatchObject({
      kind: 'choice',
      options: [{ code: 'apple' }, { code: 'pear' }, { code: 'plum' }],
    });
    const conv = convertTable(table, layout, p.convert, 'missing');
    expect(conv.rows.columns[0]!.text).toEqual(['apple;plum', 'pear', 'apple']);
  });

  it('REDCap label export: "Label (choice=…)" Checked/Unchecked columns become one question', () => {
    const { layout, p, table } = plan([
      ['Record ID', 'Fruit (choice=Apple)', 'Fruit (choice=Pear)', 'Complete?'],
      ['1', 'Checked', 'Unchecked', 'Complete'],
      ['2', 'Checked', 'Checked', 'Complete'],
    ]);
    expect(layout.tool).toBe('redcap');
    expect(p.created.map((q) => [q.code, q.type])).toEqual([['Fruit', 'multi']]);
    const conv = convertTable(table, layout, p.convert, 'missing');
    expect(conv.rows.columns[0]!.text).toEqual(['Apple', 'Apple;Pear']);
  });

  it('Qualtrics preview and test responses are left out by default, with a count', () => {
    const header = [
      ['StartDate', 'Status', 'DistributionChannel', 'ResponseId', 'Q1'],
      ['Start Date', 'Response Type', 'Distribution Channel', 'Response ID', 'How satisfied?'],
      [
        '{"ImportId":"startDate"}',
        '{"ImportId":"status"}',
        '{"ImportId":"distributionChannel"}',
        '{"ImportId":"_recordId"}',
        '{"ImportId":"QID1"}',
      ],
    ];
    const rows = [
      ...header,
      ['2024-01-01', '0', 'anonymous', 'R_1', '4'],
      ['2024-01-01', '1', 'preview', 'R_2', '5'],
      ['2024-01-01', '0', 'test', 'R_3', '2'],
      ['2024-01-01', '0', 'email', 'R_4', '3'],
    ];
    const out = plan(rows);
    expect(out.layout.testRows).toEqual([4, 5]);
    const conv = convertTable(out.table, out.layout, out.p.convert, 'missing');
    expect([conv.rows.count, conv.testRows]).toEqual([2, 2]);
    const kept = plan(rows, true);
    expect(convertTable(kept.table, kept.layout, kept.p.convert, 'missing').rows.count).toBe(4);
    // A test data set (every response a test, as Qualtrics' generated ones): kept, and said so.
    const all = plan([
      ...header,
      ['2024-01-01', '2', 'anonymous', 'R_1', '4'],
      ['2024-01-01', '2', 'anonymous', 'R_2', '5'],
    ]);
    expect([all.layout.testRows, all.layout.allTestRows]).toEqual([[], 2]);
    expect(convertTable(all.table, all.layout, all.p.convert, 'missing').rows.count).toBe(2);
  });

  it('LimeSurvey "code. text" headings and HTML labels; "other" texts become a comment on their question', () => {
    const { layout, p } = plan([
      ['id. Response ID', 'submitdate. Date submitted', 'q1. Channel?', 'q1[other]. Channel? [Other]'],
      ['1', '2024-01-01', '<b>Web</b>', ''],
      ['2', '2024-01-01', 'Phone &amp; mail', 'fax'],
    ]);
    expect(layout.tool).toBe('limesurvey');
    expect(layout.columns.map((c) => c.kind)).toEqual(['id', 'meta', 'answer', 'answer']);
    expect(p.created.map((q) => [q.code, q.type, q.role])).toEqual([
      ['q1', 'single', expect.any(String)],
      ['q1_other', 'text', 'comment'],
    ]);
    expect(p.created[0]!.scale).toMatchObject({
      options: expect.arrayContaining([
        expect.objectContaining({ code: 'Web' }),
        expect.objectContaining({ code: 'Phone & mail' }),
      ]),
    });
  });

  it('personal data by header in en/nb/da/sv and by content', () => {
    const { layout } = plan([
      ['Navn', 'E-postadresse', 'Telefonnummer', 'Fødselsdato', 'Adress', 'Kontakt', 'Hvor fornøyd?'],
      ['Kari', 'kari@example.no', '+47 912 34 567', '1980-01-01', 'Storgata 1', 'ola@example.no', '4'],
      ['Ola', 'ola@example.no', '+47 913 45 678', '1981-02-02', 'Lillegata 2', 'kari@example.no', '5'],
    ]);
    expect(layout.columns.map((c) => c.reason ?? null)).toEqual([
      'name',
      'email',
      'phone',
      'birthDate',
      'address',
      'emailContent',
      null,
    ]);
    expect(personalByContent(['10.0.0.1', '192.168.1.20'])).toBe('ipContent');
    expect(personalByContent(['59.91 10.75 12 5', '60.39 5.32 0 3'])).toBe(null);
    expect(personalByContent(['59.911491 10.757933 12 5', '60.391263 5.322054 0 3'])).toBe(
      'coordinatesContent',
    );
    expect(personalByContent(['2018-05-06', '1880-05-06'])).toBe(null);
    expect(personalByContent(['10:10:10', '23:10:10'])).toBe(null);
  });

  it('a generic table is no tool', () => {
    expect(
      detectTool([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBeNull();
  });
});

describe('text dates', () => {
  it('reads a column of Nordic, dashed or US dates to ISO by one rule, and says which', () => {
    const table = {
      sheet: 'S',
      rows: [
        ['Dato', 'Date', 'US', 'Ambiguous', 'Q'],
        ['06.05.2018', '06-05-2018', '5/6/2018', '1/2/2018', '4'],
        ['24.12.2019 14:12', '24-12-2019', '12/24/2019', '2/1/2018', '5'],
      ],
    };
    const l = detectLayout(table);
    expect(l.columns.map((c) => c.dateRule ?? null)).toEqual([
      'dd.mm.yyyy',
      'dd-mm-yyyy',
      'mm/dd/yyyy',
      null,
      null,
    ]);
    expect(table.rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['2018-05-06', '2018-05-06', '2018-05-06', '1/2/2018'],
      ['2019-12-24 14:12:00', '2019-12-24', '2019-12-24', '2/1/2018'],
    ]);
    // Read again (the wizard re-reads on every change): the same rules.
    expect(detectLayout(table).columns[0]!.dateRule).toBe('dd.mm.yyyy');
  });
});

describe('SurveyMonkey "Other (please specify)"', () => {
  it('stays out of its multi-select group, as a comment of its own', () => {
    const { p } = plan([
      ['Respondent ID', 'Which channels?', '', '', 'Age'],
      ['', 'Web', 'Phone', 'Other (please specify)', 'Response'],
      ['1', 'Web', '', 'by fax', '30'],
      ['2', '', 'Phone', '', '40'],
      ['3', 'Web', 'Phone', 'a letter', '50'],
    ]);
    expect(p.created.map((q) => [q.type, q.role])).toEqual([
      ['multi', 'other'],
      ['text', 'comment'],
      ['number', 'other'],
    ]);
    expect(p.created[0]!.scale).toMatchObject({ options: [{ code: 'Web' }, { code: 'Phone' }] });
  });
});
