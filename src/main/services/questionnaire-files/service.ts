import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { QuestionnaireFileFormat } from '../../../shared/api/questionnaire-files';
import type { Language } from '../../../shared/domain/language';
import { recordAction } from '../questionnaire/history';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { readStudyMeta } from '../store/study-repo';
import { applyFileQuestionnaire } from './apply';
import { fileName, toFileQuestionnaire } from './model';
import type { FileQuestionnaire, FileStudy } from './model';
import { writeLimeSurveyTsv } from './limesurvey';
import { writeQualtricsTxt } from './qualtrics';
import { writeQuestionnairePdf } from './questionnaire-pdf';
import { writeXlsForm } from './xlsform';
import { readQuestionnaireXlsx, writeQuestionnaireXlsx } from './xlsx-format';
import { answeredQuestionIds } from '../store/answers-edit';

type Writer = (
  fq: FileQuestionnaire,
  study: FileStudy,
  lang: Language,
  resourcesDir: string,
) => Buffer | Promise<Buffer>;

const WRITERS: Partial<Record<QuestionnaireFileFormat, { ext: string; write: Writer }>> = {
  xlsx: { ext: 'xlsx', write: (fq) => writeQuestionnaireXlsx(fq) },
  xlsform: { ext: 'xlsform.xlsx', write: (fq, study) => writeXlsForm(fq, study) },
  'qualtrics-txt': { ext: 'qualtrics.txt', write: (fq, _study, lang) => writeQualtricsTxt(fq, lang) },
  pdf: { ext: 'pdf', write: (fq, study, lang, dir) => writeQuestionnairePdf(fq, study, lang, dir) },
  limesurvey: { ext: 'limesurvey.txt', write: (fq, study) => writeLimeSurveyTsv(fq, study) },
};

export async function exportQuestionnaire(
  db: Database,
  format: QuestionnaireFileFormat,
  lang: Language | undefined,
  resourcesDir: string,
): Promise<{ name: string; bytes: Buffer }> {
  const writer = WRITERS[format];
  if (!writer) throw new AppError('NOT_SUPPORTED', `questionnaire export as ${format} is not available yet`);
  const meta = readStudyMeta(db);
  const study: FileStudy = { title: meta.title, client: meta.client, languages: meta.languages };
  const fq = toFileQuestionnaire(readQuestionnaire(db));
  const language = lang ?? meta.languages[0] ?? 'en';
  const bytes = await writer.write(fq, study, language, resourcesDir);
  return { name: fileName(meta.title, language, writer.ext), bytes };
}

/** Answered questions whose type or scale the file changes: their answers' missing kinds may change. */
function answersTouched(db: Database, fq: FileQuestionnaire): number[] {
  const inFile = new Map(fq.questions.map((q) => [q.code.toLowerCase(), q]));
  const answered = answeredQuestionIds(db);
  const rows = (
    db.prepare('SELECT q.id, q.code, q.type, q.scale FROM question q').all() as {
      id: number;
      code: string;
      type: string;
      scale: string;
    }[]
  ).filter((r) => answered.has(r.id));
  return rows
    .filter((r) => {
      const f = inFile.get(r.code.toLowerCase());
      return f !== undefined && (f.type !== r.type || JSON.stringify(f.scale) !== r.scale);
    })
    .map((r) => r.id);
}

/**
 * Reads the workbook fully before anything is written (a faulty file leaves the study untouched),
 * then applies it as one designer action, so undo brings the previous questionnaire back.
 */
export function importQuestionnaire(db: Database, bytes: Buffer): void {
  const fq = readQuestionnaireXlsx(bytes);
  recordAction(db, 'import', answersTouched(db, fq), () => applyFileQuestionnaire(db, fq));
}
