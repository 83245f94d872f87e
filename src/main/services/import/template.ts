import { safeRows } from '../../../shared/import/safe-cell';
import type { Database } from 'better-sqlite3';
import * as XLSX from 'xlsx';
import type { Language } from '../../../shared/domain/language';
import { pickText } from '../../../shared/domain/language';
import type { Question } from '../../../shared/domain/questionnaire';
import { columnLetter } from '../../../shared/import/cellref';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { readStudyMeta } from '../store/study-repo';

/** The allowed entries of a question: its scale points and option codes (what the list offers). */
function allowed(q: Question): string[] | null {
  if (q.scale.kind === 'range') {
    const pts: string[] = [];
    for (let v = q.scale.min; v <= q.scale.max; v++) pts.push(String(v));
    for (const m of q.scale.missingCodes) pts.push(String(m.value));
    return pts;
  }
  if (q.scale.kind === 'choice' && q.type === 'single' && q.scale.options.length)
    return q.scale.options.map((o) => o.code);
  return null;
}

type CfbEntry = { content: Uint8Array };
type CfbContainer = { FileIndex: CfbEntry[] };
type CfbApi = {
  read(d: Uint8Array, o: { type: 'buffer' }): CfbContainer;
  find(c: CfbContainer, path: string): CfbEntry | null;
  write(c: CfbContainer, o: { fileType: 'zip'; type: 'buffer'; compression: boolean }): Buffer;
};
// SheetJS CE reads but does not write data validations, so they are added to the sheet's XML here,
// through SheetJS's own zip container (typed `any` upstream; this is the part we use).
const Cfb = XLSX.CFB as CfbApi;

function addListValidations(
  xlsx: Buffer,
  sheetPath: string,
  list: { sqref: string; formula: string }[],
): Buffer {
  if (list.length === 0) return xlsx;
  const zip = Cfb.read(xlsx, { type: 'buffer' });
  const entry = Cfb.find(zip, sheetPath);
  if (!entry) return xlsx;
  const xml = Buffer.from(entry.content).toString('utf8');
  const dv = `<dataValidations count="${list.length}">${list
    .map(
      (v) =>
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${v.sqref}"><formula1>${v.formula}</formula1></dataValidation>`,
    )
    .join('')}</dataValidations>`;
  // Schema order: … mergeCells, phoneticPr, conditionalFormatting, dataValidations, hyperlinks, printOptions, pageMargins …
  const at = [
    '<hyperlinks',
    '<printOptions',
    '<pageMargins',
    '<pageSetup',
    '<headerFooter',
    '<ignoredErrors',
    '</worksheet>',
  ]
    .map((t) => xml.indexOf(t))
    .filter((i) => i >= 0)
    .sort((x, y) => x - y)[0]!;
  entry.content = Buffer.from(xml.slice(0, at) + dv + xml.slice(at), 'utf8');
  return Cfb.write(zip, { fileType: 'zip', type: 'buffer', compression: true });
}

/**
 * A response template: question codes in row 1 (what the import maps by), question texts in row 2
 * (recognised as a second header row because the data under it is numeric), an `id` column, and a
 * drop-down list of scale points per rating column, kept on a `Lists` sheet.
 */
export function buildTemplate(db: Database, lang?: Language): { name: string; bytes: Buffer } {
  const meta = readStudyMeta(db);
  const language = lang ?? meta.languages[0] ?? 'en';
  const questions = readQuestionnaire(db).questions;
  const header = ['id', ...questions.map((q) => q.code)];
  const texts = ['Respondent id', ...questions.map((q) => pickText(q.texts, language))];
  const ws = XLSX.utils.aoa_to_sheet(safeRows([header, texts]));
  ws['!cols'] = header.map((h) => ({ wch: Math.max(8, Math.min(30, h.length + 2)) }));
  const lists: string[][] = [];
  const validations: { sqref: string; formula: string }[] = [];
  questions.forEach((q, i) => {
    const values = allowed(q);
    if (!values) return;
    const col = lists.length;
    lists.push(values);
    const letter = columnLetter(i + 1);
    validations.push({
      sqref: `${letter}3:${letter}10000`,
      formula: `Lists!$${columnLetter(col)}$1:$${columnLetter(col)}$${values.length}`,
    });
  });
  const listRows: string[][] = [];
  const maxLen = Math.max(0, ...lists.map((l) => l.length));
  for (let r = 0; r < maxLen; r++) listRows.push(lists.map((l) => l[r] ?? ''));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Responses');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(safeRows(listRows)), 'Lists');
  const name = `${meta.client} ${meta.title} responses.xlsx`.replace(/[\\/:*?"<>|]+/g, '-');
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return { name, bytes: addListValidations(bytes, '/xl/worksheets/sheet1.xml', validations) };
}
