import type { DeliverableHandlers } from '../api/handlers';
import { perUnitReports } from './per-unit';
import { studyChartPngs, studyReportPptx, studyTablesXlsx } from './deliverables-service';

export const deliverableHandlers = {
  'report/pptx': async (input, ctx) => {
    const { db } = ctx.sessions.get(input.studyId);
    const r = await studyReportPptx(db, { waveYear: input.waveYear, lang: input.lang });
    return { name: r.name, base64: r.bytes.toString('base64'), slides: r.slides };
  },
  'report/xlsx': (input, ctx) => {
    const { db } = ctx.sessions.get(input.studyId);
    const r = studyTablesXlsx(db, { waveYear: input.waveYear, lang: input.lang });
    return { name: r.name, base64: r.bytes.toString('base64'), sheets: r.sheets };
  },
  'report/charts': async (input, ctx) => {
    const { db } = ctx.sessions.get(input.studyId);
    const files = await studyChartPngs(db, {
      waveYear: input.waveYear,
      lang: input.lang,
      resourcesDir: ctx.resourcesDir,
    });
    return { files: files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') })) };
  },
  'report/perUnit': async (input, ctx) => {
    const session = ctx.sessions.get(input.studyId);
    const r = await perUnitReports(session.db, {
      variable: input.variable,
      format: input.format,
      waveYear: input.waveYear,
      lang: input.lang,
      resourcesDir: ctx.resourcesDir,
      session,
    });
    return {
      files: r.files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64'), unit: f.unit })),
      skipped: r.skipped,
      k: r.k,
    };
  },
} satisfies DeliverableHandlers;
