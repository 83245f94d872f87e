import type { Language, Texts } from '../domain/language';
import type { Scale } from '../domain/questionnaire';
import { uniqueCode } from './bank';
import type { Draft, DraftQuestion, DraftStage } from './draft';

/** Cells of a paste from Excel: tab-separated, rows by newline; quoted cells may hold tabs, newlines and "". */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  const s = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
      atStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atStart = true;
    } else {
      cell += ch;
      atStart = false;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
}

const HEADER_WORDS =
  /^(stage|stages|phase|fase|faser|steg|touchpoints?|kontaktpunkt(er)?|berøringspunkt(er)?|questions?( text)?|spørsmål(stekst)?|spørgsmål(stekst)?|text|tekst)$/i;

/** True when the row names columns rather than holding content. */
export function isHeaderRow(row: string[]): boolean {
  const filled = row.filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => HEADER_WORDS.test(c));
}

export type PasteContext = {
  /** The language the pasted texts are in. */
  lang: Language;
  /** Codes already in the study. */
  takenCodes?: Iterable<string>;
  /** Code of the touchpoint single-column questions go into (their codes start with it). */
  touchpointCode?: string;
  /** Touchpoints already in the study, so new ones are numbered after them. */
  touchpointCount?: number;
  stageCount?: number;
  /** Name of the one stage a two-column paste (touchpoint, question) goes into. */
  stageTexts?: Texts;
};

export type PasteResult = {
  /** `questions`: one column, into the selected touchpoint; `journey`: stages and touchpoints. */
  shape: 'questions' | 'journey';
  draft: Draft;
  questionCount: number;
  skippedHeader: boolean;
};

const RATING: Scale = { kind: 'range', min: 1, max: 10, labels: [], missingCodes: [] };

/**
 * A paste as a Draft. One column: question texts (into `general`, for the selected touchpoint). Two
 * columns: touchpoint, question. Three or more: stage, touchpoint, question. An empty stage or
 * touchpoint cell continues the one above (merged cells in Excel). Questions are ratings 1–10 with the
 * performance role; codes like TP01_Q1 are unique against the study.
 */
export function pasteDraft(text: string, ctx: PasteContext): PasteResult {
  let rows = parseTsv(text);
  const skippedHeader = rows.length > 0 && isHeaderRow(rows[0]!);
  if (skippedHeader) rows = rows.slice(1);
  const used = new Set([...(ctx.takenCodes ?? [])].map((c) => c.toLowerCase()));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const t = (v: string): Texts => ({ [ctx.lang]: v });
  const question = (code: string, texts: Texts): DraftQuestion => ({
    code: uniqueCode(code, used),
    type: 'rating',
    role: 'performance',
    scale: RATING,
    texts,
    weighsQuestionCode: null,
  });

  if (width <= 1) {
    const prefix = ctx.touchpointCode ? safeCode(ctx.touchpointCode) : 'Q';
    const general = rows.map((r, i) =>
      question(ctx.touchpointCode ? `${prefix}_Q${i + 1}` : `Q${pad(i + 1)}`, t(r[0]!)),
    );
    return {
      shape: 'questions',
      draft: { stages: [], general },
      questionCount: general.length,
      skippedHeader,
    };
  }

  const stages: DraftStage[] = [];
  let stageNo = ctx.stageCount ?? 0;
  let tpNo = ctx.touchpointCount ?? 0;
  let count = 0;
  const defaultStage = ctx.stageTexts ?? { en: 'Journey', nb: 'Reisen', da: 'Rejsen' };
  for (const r of rows) {
    const [stageName, tpName, qText] =
      width === 2
        ? ['', r[0] ?? '', r[1] ?? '']
        : [r[0] ?? '', r[1] ?? '', r.slice(2).find((c) => c !== '') ?? ''];
    let stage = stages.at(-1);
    if (!stage || (stageName !== '' && stageName !== stage.texts[ctx.lang])) {
      if (!stage && stageName === '' && width > 2) continue;
      stage = { code: `S${pad(++stageNo)}`, texts: stageName ? t(stageName) : defaultStage, touchpoints: [] };
      stages.push(stage);
    }
    const tps = stage.touchpoints!;
    let tp = tps.at(-1);
    if (!tp || (tpName !== '' && tpName !== tp.texts[ctx.lang])) {
      if (tpName === '' && !tp) continue;
      tp = { code: `TP${pad(++tpNo)}`, texts: t(tpName), questions: [] };
      tps.push(tp);
    }
    if (qText !== '') {
      const qs = tp.questions!;
      qs.push(question(`${tp.code}_Q${qs.length + 1}`, t(qText)));
      count++;
    }
  }
  return { shape: 'journey', draft: { stages, general: [] }, questionCount: count, skippedHeader };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A touchpoint code usable as a question-code prefix. */
function safeCode(code: string): string {
  const c = code.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z]/.test(c) ? c : `T${c}`;
}
