import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ImportOptions } from '../../../shared/api/import';
import type { Language } from '../../../shared/domain/language';
import type { Question } from '../../../shared/domain/questionnaire';
import type { Conversion, ConvertChunks, OnError } from '../../../shared/import/convert';
import { convertTable } from '../../../shared/import/convert';
import type { DateRule } from '../../../shared/import/dates';
import { detectLayout } from '../../../shared/import/layout';
import { applySavSets } from '../../../shared/import/tools/spss';
import type { ImportProfile } from '../../../shared/import/mapping';
import type { ImportPlan, PlanInput } from '../../../shared/import/plan';
import { buildPlan } from '../../../shared/import/plan';
import type { SourceColumn, SurveyTool, TableLayout } from '../../../shared/import/table';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { readStudyMeta } from '../store/study-repo';
import { loadProfile } from './profile-repo';
import type { ReadFile } from './read-file';
import { readImportFile } from './read-file';
import { declaredQuestion } from '../../../shared/import/infer/labelled';
import { applySurveyXact, surveyXactLabels } from './surveyxact';

export type Analysis = {
  file: ReadFile;
  layout: TableLayout;
  plan: ImportPlan;
  questions: Question[];
  profile: ImportProfile | undefined;
};

export type AnalyzeInput = Omit<ImportOptions, 'createQuestions' | 'keepPersonal'> & {
  createQuestions?: boolean | undefined;
  keepPersonal?: boolean | undefined;
};

/**
 * The questions a file's value labels declare, by column: an SPSS file's, or a SurveyXact workbook's
 * Labels sheet (by variable name); undefined for other files.
 */
export function declaredInference(
  file: ReadFile,
  language: Language,
  tool?: SurveyTool,
): PlanInput['inferColumn'] {
  const sav = file.sav;
  if (!sav && tool === 'surveyxact') {
    const byName = surveyXactLabels(file.extra);
    if (byName.size === 0) return undefined;
    return (c) => {
      const d = byName.get((c.code ?? c.text).trim().toLowerCase());
      return d ? declaredQuestion(c.header, d, language) : null;
    };
  }
  if (!sav) return undefined;
  const byIndex = new Map(sav.map((c) => [c.index, c]));
  return (c) => {
    const d = byIndex.get(c.index);
    return d && d.numeric ? declaredQuestion(c.header, d, language) : null;
  };
}

/** Reads the file and plans the import against the study's questionnaire. Writes nothing. */
export function analyze(
  db: Database,
  name: string,
  bytes: Uint8Array,
  opts: AnalyzeInput,
  preRead?: ReadFile,
): Analysis {
  const file = preRead ?? readImportFile(name, bytes, { sheet: opts.sheet, delimiter: opts.delimiter });
  const profile = opts.profile ? loadProfile(db, opts.profile) : undefined;
  let layout = detectLayout(file.table, file.sheets, {
    headerRow: opts.headerRow,
    headerRows: opts.headerRows ?? profile?.headerRows,
    dateRule: chosenDateRule(opts, profile),
  });
  if (layout.tool === 'surveyxact') layout = applySurveyXact(layout, file.extra);
  layout = applySavSets(layout, file.savSets);
  if (file.table.rows.length === 0 || layout.columns.length === 0) {
    throw new AppError(
      'IMPORT_NO_HEADER',
      `${name}: sheet ${file.table.sheet} is empty (no header row found)`,
      { file: name, sheet: file.table.sheet },
    );
  }
  refuseDateRules(name, file.table.sheet, layout, opts.dateRules);
  const questions = readQuestionnaire(db).questions;
  const language: Language = readStudyMeta(db).languages[0] ?? 'en';
  const manual = opts.mapping ? new Map(opts.mapping.map((m) => [m.column, m.questionCode])) : undefined;
  const plan = buildPlan({
    table: file.table,
    layout,
    questions,
    decimal: file.decimal,
    language,
    profile,
    manual,
    recodes: opts.recodes,
    corrections: opts.corrections,
    createQuestions: opts.createQuestions ?? false,
    keepPersonal: opts.keepPersonal ?? profile?.keepPersonal ?? false,
    keepTestResponses: opts.keepTestResponses ?? false,
    inferColumn: declaredInference(file, language, layout.tool),
  });
  return { file, layout, plan, questions, profile };
}

/**
 * The date rule for a column: the one chosen for its index, else the one its import profile keeps
 * for a column of the same header and field id (used only where the values fit it).
 */
function chosenDateRule(
  opts: AnalyzeInput,
  profile: ImportProfile | undefined,
): ((c: SourceColumn) => DateRule | undefined) | undefined {
  const byIndex = new Map((opts.dateRules ?? []).map((d) => [d.column, d.rule]));
  const kept = (profile?.columns ?? []).filter((p) => p.dateRule);
  if (byIndex.size === 0 && kept.length === 0) return undefined;
  return (c) =>
    byIndex.get(c.index) ??
    kept.find((p) => p.header === c.header && (p.code ?? null) === c.code)?.dateRule ??
    undefined;
}

/** A chosen date rule that the column's values do not fit, or for a column of no dates, is refused. */
function refuseDateRules(
  name: string,
  sheet: string,
  layout: TableLayout,
  chosen: AnalyzeInput['dateRules'],
): void {
  for (const d of chosen ?? []) {
    const c = layout.columns.find((x) => x.index === d.column);
    const fits = c?.dateRules ?? [];
    if (c && fits.includes(d.rule)) continue;
    const where = c ? `column ${c.letter} (${c.header})` : `column ${d.column + 1}`;
    const why = !c
      ? 'is not in the sheet'
      : fits.length === 0
        ? 'holds no dates written as text'
        : `has dates that fit ${fits.join(' or ')}, not ${d.rule}`;
    throw new AppError('IMPORT_DATE_RULE', `${name}: sheet ${sheet}, ${where} ${why}`, {
      file: name,
      sheet,
      column: c ? c.header : String(d.column + 1),
      letter: c?.letter ?? null,
      rule: d.rule,
      fits: fits.join(', '),
    });
  }
}

/** External ids already in the wave, so a second file cannot bring the same respondent twice. */
export function existingIds(db: Database, waveYear: number, exceptFileId?: number): Set<string> {
  const rows = db
    .prepare(
      `SELECT r.external_id AS id FROM respondent r JOIN wave w ON w.id = r.wave_id
       WHERE w.year = ? AND r.external_id IS NOT NULL AND (r.file_id IS NOT ? OR r.file_id IS NULL)`,
    )
    .all(waveYear, exceptFileId ?? -1) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

export function convert(
  a: Analysis,
  onError: OnError,
  ids?: Set<string>,
  onRow?: (done: number, total: number) => void,
  chunks?: ConvertChunks,
): Conversion {
  return convertTable(
    a.file.table,
    a.layout,
    { ...a.plan.convert, existingIds: ids },
    onError,
    onRow,
    chunks,
  );
}
