import type { Database } from 'better-sqlite3';
import type {
  ImportOptions,
  ImportPreview,
  RecodeProposal,
  ValidationReport,
} from '../../../shared/api/import';
import type { Question } from '../../../shared/domain/questionnaire';
import type { Conversion } from '../../../shared/import/convert';
import { columnFacts } from '../../../shared/import/infer';
import { columnValues, firstRows } from '../../../shared/import/column-values';
import type { RecodeTarget } from '../../../shared/import/recode';
import { recodeCell } from '../../../shared/import/recode';
import { parseNumber } from '../../../shared/import/number';
import { findFileByHash, sha256 } from '../store/responses-repo';
import type { Analysis } from './analyze';
import { createdSummary } from '../../../shared/import/infer/summary';
import { analyze, convert } from './analyze';
import type { ReadFile } from './read-file';
import { countIssues } from './commit';
import { suggestedType } from './inspect';
import { toolFacts } from './tool-facts';

const MAX_PREVIEW_ISSUES = 1000;
const KIND_NAMES = { 1: 'noAnswer', 2: 'dontKnow', 3: 'notApplicable' } as const;

export function validationReport(conv: Conversion, limit = MAX_PREVIEW_ISSUES): ValidationReport {
  const errors = conv.issues.filter((i) => i.severity === 'error').length;
  return {
    rowsRead: conv.rowsRead,
    emptyRows: conv.emptyRows,
    badRows: conv.badRows,
    counts: countIssues(conv.issues),
    errors,
    warnings: conv.issues.length - errors,
    issues: conv.issues.slice(0, limit),
    truncated: conv.issues.length > limit,
  };
}

/**
 * Proposes a recode table per mapped question from the distinct texts found that are not plain
 * numbers: what each would become now (a scale point, an option, a kind of missing), or null where
 * the user must decide.
 */
function recodeProposals(a: Analysis): RecodeProposal[] {
  const out: RecodeProposal[] = [];
  const seen = new Set<number>();
  for (const p of a.plan.convert.columns) {
    if (p.option !== undefined || seen.has(p.question.id) || p.question.type === 'text') continue;
    seen.add(p.question.id);
    const counts = new Map<string, number>();
    for (const v of columnValues(a.file.table, a.layout, p.column)) {
      const t = v.trim();
      if (t === '' || parseNumber(t, a.file.decimal) !== null) continue;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    if (counts.size === 0 || counts.size > 50) continue;
    const values = [...counts.entries()]
      .sort((x, y) => y[1] - x[1])
      .map(([text, count]) => ({ text, count, target: targetOf(text, p.question, a, p.recodes) }));
    out.push({ questionCode: p.question.code, values });
  }
  return out;
}

function targetOf(
  text: string,
  q: Question,
  a: Analysis,
  recodes: Map<string, RecodeTarget> | undefined,
): RecodeTarget | null {
  const r = recodeCell(text, q, {
    decimal: a.file.decimal,
    recodes,
    multiSeparator: a.layout.multiSeparator ?? undefined,
  });
  if (!r.ok) return null;
  if (r.answer.missing !== 0) return { missing: KIND_NAMES[r.answer.missing as 1 | 2 | 3] };
  if (r.answer.text !== null && (q.type === 'single' || q.type === 'multi')) return { code: r.answer.text };
  return r.answer.value === null ? null : { value: r.answer.value };
}

export function buildPreview(
  db: Database,
  input: ImportOptions & { file: { name: string; base64: string } },
  preRead?: ReadFile,
): { preview: ImportPreview; analysis: Analysis; conversion: Conversion } {
  const bytes = Buffer.from(input.file.base64, 'base64');
  const a = analyze(db, input.file.name, bytes, input, preRead);
  const conv = convert(a, 'missing');
  const dup = findFileByHash(db, sha256(bytes));
  const columns = a.layout.columns.map((c, i) => {
    const m = a.plan.mapping[i]!;
    const facts = columnFacts(columnValues(a.file.table, a.layout, c.index), 8);
    return {
      index: c.index,
      letter: c.letter,
      header: c.header,
      code: c.code,
      subLabel: c.subLabel,
      kind: c.kind,
      questionCode: m.questionCode,
      confidence: m.confidence,
      source: m.source,
      inferredType: suggestedType(a.file.table, a.layout, c.index, a.file.decimal, a.plan.created),
      nonEmpty: facts.nonEmpty,
      sample: facts.sample,
      reason: c.reason ?? null,
      dateRule: c.dateRule ?? null,
      dateRules: [...(c.dateRules ?? [])],
    };
  });
  const preview: ImportPreview = {
    fileName: input.file.name,
    format: a.file.format,
    encoding: a.file.encoding,
    delimiter: a.file.delimiter,
    decimal: a.file.decimal,
    tool: a.layout.tool,
    ...toolFacts(a.file, a.layout),
    sheets: a.file.sheets,
    sheet: a.file.table.sheet,
    headerRow: a.layout.headerRow,
    headerRows: a.layout.headerRows,
    rows: conv.rowsRead,
    firstRows: firstRows(a.file.table, a.layout),
    columns,
    idColumn: a.plan.convert.idColumn,
    weightColumn: a.plan.convert.weightColumn ?? null,
    newQuestions: a.plan.created.map(createdSummary),
    recodeProposals: recodeProposals(a),
    validation: validationReport(conv),
    duplicateOf: dup ? { fileId: dup.id, name: dup.name } : null,
  };
  return { preview, analysis: a, conversion: conv };
}
