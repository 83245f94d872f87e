import type { Language, Texts } from '../../../shared/domain/language';
import { pickText } from '../../../shared/domain/language';
import { limeSurveyAnswerCode, limeSurveyCode } from '../../../shared/import/mapping';
import { choicesOf, choiceText } from './choices';
import { groupByStage } from './model';
import type { FileQuestion, FileQuestionnaire, FileStudy } from './model';

/**
 * LimeSurvey's "Tab Separated Value" survey format (Surveys → Import, .txt): one row per survey
 * setting (S), language setting (SL), group (G), question (Q), subquestion (SQ) and answer option (A),
 * each G/Q/SQ/A row repeated once per survey language. Question codes become LimeSurvey's question
 * codes (`name`), so its response export names its columns by them (`CODE`, multi `CODE[SQ001]`).
 */
export const LIMESURVEY_COLUMNS = [
  'id',
  'related_id',
  'class',
  'type/scale',
  'name',
  'relevance',
  'text',
  'help',
  'language',
  'validation',
  'mandatory',
  'other',
  'default',
  'same_default',
] as const;
type Column = (typeof LIMESURVEY_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/** LimeSurvey's question type letters for the app's question types. */
export function limeSurveyType(q: FileQuestion): string {
  switch (q.type) {
    case 'rating':
    case 'nps':
      // "5" (5 point choice) has no room for a don't-know code or labels; any other scale is a list.
      return q.scale.kind === 'range' &&
        q.scale.min === 1 &&
        q.scale.max === 5 &&
        q.scale.labels.length === 0 &&
        q.scale.missingCodes.length === 0
        ? '5'
        : 'L';
    case 'single':
      return 'L';
    case 'multi':
      return 'M';
    case 'number':
      return 'N';
    case 'text':
      return 'T';
  }
}

/** A cell never holds a tab or line break: they would start a new column or row. */
function cell(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

// LimeSurvey's question and answer codes are shared with the import, which maps its response export back.
export { limeSurveyCode };

export function writeLimeSurveyTsv(fq: FileQuestionnaire, study: FileStudy): Buffer {
  const langs: Language[] = study.languages.length > 0 ? study.languages : ['en'];
  const text = (t: Texts, l: Language) => t[l] ?? pickText(t, l);
  const rows: Row[] = [
    { class: 'S', name: 'language', text: langs[0] },
    ...(langs.length > 1
      ? [{ class: 'S', name: 'additional_languages', text: langs.slice(1).join(' ') }]
      : []),
    { class: 'S', name: 'format', text: 'G' },
    ...langs.flatMap((l) => [
      { class: 'SL', name: 'surveyls_title', text: study.title, language: l },
      { class: 'SL', name: 'surveyls_description', text: study.client, language: l },
    ]),
  ];
  let gid = 0;
  let qid = 0;
  for (const g of groupByStage(fq)) {
    if (g.questions.length === 0) continue;
    gid += 1;
    const groupTexts = g.stage?.texts ?? { en: 'General', nb: 'Generelt', da: 'Generelt' };
    for (const l of langs) {
      rows.push({
        id: String(gid),
        class: 'G',
        'type/scale': String(gid),
        name: text(groupTexts, l),
        relevance: '1',
        language: l,
      });
    }
    for (const q of g.questions) {
      qid += 1;
      const type = limeSurveyType(q);
      const choices = choicesOf(q.scale);
      for (const l of langs) {
        rows.push({
          id: String(qid),
          class: 'Q',
          'type/scale': type,
          name: limeSurveyCode(q.code),
          relevance: '1',
          text: text(q.texts, l),
          language: l,
          mandatory: q.type === 'text' ? 'N' : 'Y',
          other: 'N',
        });
        if (type === 'M') {
          choices.forEach((c, i) =>
            rows.push({
              class: 'SQ',
              'type/scale': '0',
              name: limeSurveyAnswerCode(c.name, i, 'SQ'),
              text: choiceText(c, l),
              language: l,
            }),
          );
        } else if (type === 'L') {
          choices.forEach((c, i) =>
            rows.push({
              class: 'A',
              'type/scale': '0',
              name: limeSurveyAnswerCode(c.name, i, 'A'),
              text: choiceText(c, l),
              language: l,
            }),
          );
        }
      }
    }
  }
  const lines = [
    LIMESURVEY_COLUMNS.join('\t'),
    ...rows.map((r) => LIMESURVEY_COLUMNS.map((c) => cell(r[c] ?? '')).join('\t')),
  ];
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
