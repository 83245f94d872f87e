import * as XLSX from 'xlsx';
import type { Language, Texts } from '../../../shared/domain/language';
import { pickText } from '../../../shared/domain/language';
import type { Choice } from './choices';
import { choicesOf, choiceText } from './choices';
import { groupByStage } from './model';
import type { FileQuestion, FileQuestionnaire, FileStudy } from './model';
import { fileSlug } from './model';
import { guardCell } from './xlsx-format';

/** XLSForm's language column names: "label::English (en)". */
export const XLSFORM_LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English (en)',
  nb: 'Norsk bokmål (nb)',
  da: 'Dansk (da)',
};

type ListRegistry = { names: Map<string, string>; rows: string[][] };

function listFor(q: FileQuestion, lists: ListRegistry, langs: Language[]): string {
  const choices: Choice[] = choicesOf(q.scale);
  const key = JSON.stringify(choices.map((c) => [c.name, langs.map((l) => choiceText(c, l))]));
  const known = lists.names.get(key);
  if (known) return known;
  const name =
    q.scale.kind === 'range' && q.scale.labels.length === 0 && q.scale.missingCodes.length === 0
      ? `scale_${q.scale.min}_${q.scale.max}`.replace(/-/g, 'm')
      : `${q.code}_options`;
  lists.names.set(key, name);
  for (const c of choices) lists.rows.push([name, c.name, ...langs.map((l) => guardCell(choiceText(c, l)))]);
  return name;
}

function typeOf(q: FileQuestion, lists: ListRegistry, langs: Language[]): string {
  switch (q.type) {
    case 'rating':
    case 'nps':
    case 'single':
      return `select_one ${listFor(q, lists, langs)}`;
    case 'multi':
      return `select_multiple ${listFor(q, lists, langs)}`;
    case 'number':
      return 'integer';
    case 'text':
      return 'text';
  }
}

/**
 * The questionnaire as an XLSForm (ODK, KoboToolbox, SurveyCTO …): one group per journey stage, the
 * question codes as field names, so the tool's data export carries the codes as column names.
 */
export function writeXlsForm(fq: FileQuestionnaire, study: FileStudy): Buffer {
  const langs: Language[] = study.languages.length > 0 ? study.languages : ['en'];
  const labels = (t: Texts) => langs.map((l) => guardCell(t[l] ?? pickText(t, l)));
  const lists: ListRegistry = { names: new Map(), rows: [] };
  const survey: string[][] = [
    ['type', 'name', ...langs.map((l) => `label::${XLSFORM_LANGUAGE_NAMES[l]}`), 'required'],
  ];
  const question = (q: FileQuestion) =>
    survey.push([typeOf(q, lists, langs), q.code, ...labels(q.texts), q.type === 'text' ? 'no' : 'yes']);
  for (const g of groupByStage(fq)) {
    if (!g.stage) {
      g.questions.forEach(question);
      continue;
    }
    survey.push(['begin_group', g.stage.code, ...labels(g.stage.texts), '']);
    g.questions.forEach(question);
    survey.push(['end_group', '', ...langs.map(() => ''), '']);
  }
  const choices = [
    ['list_name', 'name', ...langs.map((l) => `label::${XLSFORM_LANGUAGE_NAMES[l]}`)],
    ...lists.rows,
  ];
  const settings = [
    ['form_title', 'form_id', 'default_language'],
    [
      guardCell(study.title),
      fileSlug(study.title).replace(/-/g, '_'),
      XLSFORM_LANGUAGE_NAMES[langs[0] ?? 'en'],
    ],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(survey), 'survey');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(choices), 'choices');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(settings), 'settings');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
