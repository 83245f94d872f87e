import { describe, expect, it } from 'vitest';
import { detectLayout } from './layout';
import { columnKind, detectTool } from './tools';

// Synthetic header rows in the documented shapes of tools we have no real export of yet (the real
// Qualtrics, SurveyMonkey and Google Forms files are tested in services/import/survey-exports.test.ts).
describe('detectTool', () => {
  it('recognises Microsoft Forms, LimeSurvey, SurveyXact and our template', () => {
    expect(
      detectTool([['ID', 'Start time', 'Completion time', 'Email', 'Name', 'How satisfied?']])?.tool,
    ).toBe('microsoft-forms');
    expect(detectTool([['id', 'submitdate', 'lastpage', 'startlanguage', 'Q1', 'Q2[SQ001]']])?.tool).toBe(
      'limesurvey',
    );
    expect(detectTool([['Q1']], ['Variables', 'Labels', 'Dataset'])?.tool).toBe('surveyxact');
    expect(
      detectTool([
        ['id', 'Q1'],
        ['Respondent id', 'How?'],
      ]),
    ).toMatchObject({ tool: 'template', headerRows: 2, multiSeparator: ';' });
    expect(
      detectTool([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBeNull();
  });

  it('keeps personal data and bookkeeping apart from answers', () => {
    expect(columnKind('Email')).toBe('personal');
    expect(columnKind('IPAddress')).toBe('personal');
    expect(columnKind('V1', 'ResponseID')).toBe('id');
    expect(columnKind('Completion time')).toBe('meta');
    expect(columnKind('Q2[SQ001]')).toBe('answer');
  });

  it('knows respondent ids and weights by their usual names', () => {
    for (const n of [
      'ResponseId',
      'Respondent ID',
      'id',
      '_id',
      'record_id',
      'Response ID',
      'id. Response ID',
    ])
      expect(columnKind(n), n).toBe('id');
    for (const n of ['weight', 'Weight', 'vekt', 'vægt']) expect(columnKind(n), n).toBe('weight');
    expect(columnKind('Weight of parcel (kg)')).toBe('answer');
  });
});

describe('detectLayout', () => {
  it('skips a title row and finds a two-row header over numeric data', () => {
    const rows = [
      ['Kundeundersøkelse 2026'],
      [],
      ['Kunde', 'Nettbutikk', 'Levering'],
      ['', 'Hvor fornøyd …', 'Hvor fornøyd …'],
      ['a', '4', '5'],
      ['b', '3', '2'],
      ['c', '5', '5'],
    ];
    const l = detectLayout({ sheet: 'Ark1', rows });
    expect([l.headerRow, l.headerRows, l.firstDataRow]).toEqual([2, 2, 4]);
    // A first row of code-like names is read as codes, the row under it as the question texts.
    expect(l.columns.map((c) => [c.code, c.text])).toEqual([
      ['Kunde', 'Kunde'],
      ['Nettbutikk', 'Hvor fornøyd …'],
      ['Levering', 'Hvor fornøyd …'],
    ]);
  });
});
