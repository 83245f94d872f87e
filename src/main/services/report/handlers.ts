import { languageFallback } from '../../../shared/report/language-coverage';
import { reportWarnings } from '../../../shared/report/model';
import type { ReportHandlers } from '../api/handlers';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { studyReportPdf } from './report-service';

export const reportHandlers = {
  'report/languageCheck': (input, ctx) => {
    const { db } = ctx.sessions.get(input.studyId);
    const fallback = languageFallback(readQuestionnaire(db), input.lang);
    return { fallback, warnings: reportWarnings({ lang: input.lang, languageFallback: fallback }) };
  },
  'report/pdf': async (input, ctx) => {
    const session = ctx.sessions.get(input.studyId);
    const r = await studyReportPdf(session.db, {
      waveYear: input.waveYear,
      lang: input.lang,
      resourcesDir: ctx.resourcesDir,
      filter: input.filter,
      session,
    });
    return { name: r.name, base64: r.bytes.toString('base64'), pages: r.pages, warnings: r.warnings };
  },
} satisfies ReportHandlers;
