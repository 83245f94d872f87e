import { MISSING } from '../domain/questionnaire';
import type { MissingKind, Question } from '../domain/questionnaire';
import { cellRef } from './cellref';
import { parseNumber } from './number';
import type { Answer, CellResult, RecodeOptions } from './recode';
import { recodeCell } from './recode';
import type { RawTable, TableLayout } from './table';
import type {
  Conversion,
  ConvertPlan,
  ConvertedColumn,
  ConvertedRows,
  ImportIssue,
  IssueCode,
  OnError,
  PlanColumn,
} from './convert-types';
import { ABSENT } from './convert-types';

export * from './convert-types';

function lastDataRow(table: RawTable, from: number): number {
  for (let i = table.rows.length - 1; i >= from; i--)
    if (table.rows[i]!.some((c) => c.trim() !== '')) return i;
  return from - 1;
}

/** A cell of only ASCII digits (at most 9) as its number, else -1: most cells of a survey export. */
function plainDigits(raw: string): number {
  const len = raw.length;
  if (len === 0 || len > 9) return -1;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Results of `recodeCell` per distinct text, for columns whose cells repeat (labels, segments). */
const MEMO_LIMIT = 5000;

type Column = {
  p: PlanColumn;
  opts: RecodeOptions;
  /** For a range scale without recodes: plain integers are checked here, without `recodeCell`. */
  range: { min: number; max: number; codes: Map<number, MissingKind> } | null;
  /**
   * For `range`: what a cell of the plain number n < 256 is — 0 look further, 1 an answer on the
   * scale, 10 + kind a declared missing code. Most cells of a survey export end here.
   */
  lut: Uint8Array | null;
  /** The sheet column (copied from `p` for the hot loop). */
  at: number;
  memo: Map<string, CellResult> | null;
  out: ConvertedColumn;
};

function rangeLut(r: NonNullable<Column['range']>): Uint8Array {
  const lut = new Uint8Array(256);
  for (let n = 0; n < 256; n++) {
    const code = r.codes.get(n);
    if (code !== undefined) lut[n] = 10 + code;
    else if (n >= r.min && n <= r.max) lut[n] = 1;
  }
  return lut;
}

function column(p: PlanColumn, base: Omit<RecodeOptions, 'recodes'>, capacity: number): Column {
  const q = p.question;
  const isRange = (q.type === 'rating' || q.type === 'nps') && !p.recodes;
  const scale = q.scale.kind === 'range' ? q.scale : { min: 0, max: 10, missingCodes: [] };
  const range = isRange
    ? {
        min: scale.min,
        max: scale.max,
        codes: new Map(scale.missingCodes.map((c) => [c.value, MISSING[c.kind]])),
      }
    : null;
  return {
    p,
    opts: { ...base, recodes: p.recodes },
    range,
    lut: range ? rangeLut(range) : null,
    at: p.column,
    memo:
      q.type === 'single' || q.type === 'multi' || q.type === 'rating' || q.type === 'nps' ? new Map() : null,
    out: {
      questionId: q.id,
      value: new Float64Array(capacity),
      missing: new Uint8Array(capacity),
      text: null,
    },
  };
}

function recodeMemo(col: Column, raw: string): CellResult {
  const hit = col.memo?.get(raw);
  if (hit) return hit;
  const res = recodeCell(raw, col.p.question, col.opts);
  if (col.memo && col.memo.size < MEMO_LIMIT) col.memo.set(raw, res);
  return res;
}

/** n nulls in a packed array (`new Array(n)` of a large n is a slow dictionary-mode array). */
function nullTexts(n: number): (string | null)[] {
  const a: (string | null)[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}

/** Writes an answer at slot k (which may hold a row left out before: every field is overwritten). */
function put(out: ConvertedColumn, k: number, a: Answer): void {
  const absent = a.missing === MISSING.noAnswer && a.text === null;
  out.value[k] = absent || a.value === null ? NaN : a.value;
  out.missing[k] = absent ? ABSENT : a.missing;
  if (a.text !== null) (out.text ??= nullTexts(out.value.length))[k] = a.text;
  else if (out.text) out.text[k] = null;
}

/**
 * Converts the data rows into respondents' answers and lists every problem with its cell. Does not
 * apply `onError` beyond what each row needs: rows with errors are marked, and the caller decides
 * (abort, skip, or keep with the bad cells missing — the raw text kept beside the missing answer).
 * Answers land in typed columns (see ConvertedColumn); `rowAt` gives one row back as objects.
 */
/**
 * Streaming: converted rows go to `write` in chunks of at most `rows` kept rows (the arrays are reused
 * once `write` returns), with the number of errors found so far; each converted sheet row is let go
 * (`release`), so memory holds one chunk instead of the whole file twice.
 */
export type ConvertChunks = {
  rows: number;
  write: (rows: ConvertedRows, errorsSoFar: number) => void;
  release?: boolean;
};

const RELEASED: string[] = [];

export function convertTable(
  table: RawTable,
  layout: TableLayout,
  plan: ConvertPlan,
  onError: OnError,
  onRow?: (done: number, total: number) => void,
  chunks?: ConvertChunks,
): Conversion {
  const issues: ImportIssue[] = [];
  const seen = new Set<string>(plan.existingIds ?? []);
  const groups = new Map<number, PlanColumn[]>();
  for (const p of plan.columns)
    if (p.option !== undefined) groups.set(p.question.id, [...(groups.get(p.question.id) ?? []), p]);
  const base = { decimal: plan.decimal, multiSeparator: plan.multiSeparator ?? undefined };
  const last = lastDataRow(table, layout.firstDataRow);
  const rowsRead = Math.max(0, last - layout.firstDataRow + 1);
  const capacity = chunks ? Math.max(1, Math.min(chunks.rows, rowsRead)) : rowsRead;
  const singles = plan.columns.filter((p) => p.option === undefined).map((p) => column(p, base, capacity));
  const groupCols = [...groups].map(([qid, members]) => ({
    members,
    out: {
      questionId: qid,
      value: new Float64Array(capacity),
      missing: new Uint8Array(capacity),
      text: null,
    } as ConvertedColumn,
  }));
  const sourceRow = new Int32Array(capacity);
  const weight = new Float64Array(capacity).fill(1);
  const wcol = plan.weightColumn ?? null;
  let externalIds: (string | null)[] = [];
  let k = 0;
  let kept = 0;
  let errors = 0;
  let badRows = 0;
  let emptyRows = 0;
  let testRows = 0;
  const add = (
    r: number,
    c: number,
    code: IssueCode,
    severity: ImportIssue['severity'],
    message: string,
    value: string,
    q: Question | null,
  ) =>
    issues.push({
      cell: cellRef(table.sheet, r, c),
      row: r,
      column: c,
      code,
      severity,
      message,
      value,
      questionCode: q?.code ?? null,
    });
  const outs = (): ConvertedColumn[] => {
    // A question fed by two columns keeps the later one's answers, as a row's answer map would.
    const byQuestion = new Map<number, ConvertedColumn>();
    for (const c of [...singles.map((x) => x.out), ...groupCols.map((g) => g.out)])
      byQuestion.set(c.questionId, c);
    return [...byQuestion.values()];
  };
  const flush = () => {
    if (!chunks || k === 0) return;
    chunks.write({ count: k, sourceRow, externalId: externalIds, weight, columns: outs() }, errors);
    kept += k;
    k = 0;
    externalIds = [];
    weight.fill(1);
    for (const c of [...singles.map((x) => x.out), ...groupCols.map((g) => g.out)]) c.text = null;
  };
  for (let r = layout.firstDataRow; r <= last; r++) {
    const cells = table.rows[r]!;
    if (chunks?.release) table.rows[r] = RELEASED;
    if (plan.skipRows?.has(r)) {
      testRows++;
      continue;
    }
    let bad = false;
    let answered = 0;
    // Answers are written at slot k; a row left out is simply overwritten by the next one.
    for (const col of singles) {
      const raw = cells[col.at] ?? '';
      const out = col.out;
      if (raw === '') {
        out.value[k] = NaN;
        out.missing[k] = ABSENT;
        if (out.text) out.text[k] = null;
        continue;
      }
      const lut = col.lut;
      if (lut !== null && raw.length <= 3) {
        const n = plainDigits(raw);
        const f = n >= 0 && n < 256 ? lut[n]! : 0;
        if (f === 1) {
          out.value[k] = n;
          out.missing[k] = MISSING.answered;
          if (out.text) out.text[k] = null;
          answered++;
          continue;
        }
        if (f >= 10) {
          put(out, k, { value: null, text: null, missing: (f - 10) as MissingKind });
          if (f - 10 !== MISSING.noAnswer) answered++;
          continue;
        }
      }
      if (col.range) {
        const n = plainDigits(raw);
        if (n >= 0) {
          const code = col.range.codes.get(n);
          if (code !== undefined) {
            put(out, k, { value: null, text: null, missing: code });
            if (code !== MISSING.noAnswer) answered++;
            continue;
          }
          if (n >= col.range.min && n <= col.range.max) {
            out.value[k] = n;
            out.missing[k] = MISSING.answered;
            if (out.text) out.text[k] = null;
            answered++;
            continue;
          }
        }
      }
      const res = recodeMemo(col, raw);
      if (res.ok) {
        put(out, k, res.answer);
        if (res.answer.missing !== MISSING.noAnswer) answered++;
      } else {
        bad = true;
        errors++;
        answered++;
        add(
          r,
          col.p.column,
          res.problem.code,
          'error',
          `${col.p.question.code}: ${res.problem.message}`,
          raw,
          col.p.question,
        );
        put(out, k, { value: null, text: raw, missing: MISSING.noAnswer });
      }
    }
    for (const g of groupCols) {
      const chosen: string[] = [];
      for (const m of g.members) {
        const v = (cells[m.column] ?? '').trim();
        if (v === '') continue;
        // A category set's column holds the chosen option's code itself.
        if (m.fromCell) {
          if (!m.unchosen?.includes(v) && !chosen.includes(v)) chosen.push(v);
        } else if (m.chosen ? m.chosen.includes(v) : !m.unchosen?.includes(v)) chosen.push(m.option!);
      }
      if (chosen.length) answered++;
      put(
        g.out,
        k,
        chosen.length
          ? { value: chosen.length, text: chosen.join(';'), missing: MISSING.answered }
          : { value: null, text: null, missing: MISSING.noAnswer },
      );
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
        errors++;
        add(
          r,
          plan.idColumn!,
          'DUPLICATE_ID',
          'error',
          `respondent id ${externalId} occurs more than once`,
          externalId,
          null,
        );
        externalId = null;
      } else seen.add(externalId);
    }
    if (bad) badRows++;
    if (bad && onError !== 'missing') continue;
    sourceRow[k] = r + 1;
    if (wcol !== null) {
      const w = parseNumber((cells[wcol] ?? '').trim(), plan.decimal);
      weight[k] = w !== null && w >= 0 && Number.isFinite(w) ? w : 1;
    }
    externalIds.push(externalId);
    k++;
    if (k === capacity) flush();
    if (onRow && (r & 1023) === 0) onRow(r - layout.firstDataRow, last - layout.firstDataRow + 1);
  }
  if (chunks) {
    flush();
    // The rows went to `write`; what is left says how many there were.
    return {
      rows: {
        count: kept,
        sourceRow: new Int32Array(0),
        externalId: [],
        weight: new Float64Array(0),
        columns: [],
      },
      issues,
      rowsRead,
      badRows,
      emptyRows,
      testRows,
    };
  }
  return {
    rows: { count: k, sourceRow, externalId: externalIds, weight, columns: outs() },
    issues,
    rowsRead,
    badRows,
    emptyRows,
    testRows,
  };
}
