import type { QuestionnaireFileHandlers } from '../api/handlers';
import { exportQuestionnaire, importQuestionnaire } from '../questionnaire-files/service';
import { overviewOf } from '../study/study-service';

/** Questionnaire files: the app's workbook both ways, and the survey tools' formats out. */
export const questionnaireFileHandlers = {
  'questionnaire/export': async (input, ctx) => {
    const { db } = ctx.sessions.get(input.studyId);
    const f = await exportQuestionnaire(db, input.format, input.lang, ctx.resourcesDir);
    return { name: f.name, base64: f.bytes.toString('base64') };
  },
  'questionnaire/import': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    importQuestionnaire(s.db, Buffer.from(input.file.base64, 'base64'));
    return overviewOf(s);
  },
} satisfies QuestionnaireFileHandlers;
