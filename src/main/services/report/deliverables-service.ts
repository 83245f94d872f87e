import type { Database } from 'better-sqlite3';
import { AppError, isAppError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/domain/language';
import { buildReportModel, reportFileName } from '../../../shared/report/model';
import type { ReportModel } from '../../../shared/report/types';
import { computeDashboard } from '../analysis/dashboard';
import { findWave, readStudyMeta } from '../store/study-repo';
import { gatherAnalyses } from './gather';
import { renderReportPptx } from './pptx/deck';

export type DeliverableOptions = { waveYear?: number | undefined; lang: Language; date?: string };
export type Deliverable = { name: string; bytes: Buffer };

/** The report model of one wave, exactly as the PDF builds it (same queries, same pure builder). */
export function studyReportModel(
  db: Database,
  opts: DeliverableOptions,
): { model: ReportModel; k: number; fileName: (ext: string) => string } {
  const meta = readStudyMeta(db);
  const wave = findWave(db, opts.waveYear);
  const dashboard = computeDashboard(db, { waveYear: wave.year, lang: opts.lang });
  const model = buildReportModel({
    meta,
    wave: { year: wave.year, label: wave.label },
    dashboard,
    analyses: gatherAnalyses(db, wave, opts.lang),
    lang: opts.lang,
    date: opts.date ?? new Date().toISOString().slice(0, 10),
  });
  return {
    model,
    k: meta.anonymityK,
    fileName: (ext) => reportFileName(meta.client, meta.title, wave.year, ext),
  };
}

function failed(what: string, e: unknown): AppError {
  // The cause stays in the message for the log; no stack crosses the API boundary.
  return new AppError(
    'REPORT_FAILED',
    `the ${what} could not be made: ${e instanceof Error ? e.message : String(e)}`,
  );
}

/** The client deck (PowerPoint) of one wave: the report model drawn as slides with native charts. */
export async function studyReportPptx(
  db: Database,
  opts: DeliverableOptions,
): Promise<Deliverable & { slides: number }> {
  const { model, k, fileName } = studyReportModel(db, opts);
  try {
    const { bytes, slides } = await renderReportPptx(model, { k });
    return { name: fileName('pptx'), bytes, slides };
  } catch (e) {
    if (isAppError(e)) throw e;
    throw failed('PowerPoint deck', e);
  }
}
