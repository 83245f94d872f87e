import type { SourceColumn } from '../table';
import type { ColumnValues, ToolAdapter } from './types';
import { headerRow } from './header';

/** Values a select_multiple option column holds: 1 chosen, 0 not, blank not shown. */
const FLAG = /^(?:0|1|true|false)?$/i;
const isFlags = (vs: readonly string[]) => vs.every((v) => FLAG.test(v.trim()));

// The column's full name as the header gives it (`group/question/option`), not its code.
const nameOf = (c: SourceColumn) => c.text.trim();

/** An XML header `group/sub/name` (or `group.name`): the question's code is its name, the last part. */
const XML_NAME = /^[A-Za-z_$][\w$-]*(?:[/.][A-Za-z_$][\w$-]*)*$/;

/**
 * A select_multiple's option columns `q/option` or `q.option` (the export's group separator) beside
 * the joined column `q` ("a b c"): the options become one question, the joined column is left out as
 * their duplicate. Option columns with no joined column are grouped when two or more of them hold
 * only 0/1.
 */
function groupSelectMultiple(cols: SourceColumn[], values: ColumnValues): SourceColumn[] {
  const byName = new Map(cols.map((c) => [nameOf(c), c]));
  const parents = new Map<string, SourceColumn[]>();
  for (const c of cols) {
    if (c.kind !== 'answer') continue;
    const n = nameOf(c);
    const cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('.'));
    if (cut <= 0 || cut === n.length - 1) continue;
    const parent = n.slice(0, cut);
    if (!isFlags(values(c.index))) continue;
    parents.set(parent, [...(parents.get(parent) ?? []), c]);
  }
  const out = new Map(cols.map((c) => [c.index, c]));
  for (const [parent, options] of parents) {
    const joined = byName.get(parent);
    if (!joined && options.length < 2) continue;
    const key = `kobo:${parent}`;
    for (const o of options) {
      const n = nameOf(o);
      const option = n.slice(Math.max(n.lastIndexOf('/'), n.lastIndexOf('.')) + 1);
      out.set(o.index, { ...o, group: key, subLabel: option, text: joined?.text ?? parent });
    }
    if (joined) out.set(joined.index, { ...joined, kind: 'meta', reason: 'joinedMulti' });
  }
  return cols.map((c) => out.get(c.index)!);
}

/** A select_multiple choice name as XLSForm allows it (no spaces, which separate the choices). */
const CHOICE = /^[A-Za-z0-9_][\w.:-]*$/;

/**
 * A select_multiple exported only as its joined column ("apple plum", no 0/1 columns beside it):
 * every answer a list of choice names, at least one answer with two or more, and the names few and
 * repeated (at most 30, each on average in two answers or more), so free text is never taken for one.
 */
export function isJoinedSelectMultiple(values: readonly string[]): boolean {
  const names = new Map<string, number>();
  let answers = 0;
  let joined = false;
  for (const v of values) {
    const t = v.trim();
    if (t === '') continue;
    answers++;
    const parts = t.split(/[\s;]+/);
    if (parts.length > 1) joined = true;
    for (const p of parts) {
      if (!CHOICE.test(p)) return false;
      names.set(p, (names.get(p) ?? 0) + 1);
    }
  }
  if (!joined || names.size > 30 || answers < 3) return false;
  let uses = 0;
  for (const n of names.values()) uses += n;
  return uses >= 2 * names.size;
}

/** The option columns grouped, then joined-only select_multiple columns marked to be split. */
function refine(cols: SourceColumn[], values: ColumnValues): SourceColumn[] {
  return groupSelectMultiple(cols, values).map((c) =>
    c.kind === 'answer' && c.group === null && isJoinedSelectMultiple(values(c.index))
      ? { ...c, joinedMulti: true }
      : c,
  );
}

/**
 * KoboToolbox and ODK exports (xlsx and csv; XML names or labels as headers; `/` or `.` between a
 * group and its questions): the submission bookkeeping (`_id`, `_uuid`, `_submission_time`, `_index`,
 * `start`, `end`, `deviceid` …) is metadata, geopoints and their `_x_latitude` … parts personal data,
 * and a select_multiple (joined "a b c" and/or 0/1 per option; the joined column alone split on its
 * spaces) one question. Repeat groups come as
 * extra sheets with `_parent_index`. Checked on tests/fixtures/import/survey-exports/kobotoolbox;
 * ODK Central's names (SubmissionDate, meta-instanceID, KEY) per its "Submissions CSV" documentation.
 */
export const kobotoolbox: ToolAdapter = {
  id: 'kobotoolbox',
  name: 'KoboToolbox / ODK',
  source:
    'real exports: kobo_rank_groups.xlsx, kobo_meeting_form_repeats.xlsx (kobo-transfer); ODK Central docs',
  recognise: (input) => {
    const r0 = headerRow(input, 0);
    if (r0.includes('_uuid') && (r0.includes('_submission_time') || r0.includes('_index')))
      return { confidence: 0.95, headerRows: 1, multiSeparator: null };
    if (r0.includes('_parent_index') && r0.includes('_index'))
      return { confidence: 0.9, headerRows: 1, multiSeparator: null };
    if (
      r0[0] === 'submissiondate' &&
      (r0.includes('key') || r0.includes('meta-instanceid') || r0.includes('meta:instanceid'))
    )
      return { confidence: 0.9, headerRows: 1, multiSeparator: null };
    return null;
  },
  ids: ['_id', '_uuid', 'key', 'meta-instanceid', 'meta:instanceid', 'meta/instanceid'],
  bookkeeping: [
    ['startTime', ['start']],
    ['endTime', ['end']],
    ['submitted', ['_submission_time', 'submissiondate', 'today']],
    ['status', ['_status', '_validation_status', 'reviewstate', 'status', '$edited', 'edits']],
    [
      'device',
      ['deviceid', 'subscriberid', 'simserial', 'username', '_submitted_by', 'submitterid', 'submittername'],
    ],
    ['formVersion', ['__version__', 'formversion', '_xform_id_string', 'formhub/uuid', 'meta/instancename']],
    [
      'bookkeeping',
      [
        '_index',
        '_notes',
        '_tags',
        '_attachments',
        'audit',
        '_parent_index',
        '_parent_table_name',
        'parent_key',
        'attachmentspresent',
        'attachmentsexpected',
        'meta/deprecatedid',
        /^_submission__/,
      ],
    ],
  ],
  personal: [
    ['coordinates', ['_geolocation', /^_.+_(?:latitude|longitude|altitude|precision)$/]],
    ['phone', ['phonenumber']],
  ],
  parseHeader: (raw) => {
    const t = raw.trim();
    if (!XML_NAME.test(t) || !t.includes('/')) return null;
    return { code: t.split('/').pop()!, text: t, subLabel: null };
  },
  multiOption: () => null,
  refine,
  labels: 'codes or text',
};
