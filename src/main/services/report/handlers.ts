import type { ReportHandlers } from '../api/handlers';
import { studyReportPdf } from './report-service';

export const reportHandlers = {
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
