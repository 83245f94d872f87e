import type { Language } from '../domain/language';
import type { Question, QuestionRole } from '../domain/questionnaire';
import { suggestCode, uniqueCode } from './codes';
import type { ConvertPlan, PlanColumn } from './convert';
import { headerText } from './header-text';
import type { InferredColumn, ValueCounts } from './infer';
import type { QuestionInference } from './infer/question';
import type { InferenceReason } from './infer/reasons';
import { reason } from './infer/reasons';
import { inferQuestion, linkImportance } from './infer/question';
import type { TouchpointGroup } from './infer/touchpoint';
import { questionGroups } from './infer/touchpoint';
import type { ColumnMapping, ImportProfile } from './mapping';
import {
  LIME_GROUP,
  UNCHOSEN,
  isFlagGroup,
  limeSurveyAnswerRecodes,
  limeSurveyMultiColumns,
  proposeMapping,
} from './mapping';
import { normalizeLabel } from './missing';
import type { DecimalSeparator } from './number';
import type { RecodeTable } from './recode';
import { normalizeRecodes } from './recode';
import type { RawTable, SourceColumn, TableLayout } from './table';
import { columnCounts, columnValues, isOptionTextGroup, isSpreadMulti } from './column-values';
import { categoryOptions, savSetGroup } from './tools/spss';

export type PlanInput = {
  table: RawTable;
  layout: TableLayout;
  questions: readonly Question[];
  decimal: DecimalSeparator;
  language: Language;
  profile?: ImportProfile | undefined;
  manual?: ReadonlyMap<number, string | null> | undefined;
  /** Recode tables by question code. */
  recodes?: Record<string, RecodeTable> | undefined;
  createQuestions: boolean;
  keepPersonal: boolean;
  /** The consultant's corrections of created questions, by source column. */
  corrections?: readonly CreatedCorrection[] | undefined;
  /** Keep the responses the tool marks as preview or test (Qualtrics); left out by default. */
  keepTestResponses?: boolean | undefined;
  /** What the file itself says a column's question is (an SPSS variable's value labels), before inferring. */
  inferColumn?: ((c: SourceColumn) => QuestionInference | null) | undefined;
};

/** An "other, please specify" column: free text kept as a comment on its question. */
function otherText(): QuestionInference {
  return {
    type: 'text',
    role: 'comment',
    scale: { kind: 'none' },
    roleReason: reason('otherSpecify'),
    scaleReason: reason('otherSpecify'),
    missingReasons: [],
  } as QuestionInference;
}

/** A correction of what the import inferred for the question it creates from a column. */
export type CreatedCorrection = {
  column: number;
  role?: QuestionRole | undefined;
  min?: number;
  max?: number;
};

/** Why a created question got its role, scale, touchpoint and missing codes. */
export type DraftInference = Pick<QuestionInference, 'roleReason' | 'scaleReason' | 'missingReasons'> & {
  touchpoint: TouchpointGroup | null;
  weighsReason: InferenceReason | null;
};

/** Mapping targets that are not questions: the respondent id and the respondent weight. */
export const ID_TARGET = ':id';
export const WEIGHT_TARGET = ':weight';

/** A question the import will create for an unmapped column; `id` is provisional (negative). */
export type DraftQuestion = Question & {
  fromColumns: number[];
  inference?: DraftInference | undefined;
  weighsQuestionCode?: string | null | undefined;
  /** Where a question made without inference comes from (an SPSS multiple-response set). */
  createdFrom?: InferenceReason | undefined;
};

export type ImportPlan = {
  mapping: ColumnMapping[];
  created: DraftQuestion[];
  convert: ConvertPlan;
};

function draft(
  id: number,
  code: string,
  text: string,
  inferred: Pick<InferredColumn, 'type' | 'role' | 'scale'>,
  lang: Language,
  cols: number[],
): DraftQuestion {
  return {
    id,
    code,
    touchpointId: null,
    position: 0,
    type: inferred.type,
    role: inferred.role,
    scale: inferred.scale,
    texts: { [lang]: headerText(text).slice(0, 500) || code },
    weighsQuestionId: null,
    fromColumns: cols,
  };
}

/**
 * Decides what goes where: the mapping (proposed, then overridden), the questions to create for
 * unmapped columns when asked, and the conversion plan. Pure: the same input gives the same plan,
 * so the preview shows exactly what the commit will do.
 */
export function buildPlan(input: PlanInput): ImportPlan {
  const { table, layout } = input;
  const columns: SourceColumn[] = limeSurveyMultiColumns(
    layout.columns.map((c) =>
      specialKind(
        input.keepPersonal && c.kind === 'personal' ? { ...c, kind: 'answer' as const } : c,
        input.manual,
      ),
    ),
    input.questions,
  );
  const manual = input.manual
    ? new Map([...input.manual].filter(([, v]) => v !== ID_TARGET && v !== WEIGHT_TARGET))
    : undefined;
  const mapping = proposeMapping(columns, input.questions, { profile: input.profile, manual });
  const groupsOf = questionGroups(columns.filter((c) => c.kind === 'answer'));
  const byCode = new Map(input.questions.map((q) => [q.code.toLowerCase(), q]));
  const taken = new Set(input.questions.map((q) => q.code.toLowerCase()));
  const created: DraftQuestion[] = [];
  const plan: PlanColumn[] = [];
  const recodesOf = (code: string) => normalizeRecodes(input.recodes?.[code] ?? input.profile?.recodes[code]);
  // A LimeSurvey response export gives the answer codes LimeSurvey holds: A001 … where ours did not fit.
  const existingRecodes = (q: Question) => {
    const lime = layout.tool === 'limesurvey' ? limeSurveyAnswerRecodes(q) : undefined;
    const own = input.recodes?.[q.code] ?? input.profile?.recodes[q.code];
    return lime ? normalizeRecodes({ ...lime, ...own }) : normalizeRecodes(own);
  };
  const handled = new Set<number>();
  const mapOf = new Map(mapping.map((m) => [m.column, m]));
  // Groups first: a spread multiple choice becomes one question with one option per column.
  const groups = new Map<string, SourceColumn[]>();
  for (const c of columns)
    if (c.group && c.kind === 'answer') groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  for (const cols of groups.values()) {
    // Option columns that hold flags: Y / 1 / Checked when chosen; blank, N, 0 or Unchecked if not
    // (LimeSurvey, REDCap, KoboToolbox); else each holds its option's text or "Selected" (SurveyMonkey).
    // An SPSS dichotomy set's columns count one value as chosen, whatever the others hold.
    const dichotomy = cols.every((c) => c.counted !== undefined);
    // An SPSS category set's columns each hold one chosen category's code.
    const coded = cols.every((c) => c.categories !== undefined);
    const flags =
      dichotomy ||
      coded ||
      ((cols[0]!.group!.startsWith(LIME_GROUP) || !cols[0]!.group!.startsWith('g')) &&
        isFlagGroup(cols.map((c) => columnValues(table, layout, c.index))));
    // A tool's option columns (not SurveyMonkey's spread headers) hold flags or their option's text.
    const spread = cols[0]!.group!.startsWith('g')
      ? isSpreadMulti(table, layout, cols)
      : isOptionTextGroup(table, layout, cols);
    if (!flags && !spread) continue;
    const mapped = cols.map((c) => mapOf.get(c.index)?.questionCode).find((q) => q);
    let q = mapped ? byCode.get(mapped.toLowerCase()) : undefined;
    if (!q && input.createQuestions && !cols.some((c) => manual?.has(c.index))) {
      const key = cols[0]!.group!;
      // A tool's group is named by its question (a Kobo path by its last part, the field name).
      const named = /^[a-z-]+:/.test(key)
        ? key
            .replace(/^[a-z-]+:/, '')
            .split('/')
            .pop()!
        : null;
      const code = uniqueCode(
        suggestCode(named ?? cols[0]!.code ?? cols[0]!.text, `C_${cols[0]!.letter}`),
        taken,
      );
      const options = coded
        ? categoryOptions(cols, (i) => columnValues(table, layout, i), input.language)
        : cols.map((c) => ({ code: c.subLabel!, texts: { [input.language]: c.subLabel! } }));
      q = draft(
        -(created.length + 1),
        code,
        cols[0]!.text,
        { type: 'multi', role: 'other', scale: { kind: 'choice', options } },
        input.language,
        cols.map((c) => c.index),
      );
      if (key.startsWith(savSetGroup('')))
        (q as DraftQuestion).createdFrom = reason('fromSavSet', { name: named! });
      created.push(q as DraftQuestion);
      for (const c of cols)
        mapOf.set(c.index, { column: c.index, questionCode: code, confidence: 1, source: 'created' });
    }
    if (!q) continue;
    for (const c of cols) {
      handled.add(c.index);
      const opt =
        q.scale.kind === 'choice'
          ? (q.scale.options.find((o) => o.code === c.subLabel) ??
            q.scale.options.find((o) =>
              Object.values(o.texts).some((t) => t && normalizeLabel(t) === normalizeLabel(c.subLabel!)),
            ))
          : undefined;
      plan.push({
        column: c.index,
        question: q,
        option: opt?.code ?? c.subLabel!,
        ...(coded
          ? { fromCell: true, unchosen: c.categories!.missing }
          : dichotomy
            ? { chosen: [c.counted!] }
            : flags
              ? { unchosen: UNCHOSEN }
              : {}),
      });
      if (!mapOf.get(c.index)?.questionCode)
        mapOf.set(c.index, { column: c.index, questionCode: q.code, confidence: 1, source: 'code' });
    }
  }
  // Counted on first need, every column that may need it in the same pass.
  let counted: Map<number, ValueCounts> | null = null;
  const countsFor = (column: number): ValueCounts =>
    (counted ??= columnCounts(
      table,
      layout,
      columns.filter((x) => !handled.has(x.index) && x.kind === 'answer' && !x.otherOf).map((x) => x.index),
    )).get(column) ?? columnCounts(table, layout, [column]).get(column)!;
  for (const c of columns) {
    if (handled.has(c.index)) continue;
    const m = mapOf.get(c.index)!;
    const existing = m.questionCode ? byCode.get(m.questionCode.toLowerCase()) : undefined;
    if (existing) {
      plan.push({ column: c.index, question: existing, recodes: existingRecodes(existing) });
      continue;
    }
    if (c.kind !== 'answer' || !input.createQuestions || manual?.get(c.index) === null) continue;
    const code = uniqueCode(
      m.questionCode ??
        (c.otherOf
          ? suggestCode(`${c.otherOf.replace(/^[\w-]+:/, '')}_other`, `C_${c.letter}`)
          : suggestCode(c.code ?? (c.header.length <= 40 ? c.header : ''), `C_${c.letter}`)),
      taken,
    );
    const inferred = corrected(
      c.otherOf
        ? otherText()
        : (input.inferColumn?.(c) ??
            inferQuestion(c.header, countsFor(c.index), {
              decimal: input.decimal,
              multiSeparator: c.joinedMulti ? ';' : layout.multiSeparator,
              language: input.language,
            })),
      input.corrections?.find((x) => x.column === c.index),
    );
    const q = draft(-(created.length + 1), code, c.header, inferred, input.language, [c.index]);
    q.inference = {
      roleReason: inferred.roleReason,
      scaleReason: inferred.scaleReason,
      missingReasons: inferred.missingReasons,
      touchpoint: null,
      weighsReason: null,
    };
    const g = groupsOf.get(c.index);
    if (g && (inferred.role === 'performance' || inferred.role === 'importance')) q.inference.touchpoint = g;
    created.push(q);
    mapOf.set(c.index, { column: c.index, questionCode: code, confidence: 1, source: 'created' });
    plan.push({ column: c.index, question: q, recodes: recodesOf(code) });
  }
  linkCreated(created, columns);
  const idColumn = columns.find((c) => c.kind === 'id')?.index ?? null;
  const weightColumn = columns.find((c) => c.kind === 'weight')?.index ?? null;
  return {
    mapping: columns.map((c) => mapOf.get(c.index)!),
    created,
    convert: {
      columns: plan,
      idColumn,
      weightColumn,
      decimal: input.decimal,
      multiSeparator: layout.multiSeparator,
      skipRows: input.keepTestResponses || !layout.testRows?.length ? undefined : new Set(layout.testRows),
    },
  };
}

/** A column mapped by hand to the respondent id or weight takes that role instead of an answer's. */
function specialKind(c: SourceColumn, manual: ReadonlyMap<number, string | null> | undefined): SourceColumn {
  const t = manual?.get(c.index);
  if (t === ID_TARGET) return { ...c, kind: 'id' };
  if (t === WEIGHT_TARGET) return { ...c, kind: 'weight' };
  // One id and one weight column: a column chosen by hand replaces the detected one.
  const chosen = new Set(manual?.values());
  if (c.kind === 'id' && chosen.has(ID_TARGET)) return { ...c, kind: 'meta' };
  if (c.kind === 'weight' && chosen.has(WEIGHT_TARGET)) return { ...c, kind: 'meta' };
  if (t !== undefined && (c.kind === 'id' || c.kind === 'weight')) return { ...c, kind: 'answer' };
  return c;
}

/** The inference with the consultant's corrections applied (role; the scale's ends, kept integers). */
function corrected(inf: QuestionInference, fix: CreatedCorrection | undefined): QuestionInference {
  if (!fix) return inf;
  let out = inf;
  if (fix.role && fix.role !== inf.role) out = { ...out, role: fix.role, roleReason: reason('roleByHand') };
  if (out.scale.kind === 'range' && (fix.min !== undefined || fix.max !== undefined)) {
    const min = fix.min ?? out.scale.min;
    const max = fix.max ?? out.scale.max;
    if (Number.isInteger(min) && Number.isInteger(max) && min < max)
      out = { ...out, scale: { ...out.scale, min, max }, scaleReason: reason('scaleByHand') };
  }
  if (
    out.role === 'outcome-recommend' &&
    out.scale.kind === 'range' &&
    out.scale.min === 0 &&
    out.scale.max === 10
  )
    out = { ...out, type: 'nps' };
  else if (out.type === 'nps') out = { ...out, type: 'rating' };
  return out;
}

/** Importance items get the performance item they weigh (same touchpoint, same subject). */
function linkCreated(created: DraftQuestion[], columns: readonly SourceColumn[]): void {
  const col = new Map(columns.map((c) => [c.index, c]));
  const links = linkImportance(
    created.map((q) => {
      const c = col.get(q.fromColumns[0]!);
      return {
        code: q.code,
        role: q.role,
        text: c?.text ?? q.code,
        subLabel: c?.subLabel ?? null,
        group: q.inference?.touchpoint?.key ?? null,
      };
    }),
  );
  for (const q of created) {
    const l = links.get(q.code);
    if (!l || !q.inference) continue;
    q.weighsQuestionCode = l.code;
    q.inference.weighsReason = l.reason;
  }
}
