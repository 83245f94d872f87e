import type { ToolAdapter } from './types';
import { headerRow, share } from './header';

/**
 * REDCap "Export data" as CSV, raw (field names, codes) or labels (field labels, choice texts):
 * `record_id`, `redcap_*`, `*_timestamp` and `*_complete` are bookkeeping; a checkbox field is one
 * column per choice, `field___code` with 0/1 (raw) or "Label (choice=Text)" with Checked/Unchecked
 * (labels), which becomes one multiple-choice question. Checked on
 * tests/fixtures/import/survey-exports/redcap (REDCapR test data); the label form per REDCap's
 * "Data Exports, Reports, and Stats" help.
 */
export const redcap: ToolAdapter = {
  id: 'redcap',
  name: 'REDCap',
  source: 'real exports: redcap_survey_data.csv, redcap_checkboxes_data.csv (REDCapR); REDCap export help',
  recognise: (input) => {
    const r0 = headerRow(input, 0);
    const completes = r0.filter((c) => /_complete$/.test(c)).length;
    const raw =
      completes > 0 &&
      (/^(?:record_id|participant_id|study_id)$/.test(r0[0] ?? '') ||
        r0.some((c) => /___[a-z0-9_]+$/.test(c) || /_timestamp$/.test(c) || c.startsWith('redcap_')));
    if (raw) return { confidence: 0.9, headerRows: 1, multiSeparator: null };
    const labels =
      r0[0] === 'record id' && (r0.includes('complete?') || share(r0, (c) => /\(choice=.*\)$/.test(c)) > 0);
    return labels ? { confidence: 0.85, headerRows: 1, multiSeparator: null } : null;
  },
  respondentWeight: false,
  ids: ['record_id', 'record id', 'participant_id', 'study_id'],
  bookkeeping: [
    ['submitted', [/_timestamp$/, 'survey timestamp']],
    ['status', [/_complete$/, 'complete?']],
    [
      'bookkeeping',
      [
        'redcap_survey_identifier',
        'survey identifier',
        'redcap_event_name',
        'event name',
        'redcap_repeat_instrument',
        'repeat instrument',
        'redcap_repeat_instance',
        'repeat instance',
        'redcap_data_access_group',
        'data access group',
      ],
    ],
  ],
  multiOption: (c) => {
    const raw = /^([a-z][a-z0-9_]*?)___([a-z0-9_]+)$/i.exec(c.code ?? c.text);
    if (raw) return { question: raw[1]!, option: raw[2]! };
    const label = /^(.*\S)\s*\(choice=(.+)\)$/s.exec(c.text);
    return label ? { question: label[1]!, option: label[2]! } : null;
  },
  labels: 'codes or text',
};
