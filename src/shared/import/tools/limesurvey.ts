import type { ToolAdapter } from './types';
import { hasAll, headerRow, share } from './header';

/** `CODE`, `CODE[SQ001]` or `CODE[SQ001][SQ002]` — a LimeSurvey field code. */
const CODE = /^([A-Za-z][A-Za-z0-9_]*)((?:\[[A-Za-z0-9_#]{1,40}\])*)$/;
/** "code. question text" and "code. question text [subquestion]" headings. */
const CODE_TEXT = /^([A-Za-z][A-Za-z0-9_]*(?:\[[A-Za-z0-9_#]{1,40}\])*)\.\s+(.*)$/s;

const stripHtml = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** Text and the "[subquestion]" LimeSurvey appends to it. */
function splitSub(text: string): { text: string; subLabel: string | null } {
  const m = /^(.*\S)\s*\[([^[\]]+)\]$/s.exec(text);
  return m
    ? { text: stripHtml(m[1]!), subLabel: stripHtml(m[2]!) }
    : { text: stripHtml(text), subLabel: null };
}

/**
 * LimeSurvey response export (CSV or Excel) in its three heading styles: question codes
 * (`id`, `submitdate`, `Q2[SQ001]`), full question texts ("Response ID", "Date submitted") and
 * "code. text" (`id. Response ID`, `factor[SQ1]. What …? [crop yield]`); answers as codes or as
 * full texts, with the HTML of rich-text labels removed. Checked on
 * tests/fixtures/import/survey-exports/limesurvey (code. text, full answers); codes per the
 * LimeSurvey manual "Export responses".
 */
export const limesurvey: ToolAdapter = {
  id: 'limesurvey',
  name: 'LimeSurvey',
  source: 'real export: limesurvey_cikm_third_codetext.csv; LimeSurvey manual "Export responses"',
  recognise: (input) => {
    const r0 = headerRow(input, 0);
    if (r0[0] === 'id' && (hasAll(r0, 'submitdate', 'lastpage') || hasAll(r0, 'lastpage', 'startlanguage')))
      return { confidence: 0.95, headerRows: 1, multiSeparator: null };
    if (r0[0] === 'response id' && (r0.includes('date submitted') || r0.includes('last page')))
      return { confidence: 0.9, headerRows: 1, multiSeparator: null };
    const raw = (input.rows[0] ?? []).map((c) => c.trim());
    if (/^id\.\s/i.test(raw[0] ?? '') && share(raw, (c) => CODE_TEXT.test(c)) >= 0.8)
      return { confidence: 0.9, headerRows: 1, multiSeparator: null };
    return null;
  },
  ids: ['id', 'response id'],
  bookkeeping: [
    ['submitted', ['submitdate', 'date submitted']],
    ['startTime', ['startdate', 'date started']],
    ['endTime', ['datestamp', 'date last action']],
    ['status', ['lastpage', 'last page']],
    ['language', ['startlanguage', 'start language']],
    ['duration', ['interviewtime', 'total time', /^grouptime\d+$/]],
    ['bookkeeping', ['seed', 'refurl', 'referrer url']],
  ],
  personal: [
    ['ip', ['ipaddr', 'ip address']],
    ['token', ['token', 'access code']],
    ['email', ['email', 'email address']],
    ['name', ['firstname', 'lastname', 'first name', 'last name']],
  ],
  parseHeader: (raw) => {
    const m = CODE_TEXT.exec(raw.trim());
    if (m) return { code: m[1]!, ...splitSub(m[2]!) };
    return CODE.test(raw.trim()) ? { code: raw.trim(), text: raw.trim(), subLabel: null } : null;
  },
  multiOption: (c) => {
    const m = CODE.exec(c.code ?? '');
    if (!m || !m[2] || /other|comment/i.test(m[2])) return null;
    return { question: m[1]!, option: c.subLabel ?? m[2].replace(/^\[|\]$/g, '') };
  },
  otherOf: (c) =>
    /^([A-Za-z][A-Za-z0-9_]*)\[(?:other|comment|[A-Za-z0-9_]+comment)\]$/i.exec(c.code ?? '')?.[1] ?? null,
  labels: 'codes or text',
  cleanCell: (v) => (v.includes('<') || v.includes('&') ? stripHtml(v) : v),
};
