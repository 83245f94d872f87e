import { MISSING } from '../domain/questionnaire';
import type { Question } from '../domain/questionnaire';
import { cellRef } from './cellref';
import type { DecimalSeparator } from './number';
import type { Answer, RecodeTarget } from './recode';
import { recodeCell } from './recode';
import type { RawTable, TableLayout } from './table';

export const ISSUE_CODES = ['OUT_OF_RANGE', 'NOT_A_NUMBER', 'UNKNOWN_LABEL', 'DUPLICATE_ID', 'EMPTY_ROW'] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One finding of the validation report, with its place in the file as the user's spreadsheet names it. */
export type ImportIssue = {
  cell: string;
  /** 0-based row and column in the sheet. */
  row: number;
  column: number;
  code: IssueCode;
  severity: 'error' | 'warning';
  message: string;
  value: string;
  questionCode: string | null;
};

export type OnError = 'missing' | 'skip-row' | 'abort';

/** One column to import: into `question`; for a column of a spread multiple-choice group, its option. */
export type PlanColumn = {
  column: number;
  question: Question;
  recodes?: Map<string, RecodeTarget> | undefined;
  option?: string | undefined;
};

export type ConvertPlan = {
  columns: PlanColumn[];
  idColumn: number | null;
  decimal: DecimalSeparator;
  multiSeparator: string | null;
  /** External ids already in the wave: a second file must not bring them again. */
  existingIds?: ReadonlySet<string> | undefined;
};

export type ConvertedRow = { sourceRow: number; externalId: string | null; answers: Map<number, Answer> };

export type Conversion = {
  rows: ConvertedRow[];
  issues: ImportIssue[];
  rowsRead: number;
  /** Rows with at least one error (before `onError` decides what to do with them). */
  badRows: number;
  emptyRows: number;
};

function lastDataRow(table: RawTable, from: number): number {
  for (let i = table.rows.length - 1; i >= from; i--) if (table.rows[i]!.some((c) => c.trim() !== '')) return i;
  return from - 1;
}

/**
 * Converts the data rows into respondents' answers and lists every problem with its cell. Does not
 * apply `onError` beyond what each row needs: rows with errors are marked, and the caller decides
 * (abort, skip, or keep with the bad cells missing — the raw text kept beside the missing answer).
 */
export function convertTable(table: RawTable, layout: TableLayout, plan: ConvertPlan, onError: OnError, onRow?: (done: number, total: number) => void): Conversion {
  const issues: ImportIssue[] = [];
  const rows: ConvertedRow[] = [];
  const seen = new Set<string>(plan.existingIds ?? []);
  const singles = plan.columns.filter((p) => p.option === undefined);
  const groups = new Map<number, PlanColumn[]>();
  for (const p of plan.columns) if (p.option !== undefined) groups.set(p.question.id, [...(groups.get(p.question.id) ?? []), p]);
  const opts = { decimal: plan.decimal, multiSeparator: plan.multiSeparator ?? undefined };
  const last = lastDataRow(table, layout.firstDataRow);
  let badRows = 0;
  let emptyRows = 0;
  const add = (r: number, c: number, code: IssueCode, severity: ImportIssue['severity'], message: string, value: string, q: Question | null) =>
    issues.push({ cell: cellRef(table.sheet, r, c), row: r, column: c, code, severity, message, value, questionCode: q?.code ?? null });
  for (let r = layout.firstDataRow; r <= last; r++) {
    const cells = table.rows[r]!;
    const answers = new Map<number, Answer>();
    let bad = false;
    let answered = 0;
    for (const p of singles) {
      const raw = cells[p.column] ?? '';
      const res = recodeCell(raw, p.question, { ...opts, recodes: p.recodes });
      if (res.ok) {
        answers.set(p.question.id, res.answer);
        if (res.answer.missing !== MISSING.noAnswer) answered++;
      } else {
        bad = true;
        answered++;
        add(r, p.column, res.problem.code, 'error', `${p.question.code}: ${res.problem.message}`, raw, p.question);
        answers.set(p.question.id, { value: null, text: raw, missing: MISSING.noAnswer });
      }
    }
    for (const [qid, members] of groups) {
      const chosen = members.filter((m) => (cells[m.column] ?? '').trim() !== '').map((m) => m.option!);
      if (chosen.length) answered++;
      answers.set(qid, chosen.length ? { value: chosen.length, text: chosen.join(';'), missing: MISSING.answered } : { value: null, text: null, missing: MISSING.noAnswer });
    }
    const idRaw = plan.idColumn === null ? '' : (cells[plan.idColumn] ?? '').trim();
    let externalId: string | null = idRaw || null;
    if (answered === 0) {
      emptyRows++;
      add(r, 0, 'EMPTY_ROW', 'warning', 'the row holds no answer and is left out', '', null);
      continue;
    }
    if (externalId !== null) {
      if (seen.has(externalId)) {
        bad = true;
        add(r, plan.idColumn!, 'DUPLICATE_ID', 'error', `respondent id ${externalId} occurs more than once`, externalId, null);
        externalId = null;
      } else seen.add(externalId);
    }
    if (bad) badRows++;
    if (bad && onError !== 'missing') continue;
    rows.push({ sourceRow: r + 1, externalId, answers });
    if (onRow && (r & 1023) === 0) onRow(r - layout.firstDataRow, last - layout.firstDataRow + 1);
  }
  return { rows, issues, rowsRead: Math.max(0, last - layout.firstDataRow + 1), badRows, emptyRows };
}
