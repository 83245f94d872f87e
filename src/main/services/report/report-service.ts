import type { Database } from 'better-sqlite3';
import type { WaveAnalysis } from '../../../shared/analysis/analyze';
import type { DashboardResult } from '../../../shared/analysis/dashboard';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import { dashboardFromAnalysis } from '../../../shared/analysis/dashboard-from-analysis';
import type { AnalysisFilter } from '../../../shared/analysis/weighting';
import type { Analysed } from '../../../shared/api/analysis';
import { analysisTaskSchemas } from '../../../shared/api/analysis';
import { AppError, isAppError } from '../../../shared/api/errors';
import { pickText } from '../../../shared/domain/index';
import type { Language } from '../../../shared/domain/language';
import type { StudyMeta, WaveSummary } from '../../../shared/domain/study';
import { languageFallback } from '../../../shared/report/language-coverage';
import type { ReportModel } from '../../../shared/report/types';
import { buildReportModel, reportFileName } from '../../../shared/report/model';
import { readFieldwork } from '../branding/fieldwork';
import { shapeReport } from '../branding/shape';
import { computeDashboard } from '../analysis/dashboard';
import { releaseLogOf } from '../analysis/releases';
import { runTaskWithReleases } from '../analysis/tasks';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { findWave, readStudyMeta } from '../store/study-repo';
import type { GatherLog } from './gather';
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

export type ReportOptions = {
  waveYear?: number | undefined;
  lang: Language;
  resourcesDir: string;
  date?: string;
  /** The report for one group only: every chapter within it. */
  filter?: AnalysisFilter | undefined;
  /**
   * The open study's session: the report's respondent sets are checked against, and added to, what
   * this session has already released (releases.ts). Without it (a script on a file) the check runs
   * against the report's own results only.
   */
  session?: object | undefined;
};

/** "Region: North, South · Branch: B1" in the report's language, from the questionnaire's labels. */
function filterText(db: Database, filter: AnalysisFilter, lang: Language): string {
  const qn = readQuestionnaire(db);
  return filter
    .map((c) => {
      const q = qn.questions.find((x) => x.code.toLowerCase() === c.variable.toLowerCase());
      const options = q?.scale.kind === 'choice' ? q.scale.options : [];
      const labels = c.values.map((v) => {
        const o = options.find((x) => x.code === v);
        return o ? pickText(o.texts, lang) || v : v;
      });
      return `${q ? pickText(q.texts, lang) : c.variable}: ${labels.join(', ')}`;
    })
    .join(' · ');
}

function refused(k: number, why: 'filter' | 'differencing'): AppError {
  return new AppError(
    'REPORT_FILTER_REFUSED',
    why === 'filter'
      ? `a report for this filter is refused: it would show, or let one work out, a group of fewer than ${k} respondents`
      : `a report for this filter is refused: together with results already shown in this session it would let one work out a group of fewer than ${k} respondents`,
    { k, reason: why },
  );
}

/** The dashboard of the filtered group, from `analyze` like the screen's filtered dashboard. */
function filteredDashboard(db: Database, log: GatherLog, waveYear: number, lang: Language): DashboardResult {
  const input = analysisTaskSchemas.analyze.parse({ studyId: 'report', waveYear, lang, filter: log.filter });
  const out = runTaskWithReleases(db, { op: 'analyze', input });
  const analysed = out.value as Analysed<WaveAnalysis>;
  if (isSuppressed(analysed.result)) throw refused(analysed.anonymityK, 'filter');
  log.releases.push(...out.released);
  return dashboardFromAnalysis(analysed, readQuestionnaire(db), lang).result;
}

/**
 * The report model of one wave, as every deliverable draws it (PDF, deck, tables, a unit's report):
 * the dashboard and the analyses through the API's own task functions, the pure model builder, then
 * the consultant's branding and layout. With a filter every chapter is computed within the group,
 * under the screen's rules (see studyReportPdf).
 */
export function studyReportModelOf(
  db: Database,
  opts: Omit<ReportOptions, 'resourcesDir'>,
): { model: ReportModel; meta: StudyMeta; wave: WaveSummary } {
  const meta = readStudyMeta(db);
  const wave = findWave(db, opts.waveYear);
  const filter = opts.filter?.length ? opts.filter : undefined;
  const log: GatherLog = { filter, releases: [], omitted: [] };
  const dashboard = filter
    ? filteredDashboard(db, log, wave.year, opts.lang)
    : computeDashboard(db, { waveYear: wave.year, lang: opts.lang });
  const analyses = gatherAnalyses(db, wave, opts.lang, log);
  if (filter) {
    const releases = releaseLogOf(opts.session ?? {});
    if (!releases.allows(log.releases, meta.anonymityK)) throw refused(meta.anonymityK, 'differencing');
    releases.record(log.releases);
  }
  const built = buildReportModel({
    meta,
    wave: { year: wave.year, label: wave.label },
    dashboard,
    analyses,
    lang: opts.lang,
    date: opts.date ?? new Date().toISOString().slice(0, 10),
    ...(filter
      ? {
          filterText: filterText(db, filter, opts.lang),
          // A unit's report against the whole: the study's own dashboard, which it shows anyway.
          whole: computeDashboard(db, { waveYear: wave.year, lang: opts.lang }),
        }
      : {}),
    languageFallback: languageFallback(readQuestionnaire(db), opts.lang),
    fieldwork: readFieldwork(db, wave.year),
  });
  return { model: shapeReport(db, built, meta.branding), meta, wave };
}

/**
 * The client PDF of one wave of an open study: query (dashboard and the analyses, through the API's
 * own task functions) → pure model → pdfmake, with the screen's chart specs.
 * `date` is injectable so tests and reproducible builds get the same bytes-level content.
 *
 * With a filter every chapter is computed within the group, under the screen's rules: the filter is
 * refused when it could single out a hidden group, and the report's respondent sets must differ
 * from every set this session has already released by 0 or at least k respondents, else the report
 * is refused (REPORT_FILTER_REFUSED) and nothing is recorded.
 */
export async function studyReportPdf(db: Database, opts: ReportOptions): Promise<StudyReport> {
  const { model, meta, wave } = studyReportModelOf(db, opts);
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
