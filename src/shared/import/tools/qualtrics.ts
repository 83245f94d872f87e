import type { SourceColumn } from '../table';
import type { NamedColumns, TestResponseMark, ToolAdapter } from './types';
import { headerRow } from './header';

const BOOKKEEPING: NamedColumns = [
  ['respondentId', ['_recordid', 'responseid']],
  ['startTime', ['startdate']],
  ['endTime', ['enddate']],
  ['submitted', ['recordeddate']],
  ['status', ['status', 'progress', 'finished']],
  ['duration', ['duration (in seconds)']],
  ['language', ['userlanguage']],
  ['bookkeeping', ['distributionchannel', 'externalreference', 'q_recaptchascore', 'responseset']],
];
const PERSONAL: NamedColumns = [
  ['name', ['recipientlastname', 'recipientfirstname']],
  ['email', ['recipientemail']],
  ['ip', ['ipaddress']],
  ['coordinates', ['locationlatitude', 'locationlongitude', 'locationaccuracy']],
];

/**
 * Qualtrics preview and test responses: `Status` 1 (preview) / 2 (test) or their texts, or a
 * `DistributionChannel` of preview or test.
 */
const TEST_RESPONSES: readonly TestResponseMark[] = [
  { column: ['status'], values: ['1', '2', 'survey preview', 'survey test'] },
  { column: ['distributionchannel'], values: ['preview', 'test'] },
];

/** Qualtrics writes "Other" text beside its choice as `Q3_4_TEXT`: the text of option 4 of Q3. */
const otherOf = (code: string | null) => /^(.+?)_\d+_TEXT$/i.exec(code ?? '')?.[1] ?? null;

/**
 * A multiple-answer question split into one column per choice: `Q3_2` is choice 2 of Q3, its text
 * "Question - Choice" (or "Question-Choice"). Only columns holding 1 or blank become one question.
 */
function multiOption(c: SourceColumn): { question: string; option: string; text?: string } | null {
  const m = /^(.+)_(\d+)$/.exec(c.code ?? '');
  if (!m) return null;
  const dash = c.text.lastIndexOf('-');
  if (c.subLabel || dash <= 0) return { question: m[1]!, option: c.subLabel ?? m[2]! };
  const option = c.text.slice(dash + 1).trim();
  const text = c.text.slice(0, dash).trim();
  return option && text ? { question: m[1]!, option, text } : { question: m[1]!, option: m[2]! };
}

/**
 * Qualtrics CSV/xlsx export, current form: three header rows (field ids, question texts, ImportId
 * JSON). Checked on the real exports in tests/fixtures/import/survey-exports/qualtrics.
 */
export const qualtrics: ToolAdapter = {
  id: 'qualtrics',
  name: 'Qualtrics',
  source: 'real exports: tests/fixtures/import/survey-exports/qualtrics (qualtRics, QualtricsTools)',
  recognise: (input) =>
    (input.rows[2] ?? []).some((c) => /^\{["']ImportId["']/.test(c))
      ? { confidence: 0.98, headerRows: 3, multiSeparator: ',' }
      : null,
  bookkeeping: BOOKKEEPING,
  personal: PERSONAL,
  testResponses: TEST_RESPONSES,
  multiOption,
  otherOf: (c) => otherOf(c.code),
  labels: 'codes or text',
};

/** Qualtrics' legacy export: `V1…V10` with the names under them, or ResponseID over ResponseID. */
export const qualtricsLegacy: ToolAdapter = {
  id: 'qualtrics-legacy',
  name: 'Qualtrics (legacy export)',
  source: 'real exports: qualtRics_sample_legacy.csv, Many_Different_Question_Types_Sample_Survey.csv',
  recognise: (input) => {
    const r0 = headerRow(input, 0);
    const r1 = headerRow(input, 1);
    const legacy =
      (r0[0] === 'v1' && r0[1] === 'v2' && r1.includes('responseid')) ||
      (r0[0] === 'responseid' && r1[0] === 'responseid' && r0.includes('responseset'));
    return legacy ? { confidence: 0.95, headerRows: 2, multiSeparator: ',' } : null;
  },
  bookkeeping: BOOKKEEPING,
  personal: PERSONAL,
  testResponses: TEST_RESPONSES,
  multiOption,
  otherOf: (c) => otherOf(c.code),
  labels: 'codes or text',
};
