import type { Database } from 'better-sqlite3';
import { AppError, isAppError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/domain/language';
import { languageFallback } from '../../../shared/report/language-coverage';
import type { ReportInputs } from '../../../shared/report/model';
import { buildReportModel, reportFileName } from '../../../shared/report/model';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { computeDashboard } from '../analysis/dashboard';
import { findWave, readStudyMeta } from '../store/study-repo';
import { gatherAnalyses } from './gather';
import { renderReportPdf } from './pdf';

/** `warnings`: what the maker should see before handing the PDF over (missing translations …). */
export type StudyReport = {
  name: string;
  bytes: Buffer;
  pages: number;
  warnings: string[];
  /** Characters no shipped font has (colour emoji), left out rather than printed as boxes. */
  droppedGlyphs: number;
};

/** Fieldwork dates of the waves up to `year` (the store keeps them; the report prints them). */
function fieldworkOf(db: Database, year: number): NonNullable<ReportInputs['fieldwork']> {
  return db
    .prepare(
      'SELECT year, label, fieldwork_start AS start, fieldwork_end AS "end" FROM wave WHERE year <= ? ORDER BY year',
    )
    .all(year) as NonNullable<ReportInputs['fieldwork']>;
}

/**
 * The client PDF of one wave of an open study: query (dashboard and the analyses, through the API's
 * own task functions) → pure model → pdfmake, with the screen's chart specs.
 * `date` is injectable so tests and reproducible builds get the same bytes-level content.
 */
export async function studyReportPdf(
  db: Database,
  opts: { waveYear?: number | undefined; lang: Language; resourcesDir: string; date?: string },
): Promise<StudyReport> {
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
    languageFallback: languageFallback(readQuestionnaire(db), opts.lang),
    fieldwork: fieldworkOf(db, wave.year),
  });
  try {
    const { bytes, pages, droppedGlyphs } = await renderReportPdf(model, opts.resourcesDir);
    return {
      name: reportFileName(meta.client, meta.title, wave.year),
      bytes,
      pages,
      warnings: model.warnings,
      droppedGlyphs,
    };
  } catch (e) {
    if (isAppError(e)) throw e;
    // The cause stays in the message for the log; no stack crosses the API boundary.
    throw new AppError(
      'REPORT_FAILED',
      `the PDF report could not be made: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
