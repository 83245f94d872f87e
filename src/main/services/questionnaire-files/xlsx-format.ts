import * as XLSX from 'xlsx';
import { AppError } from '../../../shared/api/errors';
import { useCodepages } from '../import/codepages';
import { LANGUAGES } from '../../../shared/domain/language';
import type { Language, Texts } from '../../../shared/domain/language';
import { QUESTION_ROLES, QUESTION_TYPES, questionCodeSchema } from '../../../shared/domain/questionnaire';
import type { QuestionRole, QuestionType, Scale } from '../../../shared/domain/questionnaire';
import type { FileQuestion, FileQuestionnaire, FileStage } from './model';

export const QUESTIONS_SHEET = 'Questions';
export const JOURNEY_SHEET = 'Journey';
const FILE = 'questionnaire.xlsx';

const langCols = (prefix: string) => LANGUAGES.map((l) => `${prefix}_${l}`);
export const JOURNEY_COLUMNS = ['stage', ...langCols('stage'), 'touchpoint', ...langCols('touchpoint')];
export const QUESTION_COLUMNS = [
  ...JOURNEY_COLUMNS,
  'code',
  'type',
  'scale',
  ...langCols('labels'),
  'missing',
  ...langCols('missing'),
  'role',
  'weighs',
  ...langCols('text'),
];

/** A text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function guardCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
function unguard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function textCells(prefix: string, texts: Texts | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of LANGUAGES) out[`${prefix}_${l}`] = texts?.[l] ?? '';
  return out;
}

function pointsPerLang(points: { key: string; texts?: Texts }[], lang: Language): string {
  return points
    .filter((p) => p.texts?.[lang] !== undefined)
    .map((p) => `${p.key}=${p.texts?.[lang] ?? ''}`)
    .join('; ');
}

function scaleCells(scale: Scale): Record<string, string> {
  const out: Record<string, string> = {
    scale: scale.kind === 'range' ? `${scale.min}-${scale.max}` : scale.kind,
  };
  const points =
    scale.kind === 'range'
      ? scale.labels.map((p) => ({ key: String(p.value), texts: p.texts }))
      : scale.kind === 'choice'
        ? scale.options.map((o) => ({ key: o.code, texts: o.texts }))
        : [];
  for (const l of LANGUAGES) out[`labels_${l}`] = pointsPerLang(points, l);
  const missing = scale.kind === 'range' ? scale.missingCodes : [];
  out.missing = missing.map((m) => `${m.value}=${m.kind}`).join('; ');
  for (const l of LANGUAGES) {
    out[`missing_${l}`] = pointsPerLang(
      missing.map((m) => ({ key: String(m.value), texts: m.texts })),
      l,
    );
  }
  return out;
}

function sheetOf(columns: string[], rows: Record<string, string>[]): XLSX.WorkSheet {
  const aoa = [columns, ...rows.map((r) => columns.map((c) => guardCell(r[c] ?? '')))];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!cols'] = columns.map((c) => ({ wch: c.startsWith('text') ? 50 : 14 }));
  return ws;
}

/** The app's questionnaire workbook: one row per question, and the journey on its own sheet. */
export function writeQuestionnaireXlsx(fq: FileQuestionnaire): Buffer {
  const stageTexts = new Map(fq.stages.map((s) => [s.code, s.texts]));
  const tpTexts = new Map(fq.stages.flatMap((s) => s.touchpoints.map((t) => [t.code, t.texts] as const)));
  const questionRows = fq.questions.map((q) => ({
    stage: q.stageCode ?? '',
    ...textCells('stage', q.stageCode ? stageTexts.get(q.stageCode) : undefined),
    touchpoint: q.touchpointCode ?? '',
    ...textCells('touchpoint', q.touchpointCode ? tpTexts.get(q.touchpointCode) : undefined),
    code: q.code,
    type: q.type,
    ...scaleCells(q.scale),
    role: q.role,
    weighs: q.weighsQuestionCode ?? '',
    ...textCells('text', q.texts),
  }));
  const journeyRows = fq.stages.flatMap((s) => [
    { stage: s.code, ...textCells('stage', s.texts) },
    ...s.touchpoints.map((t) => ({ stage: s.code, touchpoint: t.code, ...textCells('touchpoint', t.texts) })),
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheetOf(QUESTION_COLUMNS, questionRows), QUESTIONS_SHEET);
  XLSX.utils.book_append_sheet(wb, sheetOf(JOURNEY_COLUMNS, journeyRows), JOURNEY_SHEET);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

class Place {
  constructor(
    readonly sheet: string,
    readonly row: number,
  ) {}
  fail(column: string, value: string, why: string): never {
    throw new AppError(
      'INVALID_INPUT',
      `${FILE}, sheet ${this.sheet}, row ${this.row}, column ${column}: '${value}' ${why}`,
      { sheet: this.sheet, row: this.row, column, value },
    );
  }
}

type Row = { place: Place; get(col: string): string };

function rowsOf(wb: XLSX.WorkBook, sheet: string, required: string[]): Row[] | null {
  const ws = wb.Sheets[sheet];
  if (!ws) return null;
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: false, defval: '', blankrows: true });
  const header = (aoa[0] ?? []).map((h) => String(h).trim().toLowerCase());
  for (const col of required) {
    if (!header.includes(col)) {
      throw new AppError('INVALID_INPUT', `${FILE}, sheet ${sheet}, row 1: column ${col} is missing`, {
        sheet,
        row: 1,
        column: col,
      });
    }
  }
  const out: Row[] = [];
  aoa.slice(1).forEach((cells, i) => {
    const values = cells.map((c) => unguard(String(c ?? '')).trim());
    if (values.every((v) => v === '')) return;
    out.push({
      place: new Place(sheet, i + 2),
      get: (col) => {
        const at = header.indexOf(col);
        return at < 0 ? '' : (values[at] ?? '');
      },
    });
  });
  return out;
}

function textsOf(row: Row, prefix: string): Texts | null {
  const t: Texts = {};
  for (const l of LANGUAGES) {
    const v = row.get(`${prefix}_${l}`);
    if (v !== '') t[l] = v;
  }
  return Object.keys(t).length > 0 ? t : null;
}

function code(row: Row, col: string, required: boolean): string | null {
  const v = row.get(col);
  if (v === '') {
    if (required) row.place.fail(col, v, 'is empty; every row needs a code');
    return null;
  }
  if (!questionCodeSchema.safeParse(v).success) {
    row.place.fail(col, v, 'is not a code (a letter, then letters, digits, _ . -)');
  }
  return v;
}

function splitPoints(row: Row, col: string): { key: string; text: string }[] {
  const v = row.get(col);
  if (v === '') return [];
  return v
    .split(/;\s*/)
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const at = p.indexOf('=');
      if (at <= 0)
        row.place.fail(col, v, `is not a list of code=text pairs (write 1=Very poor; 5=Very good)`);
      return { key: p.slice(0, at).trim(), text: p.slice(at + 1).trim() };
    });
}

function number(row: Row, col: string, key: string, whole: string): number {
  const n = Number(key);
  if (key === '' || !Number.isFinite(n)) row.place.fail(col, whole, `has '${key}', which is not a number`);
  return n;
}

function mergePoints(row: Row, prefix: string, numeric: boolean): Map<string, Texts> {
  const out = new Map<string, Texts>();
  for (const l of LANGUAGES) {
    for (const p of splitPoints(row, `${prefix}_${l}`)) {
      const key = numeric ? String(number(row, `${prefix}_${l}`, p.key, row.get(`${prefix}_${l}`))) : p.key;
      out.set(key, { ...(out.get(key) ?? {}), [l]: p.text });
    }
  }
  return out;
}

function scaleOf(row: Row): Scale {
  const raw = row.get('scale').toLowerCase();
  if (raw === 'none') return { kind: 'none' };
  if (raw === 'choice') {
    return {
      kind: 'choice',
      options: [...mergePoints(row, 'labels', false)].map(([c, texts]) => ({ code: c, texts })),
    };
  }
  const m = /^(-?\d+)\s*-\s*(-?\d+)$/.exec(raw);
  if (!m || Number(m[1]) >= Number(m[2])) {
    row.place.fail('scale', row.get('scale'), 'is not a scale (write 1-5, 0-10 …, choice or none)');
  }
  const missingKinds = splitPoints(row, 'missing').map((p) => {
    if (p.text !== 'dontKnow' && p.text !== 'notApplicable') {
      row.place.fail('missing', row.get('missing'), `has '${p.text}'; write dontKnow or notApplicable`);
    }
    return {
      value: number(row, 'missing', p.key, row.get('missing')),
      kind: p.text as 'dontKnow' | 'notApplicable',
    };
  });
  const missingTexts = mergePoints(row, 'missing', true);
  return {
    kind: 'range',
    min: Number(m[1]),
    max: Number(m[2]),
    labels: [...mergePoints(row, 'labels', true)].map(([v, texts]) => ({ value: Number(v), texts })),
    missingCodes: missingKinds.map((k) => {
      const texts = missingTexts.get(String(k.value));
      return texts ? { ...k, texts } : k;
    }),
  };
}

function oneOf<T extends string>(row: Row, col: string, allowed: readonly T[]): T {
  const v = row.get(col);
  if (!(allowed as readonly string[]).includes(v))
    row.place.fail(col, v, `is not one of ${allowed.join(', ')}`);
  return v as T;
}

/** Reads the app's questionnaire workbook; any fault names its sheet, row and column. */
export function readQuestionnaireXlsx(bytes: Buffer): FileQuestionnaire {
  let wb: XLSX.WorkBook;
  if (bytes[0] !== 0x50) useCodepages(); // not a zip: an old binary .xls
  try {
    wb = XLSX.read(bytes, { type: 'buffer' });
  } catch {
    throw new AppError('INVALID_INPUT', `${FILE}: not a readable workbook`);
  }
  const qRows = rowsOf(wb, QUESTIONS_SHEET, ['code', 'type', 'scale', 'role']);
  if (!qRows) {
    throw new AppError('INVALID_INPUT', `${FILE}: the workbook has no sheet named ${QUESTIONS_SHEET}`, {
      sheet: QUESTIONS_SHEET,
    });
  }
  const stages: FileStage[] = [];
  const tpStage = new Map<string, string>();
  const ensure = (row: Row): { stage: string | null; tp: string | null } => {
    const stage = code(row, 'stage', false);
    const tp = code(row, 'touchpoint', false);
    if (tp && !stage) row.place.fail('stage', '', 'is empty; a touchpoint belongs to a stage');
    if (!stage) return { stage: null, tp: null };
    let s = stages.find((x) => x.code === stage);
    if (!s) {
      const texts = textsOf(row, 'stage');
      if (!texts) row.place.fail('stage_en', '', `is empty; stage ${stage} needs a text in some language`);
      s = { code: stage, texts, touchpoints: [] };
      stages.push(s);
    }
    if (tp) {
      const owner = tpStage.get(tp);
      if (owner && owner !== stage) row.place.fail('touchpoint', tp, `already belongs to stage ${owner}`);
      if (!owner) {
        const texts = textsOf(row, 'touchpoint');
        if (!texts) row.place.fail('touchpoint_en', '', `is empty; touchpoint ${tp} needs a text`);
        s.touchpoints.push({ code: tp, texts });
        tpStage.set(tp, stage);
      }
    }
    return { stage, tp };
  };
  for (const row of rowsOf(wb, JOURNEY_SHEET, ['stage']) ?? []) ensure(row);
  const questions: FileQuestion[] = [];
  const seen = new Set<string>();
  for (const row of qRows) {
    const where = ensure(row);
    const c = code(row, 'code', true) as string;
    if (seen.has(c.toLowerCase())) row.place.fail('code', c, 'is used by an earlier row');
    seen.add(c.toLowerCase());
    const type = oneOf<QuestionType>(row, 'type', QUESTION_TYPES);
    const scale = scaleOf(row);
    if ((type === 'rating' || type === 'nps') && scale.kind !== 'range') {
      row.place.fail('scale', row.get('scale'), `does not fit a ${type} question (write 1-5, 0-10 …)`);
    }
    const texts =
      textsOf(row, 'text') ?? row.place.fail('text_en', '', 'is empty; the question needs a text');
    questions.push({
      code: c,
      stageCode: where.tp ? where.stage : null,
      touchpointCode: where.tp,
      type,
      role: oneOf<QuestionRole>(row, 'role', QUESTION_ROLES),
      scale,
      texts,
      weighsQuestionCode: code(row, 'weighs', false),
    });
  }
  for (const [i, q] of questions.entries()) {
    if (q.weighsQuestionCode && !seen.has(q.weighsQuestionCode.toLowerCase())) {
      qRows[i]?.place.fail('weighs', q.weighsQuestionCode, 'is not the code of a question in this file');
    }
  }
  return { stages, questions };
}
