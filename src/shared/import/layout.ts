import { columnLetter } from './cellref';
import { isCodeLike } from './codes';
import { parseNumber } from './number';
import type { RawTable, SourceColumn, SurveyTool, TableLayout } from './table';
import { adapterFor, classifyNames, columnNames, detectTool } from './tools';
import { dateRulesOf, isDateHeader, isExcelSerialColumn, toIsoDate } from './dates';
import type { DateRule } from './dates';
import type { ToolAdapter } from './tools/types';
import { matchesRule, personalByContent } from './tools/words';

export type LayoutOptions = {
  /** Overrides: the first header row (0-based) and how many rows the header takes. */
  headerRow?: number | undefined;
  headerRows?: number | undefined;
  /**
   * The rule chosen for a column's dates (by the consultant, or kept in the import profile): used
   * when every value fits it, else the column is read as detected (the caller refuses the choice).
   */
  dateRule?: ((c: SourceColumn) => DateRule | undefined) | undefined;
};

const isBlank = (r: string[] | undefined) => !r || r.every((c) => c.trim() === '');
const width = (rows: string[][], from: number, to: number) => {
  let w = 0;
  for (let i = from; i < Math.min(to, rows.length); i++) w = Math.max(w, rows[i]!.length);
  return w;
};

/** First row of the table proper: skips blank rows and title rows (a lone text above a wide table). */
function findHeaderRow(rows: string[][]): number {
  const limit = Math.min(rows.length, 20);
  for (let i = 0; i < limit; i++) {
    const r = rows[i]!;
    if (isBlank(r)) continue;
    const filled = r.filter((c) => c.trim() !== '').length;
    if (filled <= 1 && width(rows, i + 1, i + 10) > 2) continue;
    return i;
  }
  return 0;
}

/**
 * How many rows the header takes, for files no tool signature explains: rows under the first whose
 * cells are text where the data below is numeric are header too (a second row of question texts, or
 * sub-labels), up to three.
 */
function countHeaderRows(rows: string[][], headerRow: number): number {
  const start = headerRow + 1;
  const sample = rows.slice(start + 2, start + 202).filter((r) => !isBlank(r));
  if (sample.length === 0) return 1;
  const w = width(rows, headerRow, start + 202);
  const numericCols: number[] = [];
  for (let c = 0; c < w; c++) {
    let filled = 0;
    let num = 0;
    for (const r of sample) {
      const v = (r[c] ?? '').trim();
      if (v === '') continue;
      filled++;
      if (parseNumber(v) !== null) num++;
    }
    if (filled > 0 && num / filled >= 0.9) numericCols.push(c);
  }
  if (numericCols.length === 0) return 1;
  let n = 1;
  for (let i = start; i < Math.min(start + 2, rows.length); i++) {
    const r = rows[i]!;
    const texts = numericCols.filter((c) => (r[c] ?? '').trim() !== '' && parseNumber(r[c]!) === null).length;
    const nums = numericCols.filter((c) => parseNumber(r[c] ?? '') !== null).length;
    if (nums === 0 && texts > 0) n++;
    else break;
  }
  return n;
}

/** Carries a header over the blank cells after it, as SurveyMonkey and merged Excel headers leave them. */
function carried(row: string[], w: number): string[] {
  const out: string[] = [];
  let last = '';
  for (let c = 0; c < w; c++) {
    const v = (row[c] ?? '').trim();
    if (v !== '') last = v;
    out.push(v === '' ? last : v);
  }
  return out;
}

const GENERIC_SUBLABELS = new Set(['response', 'open-ended response', 'svar', 'åpent svar']);

function buildColumns(
  rows: string[][],
  tool: SurveyTool,
  headerRow: number,
  headerRows: number,
  adapter: ToolAdapter | null,
): SourceColumn[] {
  const w = width(rows, headerRow, headerRow + headerRows + 200);
  const h = (i: number) => rows[headerRow + i] ?? [];
  const cols: SourceColumn[] = [];
  const first = h(0);
  const codeRow = first.filter((c) => c.trim() !== '').every(isCodeLike);
  const top = carried(first, w);
  for (let c = 0; c < w; c++) {
    const raw0 = (first[c] ?? '').trim();
    let code: string | null = null;
    let text = raw0;
    let subLabel: string | null = null;
    let group: string | null = null;
    let kindName = raw0;
    if (tool === 'qualtrics' || tool === 'qualtrics-legacy') {
      code = raw0 || null;
      text = (h(1)[c] ?? '').trim() || raw0;
      if (tool === 'qualtrics') {
        const m = /["']ImportId["']\s*:\s*["']([^"']*)["']/.exec(h(2)[c] ?? '');
        kindName = m?.[1] === '_recordId' || m?.[1] === 'responseId' ? 'ResponseId' : (m?.[1] ?? raw0);
      } else kindName = /^V\d+$/.test(raw0) ? (h(1)[c] ?? '').trim() : raw0;
    } else if (tool === 'surveymonkey' || (headerRows >= 2 && !codeRow)) {
      text = top[c] ?? '';
      const sub = (h(headerRows - 1)[c] ?? '').trim();
      subLabel = sub && !GENERIC_SUBLABELS.has(sub.toLowerCase()) && sub !== text ? sub : null;
      const spans =
        (raw0 === '' && c > 0) || ((first[c + 1] ?? '').trim() === '' && top[c + 1] === text && c + 1 < w);
      if (subLabel && spans) group = `g${firstOf(top, c)}`;
      kindName = text;
    } else if (headerRows >= 2 && codeRow) {
      code = raw0 || null;
      text = (h(headerRows - 1)[c] ?? '').trim() || raw0;
    } else if (adapter?.parseHeader && raw0 !== '') {
      const p = adapter.parseHeader(raw0);
      if (p) ({ code, text, subLabel } = p);
      else if (isCodeLike(raw0)) code = raw0;
    } else if (isCodeLike(raw0)) {
      code = raw0;
    }
    const { kind, reason } = classifyNames(adapter, columnNames(kindName, code, text));
    const header = subLabel ? `${text} — ${subLabel}` : text || code || columnLetter(c);
    cols.push({ index: c, letter: columnLetter(c), code, text, subLabel, header, kind, group, reason });
  }
  return cols;
}

function firstOf(top: string[], c: number): number {
  let i = c;
  while (i > 0 && top[i - 1] === top[c]) i--;
  return i;
}

/** Works out where the header is, which tool wrote the file, and what each column holds. */
export function detectLayout(
  table: RawTable,
  sheetNames: readonly string[] = [],
  opts: LayoutOptions = {},
): TableLayout {
  const headerRow = opts.headerRow ?? findHeaderRow(table.rows);
  const guess = detectTool(table.rows.slice(headerRow, headerRow + 3), sheetNames);
  const tool: SurveyTool = guess?.tool ?? 'generic';
  const adapter = adapterFor(tool);
  const headerRows = opts.headerRows ?? guess?.headerRows ?? countHeaderRows(table.rows, headerRow);
  const firstDataRow = headerRow + headerRows;
  if (adapter?.cleanCell) cleanCells(table, firstDataRow, adapter.cleanCell);
  const columns = buildColumns(table.rows, tool, headerRow, headerRows, adapter);
  // A column with neither header nor data is padding from the sheet's used range, not a column.
  const rows = table.rows;
  const values = (i: number) => rows.slice(firstDataRow).map((r) => r[i] ?? '');
  const filled = (i: number) => {
    for (let r = firstDataRow; r < rows.length; r++) if ((rows[r]![i] ?? '').trim() !== '') return true;
    return false;
  };
  // What the content check reads: the first 200 answers, not the whole column of a large file.
  const sample = (i: number) => {
    const out: string[] = [];
    for (let r = firstDataRow; r < rows.length && out.length < 200; r++) {
      const v = rows[r]![i] ?? '';
      if (v.trim() !== '') out.push(v);
    }
    return out;
  };
  const used = columns.filter((col) => col.header !== col.letter || filled(col.index));
  const refined = isoDates(
    table,
    firstDataRow,
    toolColumns(used, adapter, values, filled, sample),
    opts.dateRule,
  );
  for (const c of refined) if (c.joinedMulti) splitJoined(table, firstDataRow, c.index);
  return {
    tool,
    headerRow,
    headerRows,
    firstDataRow,
    columns: refined,
    multiSeparator: guess?.multiSeparator ?? null,
    toolConfidence: guess?.confidence ?? 0,
    ...testRowsOf(adapter, table, refined, firstDataRow),
  };
}

/** The tool's preview and test responses, unless every response is one (then they are kept). */
function testRowsOf(
  adapter: ToolAdapter | null,
  table: RawTable,
  cols: readonly SourceColumn[],
  from: number,
): { testRows: number[]; allTestRows?: number } {
  const rows = testResponseRows(adapter, table, cols, from);
  if (rows.length === 0) return { testRows: [] };
  let data = 0;
  for (let r = from; r < table.rows.length; r++) if (table.rows[r]!.some((c) => c.trim() !== '')) data++;
  return rows.length >= data ? { testRows: [], allTestRows: rows.length } : { testRows: rows };
}

/** The date rules found for a column of a table, kept so that reading the layout again gives them again. */
const DATE_RULES = new WeakMap<RawTable, Map<number, { rule: DateRule | null; rules: DateRule[] }>>();

/**
 * Answer columns of text dates (06.05.2018, 06-05-2018, 5/6/2018), and of Excel day numbers stored
 * as plain numbers under a date header (45231.5 under "Submitted"), are read to ISO values in place,
 * by the one rule the whole column fits, or the rule chosen among those it fits, and the column says
 * which rule and which rules would fit. A column that fits two (03/04/2025) is left as written until
 * one is chosen. A table is read to ISO once: the choice counts at its first reading.
 */
function isoDates(
  table: RawTable,
  from: number,
  cols: SourceColumn[],
  chosen: LayoutOptions['dateRule'],
): SourceColumn[] {
  let found = DATE_RULES.get(table);
  if (!found) DATE_RULES.set(table, (found = new Map()));
  return cols.map((c) => {
    if (c.kind !== 'answer') return c;
    let known = found.get(c.index);
    if (!known) {
      // Only columns that start like a date are looked at, over their first 500 answers.
      const sample: string[] = [];
      const named = isDateHeader(c.code ?? '') || isDateHeader(c.text);
      for (let r = from; r < table.rows.length && sample.length < 500; r++) {
        const v = (table.rows[r]![c.index] ?? '').trim();
        if (v === '') continue;
        if (sample.length === 0 && !/^\d{1,2}[./-]\d{1,2}[./-]\d{4}/.test(v) && !(named && /^\d/.test(v)))
          break;
        sample.push(v);
      }
      // Plain numbers under a date header (Date, Submitted, Dato, Tidspunkt) are Excel day numbers.
      const rules: DateRule[] = named && isExcelSerialColumn(sample) ? ['excel serial'] : dateRulesOf(sample);
      if (rules.length === 0) return c;
      const pick = chosen?.(c);
      const rule = pick && rules.includes(pick) ? pick : rules.length === 1 ? rules[0]! : null;
      found.set(c.index, (known = { rule, rules }));
      if (rule)
        for (let r = from; r < table.rows.length; r++) {
          const row = table.rows[r]!;
          const v = row[c.index] ?? '';
          if (v.trim() !== '') row[c.index] = toIsoDate(v, rule) ?? v;
        }
    }
    return { ...c, dateRule: known.rule, dateRules: known.rules };
  });
}

/** A joined multi-select's cells, "apple plum", rewritten as "apple;plum" (the import's separator). */
function splitJoined(table: RawTable, from: number, index: number): void {
  for (let r = from; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const v = row[index] ?? '';
    if (v.trim() !== '')
      row[index] = v
        .trim()
        .split(/[\s;]+/)
        .join(';');
  }
}

/** Applies the tool's cell cleaning (LimeSurvey's HTML labels) to the data rows, in place. */
function cleanCells(table: RawTable, from: number, clean: (v: string) => string): void {
  for (let r = from; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    for (let c = 0; c < row.length; c++) if (row[c] !== '') row[c] = clean(row[c]!);
  }
}

/**
 * The tool's say over its columns: multiple choice spread over option columns grouped, "other,
 * please specify" texts tied to their question, personal data recognised from what columns hold,
 * and columns with nothing in them left out.
 */
function toolColumns(
  cols: SourceColumn[],
  adapter: ToolAdapter | null,
  values: (i: number) => string[],
  filled: (i: number) => boolean,
  sample: (i: number) => string[],
): SourceColumn[] {
  let out = cols.map((c): SourceColumn => {
    if (c.kind !== 'answer') return c;
    if (!filled(c.index)) return { ...c, kind: 'meta', reason: 'empty' };
    const content = personalByContent(sample(c.index));
    if (content) return { ...c, kind: 'personal', reason: content };
    const other = adapter?.otherOf?.(c) ?? null;
    // Out of its multi-select group: the option columns hold flags or labels, this one free text.
    if (other) return { ...c, otherOf: other, group: null };
    const m = c.group ? null : (adapter?.multiOption?.(c) ?? null);
    if (!m) return c;
    // A raw export's option column has no text of its own ("check___1"): the question is named by its code.
    const text = m.text ?? (c.text === c.code ? m.question : c.text);
    return { ...c, group: `${adapter!.id}:${m.question}`, subLabel: m.option, text };
  });
  if (adapter?.refine) out = adapter.refine(out, values);
  return out;
}

/** The sheet rows the tool's declared marks (`ToolAdapter.testResponses`) make preview or test responses. */
function testResponseRows(
  adapter: ToolAdapter | null,
  table: RawTable,
  cols: readonly SourceColumn[],
  from: number,
): number[] {
  const marks = (adapter?.testResponses ?? []).flatMap((m) => {
    const col = cols.find((c) => columnNames(c.code, c.text).some((n) => matchesRule(n, m.column)));
    return col ? [{ index: col.index, values: new Set(m.values) }] : [];
  });
  if (marks.length === 0) return [];
  const out: number[] = [];
  for (let r = from; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (marks.some((m) => m.values.has((row[m.index] ?? '').trim().toLowerCase()))) out.push(r);
  }
  return out;
}
