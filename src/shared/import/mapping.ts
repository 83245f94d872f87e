import { z } from 'zod';
import type { Question } from '../domain/questionnaire';
import { pickText } from '../domain/language';
import { suggestCode } from './codes';
import { DATE_RULES } from './dates';
import { recodeTableSchema } from './recode';
import type { RecodeTable } from './recode';
import { headerText } from './header-text';
import { textSimilarity } from './similarity';
import type { SourceColumn } from './table';

export const MAPPING_SOURCES = ['code', 'text', 'profile', 'manual', 'created', 'none'] as const;
export type MappingSource = (typeof MAPPING_SOURCES)[number];

export type ColumnMapping = {
  column: number;
  questionCode: string | null;
  /** 1 for a code or profile match, the text similarity for a match by text, 0 when unmapped. */
  confidence: number;
  source: MappingSource;
};

/** A saved import profile: how one tool's file maps, reusable next year. */
export const importProfileSchema = z.object({
  tool: z.string(),
  headerRows: z.number().int().min(1).max(10).optional(),
  columns: z.array(
    z.object({
      header: z.string(),
      code: z.string().nullable(),
      questionCode: z.string().nullable(),
      /** The date rule chosen for a column that fits more than one (03/04/2025). */
      dateRule: z.enum(DATE_RULES).optional(),
    }),
  ),
  recodes: z.record(z.string(), recodeTableSchema).default({}),
  keepPersonal: z.boolean().default(false),
});
export type ImportProfile = z.infer<typeof importProfileSchema>;

/** Below this similarity a text match is not proposed: the UI shows the column as unmapped. */
export const TEXT_MATCH_THRESHOLD = 0.6;

/**
 * Proposes a question for each answer column: a manual choice, then the saved profile, then the field
 * id equal to a question code, then the most similar question text. Each question takes at most one
 * column (or one multiple-choice group), the best-scoring first.
 */
export function proposeMapping(
  columns: readonly SourceColumn[],
  questions: readonly Question[],
  opts: { profile?: ImportProfile | undefined; manual?: ReadonlyMap<number, string | null> | undefined } = {},
): ColumnMapping[] {
  const byCode = new Map(questions.map((q) => [q.code.toLowerCase(), q]));
  const candidates: ColumnMapping[] = [];
  for (const col of columns) {
    const lime = col.group?.startsWith(LIME_GROUP) ? col.group.slice(LIME_GROUP.length) : null;
    if (lime && !opts.manual?.has(col.index)) {
      candidates.push({ column: col.index, questionCode: lime, confidence: 1, source: 'code' });
      continue;
    }
    if (opts.manual?.has(col.index)) {
      const code = opts.manual.get(col.index) ?? null;
      candidates.push({
        column: col.index,
        questionCode: code && (byCode.get(code.toLowerCase())?.code ?? code),
        confidence: code ? 1 : 0,
        source: code ? 'manual' : 'none',
      });
      continue;
    }
    if (col.kind !== 'answer') continue;
    const fromProfile = opts.profile?.columns.find(
      (p) => p.header === col.header && (p.code ?? null) === col.code,
    );
    if (fromProfile?.questionCode && byCode.has(fromProfile.questionCode.toLowerCase())) {
      candidates.push({
        column: col.index,
        questionCode: byCode.get(fromProfile.questionCode.toLowerCase())!.code,
        confidence: 1,
        source: 'profile',
      });
      continue;
    }
    // KoboToolbox and ODK name a field inside a group "group/subgroup/name": the name is the code.
    const field = (s: string | null) => (s && s.includes('/') ? (s.split('/').at(-1) ?? null) : null);
    const codes = [
      col.code,
      col.code && suggestCode(col.code, ''),
      isShort(col.header) ? suggestCode(col.header, '') : null,
      field(col.code),
      field(col.header),
    ];
    const exact = codes
      .map((c) => (c ? byCode.get(c.toLowerCase()) : undefined))
      .find((q) => q !== undefined);
    if (exact) {
      candidates.push({ column: col.index, questionCode: exact.code, confidence: 1, source: 'code' });
      continue;
    }
    let best: { q: Question; s: number } | null = null;
    // Compare what people read: markup a survey tool left in the header (<br>, &amp;) is not text.
    const text = headerText(col.text);
    const header = col.subLabel ? headerText(col.header) : '';
    for (const q of questions) {
      for (const lang of ['en', 'nb', 'da'] as const) {
        const t = q.texts[lang] ?? pickText(q.texts, lang);
        const s = Math.max(textSimilarity(text, t), header ? textSimilarity(header, t) : 0);
        if (!best || s > best.s) best = { q, s };
      }
    }
    if (best && best.s >= TEXT_MATCH_THRESHOLD) {
      candidates.push({
        column: col.index,
        questionCode: best.q.code,
        confidence: round(best.s),
        source: 'text',
      });
    }
  }
  // One column per question (a multiple-choice group counts as one), highest confidence first.
  const groupOf = new Map(columns.map((c) => [c.index, c.group ?? `c${c.index}`]));
  const owner = new Map<string, string>();
  const order = [...candidates].sort((a, b) => rank(b) - rank(a) || a.column - b.column);
  const kept = new Set<ColumnMapping>();
  for (const m of order) {
    if (!m.questionCode) continue;
    const key = m.questionCode.toLowerCase();
    const g = groupOf.get(m.column)!;
    if (owner.has(key) && owner.get(key) !== g) continue;
    owner.set(key, g);
    kept.add(m);
  }
  return columns.map(
    (c) =>
      [...kept].find((m) => m.column === c.index) ?? {
        column: c.index,
        questionCode: null,
        confidence: 0,
        source: 'none' as const,
      },
  );
}

const rank = (m: ColumnMapping) => (m.source === 'manual' ? 3 : 0) + m.confidence;
const round = (x: number) => Math.round(x * 100) / 100;
const isShort = (s: string) => s.length <= 40 && !/\s{2,}|[?]/.test(s);

/** Question codes may hold `_ . -`; LimeSurvey's only letters, digits and `_`, starting with a letter. */
export function limeSurveyCode(code: string): string {
  return code.replace(/[.-]/g, '_');
}

/** LimeSurvey answer and subquestion codes: letters and digits only, at most 5 characters, else `SQ001`… */
export function limeSurveyAnswerCode(name: string, i: number, prefix: string): string {
  return /^[A-Za-z0-9]{1,5}$/.test(name) ? name : `${prefix}${String(i + 1).padStart(3, '0')}`;
}

/** The group key of a LimeSurvey multiple-choice question's columns. */
export const LIME_GROUP = 'lime:';

/**
 * A LimeSurvey response-export column of a subquestion: `CODE[SQ001]` ("question code" headings) or
 * `CODE[SQ001]. Which channels did you use? [Web]` ("question code & question text").
 */
const LIME_COLUMN = /^([A-Za-z][A-Za-z0-9_]*)\[([A-Za-z0-9_]{1,20})\](?:\.\s.*)?$/s;

/**
 * LimeSurvey exports a multiple-choice question as one column per subquestion, `CODE[SQ]`, 'Y' or
 * blank (1 / 0 with its "convert Y/N" options). Columns whose CODE is a multi question of the study
 * and whose SQ is one of its options (the option code, or `SQ001`… by position as our LimeSurvey
 * export names them) become one group: the question's options, imported as one answer.
 */
export function limeSurveyMultiColumns(
  columns: readonly SourceColumn[],
  questions: readonly Question[],
): SourceColumn[] {
  const multi = new Map(
    questions
      .filter((q) => q.type === 'multi' && q.scale.kind === 'choice')
      .map((q) => [limeSurveyCode(q.code).toLowerCase(), q]),
  );
  if (multi.size === 0) return [...columns];
  return columns.map((c) => {
    if (c.kind !== 'answer' || (c.group && !c.group.startsWith('limesurvey:'))) return c;
    const m = LIME_COLUMN.exec((c.code ?? c.text).trim());
    const q = m ? multi.get(m[1]!.toLowerCase()) : undefined;
    if (!q || q.scale.kind !== 'choice') return c;
    const sq = m![2]!.toLowerCase();
    const options = q.scale.options;
    const opt =
      options.find((o) => o.code.toLowerCase() === sq) ??
      options.find((o, i) => limeSurveyAnswerCode(o.code, i, 'SQ').toLowerCase() === sq);
    if (!opt) return c;
    return { ...c, subLabel: opt.code, group: `${LIME_GROUP}${q.code}` };
  });
}

/**
 * Cells of an option column that mean "not chosen" (blank never is): LimeSurvey's N / 0, REDCap's and
 * Kobo's 0, REDCap's label export "Unchecked".
 */
export const UNCHOSEN = [
  'N',
  'n',
  '0',
  'No',
  'no',
  'false',
  'False',
  'FALSE',
  'Unchecked',
  'unchecked',
] as const;

/** Whether a group's option columns hold yes/no flags (Y/N, 1/0, Checked/Unchecked, True/False or blank). */
export function isFlagGroup(values: readonly (readonly string[])[]): boolean {
  return values.every((vs) =>
    vs.every((v) => /^(?:[YyNn01]|yes|no|true|false|checked|unchecked|)$/i.test(v.trim())),
  );
}

/**
 * The answer codes LimeSurvey holds for a single-choice question's options whose codes it cannot take
 * (`A001`, … by position, as our LimeSurvey export writes them), as a recode table back to the option
 * codes; undefined when every code was kept. Its response export ("answer codes") gives those codes.
 */
export function limeSurveyAnswerRecodes(q: Question): RecodeTable | undefined {
  if (q.type !== 'single' || q.scale.kind !== 'choice') return undefined;
  const codes = new Set(q.scale.options.map((o) => o.code.toLowerCase()));
  const out: RecodeTable = {};
  q.scale.options.forEach((o, i) => {
    const a = limeSurveyAnswerCode(o.code, i, 'A');
    if (a !== o.code && !codes.has(a.toLowerCase())) out[a] = { code: o.code };
  });
  return Object.keys(out).length ? out : undefined;
}
