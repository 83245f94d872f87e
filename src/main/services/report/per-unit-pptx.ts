import type { Database } from 'better-sqlite3';
import { AppError, isAppError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/domain/language';
import { renderReportPptx } from './pptx/deck';
import { logoFromDataUrl } from './pptx/logo';
import { studyReportModelOf } from './report-service';

/**
 * The deck of one unit: the PDF's filtered report model (the same task functions, the same
 * anonymity and release-log checks, branding and layout as `studyReportPdf` with a filter) drawn as
 * slides.
 */
export async function unitDeckPptx(
  db: Database,
  o: {
    variable: string;
    unit: string;
    waveYear: number;
    lang: Language;
    date?: string | undefined;
    session?: object | undefined;
  },
): Promise<Buffer> {
  const { model, meta } = studyReportModelOf(db, {
    waveYear: o.waveYear,
    lang: o.lang,
    filter: [{ variable: o.variable, values: [o.unit] }],
    session: o.session,
    ...(o.date ? { date: o.date } : {}),
  });
  try {
    const logo = model.cover.logo ? logoFromDataUrl(model.cover.logo) : null;
    return (await renderReportPptx(model, { k: meta.anonymityK, logo })).bytes;
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError(
      'REPORT_FAILED',
      `the PowerPoint deck could not be made: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
