import type { Database } from 'better-sqlite3';
import type { WaveAnalysis } from '../../../shared/analysis/analyze';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import { dashboardFromAnalysis } from '../../../shared/analysis/dashboard-from-analysis';
import type { Analysed } from '../../../shared/api/analysis';
import { analysisTaskSchemas } from '../../../shared/api/analysis';
import { AppError, isAppError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/domain/language';
import { buildReportModel } from '../../../shared/report/model';
import { releaseLogOf } from '../analysis/releases';
import { runTaskWithReleases } from '../analysis/tasks';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { findWave, readStudyMeta } from '../store/study-repo';
import type { GatherLog } from './gather';
import { gatherAnalyses } from './gather';
import { renderReportPptx } from './pptx/deck';
import { brandingLogo } from './pptx/logo';

function refused(k: number): AppError {
  return new AppError(
    'REPORT_FILTER_REFUSED',
    `a deck for this unit is refused: it would show, or let one work out, a group of fewer than ${k} respondents`,
    { k },
  );
}

/**
 * The deck of one unit: the PDF's filtered report model (the same task functions, the same
 * anonymity and release-log checks as `studyReportPdf` with a filter) drawn as slides.
 */
export async function unitDeckPptx(
  db: Database,
  o: {
    variable: string;
    unit: string;
    filterText: string;
    waveYear: number;
    lang: Language;
    date?: string | undefined;
    session?: object | undefined;
  },
): Promise<Buffer> {
  const meta = readStudyMeta(db);
  const wave = findWave(db, o.waveYear);
  const filter = [{ variable: o.variable, values: [o.unit] }];
  const log: GatherLog = { filter, releases: [], omitted: [] };
  const input = analysisTaskSchemas.analyze.parse({
    studyId: 'report',
    waveYear: wave.year,
    lang: o.lang,
    filter,
  });
  const out = runTaskWithReleases(db, { op: 'analyze', input });
  const analysed = out.value as Analysed<WaveAnalysis>;
  if (isSuppressed(analysed.result)) throw refused(analysed.anonymityK);
  log.releases.push(...out.released);
  const dashboard = dashboardFromAnalysis(analysed, readQuestionnaire(db), o.lang).result;
  const analyses = gatherAnalyses(db, wave, o.lang, log);
  const releases = releaseLogOf(o.session ?? {});
  if (!releases.allows(log.releases, meta.anonymityK)) throw refused(meta.anonymityK);
  releases.record(log.releases);
  const model = buildReportModel({
    meta,
    wave: { year: wave.year, label: wave.label },
    dashboard,
    analyses,
    lang: o.lang,
    date: o.date ?? new Date().toISOString().slice(0, 10),
    filterText: o.filterText,
  });
  try {
    return (await renderReportPptx(model, { k: meta.anonymityK, logo: brandingLogo(meta.branding) })).bytes;
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError(
      'REPORT_FAILED',
      `the PowerPoint deck could not be made: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
