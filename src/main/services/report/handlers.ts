import type { PartialHandlerMap } from '../api/handlers';
import { studyReportPdf } from './report-service';

export const reportHandlers: PartialHandlerMap = {
  'report/pdf': async (input, ctx) => {
    const { db } = ctx.sessions.get(input.studyId);
    const r = await studyReportPdf(db, {
      waveYear: input.waveYear,
      lang: input.lang,
      resourcesDir: ctx.resourcesDir,
    });
    return { name: r.name, base64: r.bytes.toString('base64'), pages: r.pages, warnings: r.warnings };
  },
};
