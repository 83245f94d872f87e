import type { Database } from 'better-sqlite3';
import { codedCommentRows } from '../comments/coded-rows';
import { AppError, isAppError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/domain/language';
import { pickText } from '../../../shared/domain/language';
import type { Question } from '../../../shared/domain/questionnaire';
import { reportFileName } from '../../../shared/report/model';
import type { ReportModel } from '../../../shared/report/types';
import { computeDashboard } from '../analysis/dashboard';
import { frequencies } from '../import/frequencies';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { findWave, readStudyMeta, readWaves } from '../store/study-repo';
import { gatherAnalyses } from './gather';
import { renderReportPptx } from './pptx/deck';
import { renderChartPng } from './rasterise';
import type { Logo } from './pptx/layout';
import { logoFromDataUrl } from './pptx/logo';
import { studyReportModelOf } from './report-service';
import type { TablesInputs } from './xlsx-tables-cells';
import { tablesWorkbook } from './xlsx-tables';

export type DeliverableOptions = { waveYear?: number | undefined; lang: Language; date?: string };
export type Deliverable = { name: string; bytes: Buffer };

/** The report model of one wave, exactly as the PDF builds it (same queries, same pure builder). */
export function studyReportModel(
  db: Database,
  opts: DeliverableOptions,
): { model: ReportModel; k: number; logo: Logo | null; fileName: (ext: string) => string } {
  const { model, meta, wave } = studyReportModelOf(db, opts);
  return {
    model,
    k: meta.anonymityK,
    logo: model.cover.logo ? logoFromDataUrl(model.cover.logo) : null,
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
  const { model, k, logo, fileName } = studyReportModel(db, opts);
  try {
    const { bytes, slides } = await renderReportPptx(model, { k, logo });
    return { name: fileName('pptx'), bytes, slides };
  } catch (e) {
    if (isAppError(e)) throw e;
    throw failed('PowerPoint deck', e);
  }
}

/** Answers per question in the report's language: the outcomes, the touchpoints and the background. */
function frequencyTables(db: Database, waveYear: number, lang: Language): TablesInputs['frequencies'] {
  const qs = readQuestionnaire(db).questions.filter(
    (q) =>
      (q.scale.kind === 'range' && q.role !== 'importance') ||
      (q.scale.kind === 'choice' && q.role === 'segment'),
  );
  const label = (q: Question, value: string): string => {
    if (q.scale.kind === 'choice') {
      const o = q.scale.options.find((x) => x.code === value);
      return o ? pickText(o.texts, lang) : value;
    }
    if (q.scale.kind === 'range') {
      const l = q.scale.labels.find((x) => String(x.value) === value);
      return l ? `${value} ${pickText(l.texts, lang)}` : value;
    }
    return value;
  };
  return qs.map((q) => {
    const f = frequencies(db, q.code, waveYear);
    return {
      text: pickText(q.texts, lang),
      f: { ...f, counts: f.counts.map((c) => ({ ...c, label: label(q, c.value) })) },
    };
  });
}

/** What the Excel tables are made from: every wave's dashboard up to the reported one, the analyses. */
export function studyTablesInputs(db: Database, opts: DeliverableOptions): TablesInputs {
  const meta = readStudyMeta(db);
  const wave = findWave(db, opts.waveYear);
  const waves = readWaves(db)
    .filter((w) => w.year <= wave.year)
    .map((w) => ({
      year: w.year,
      label: w.label,
      dashboard: computeDashboard(db, { waveYear: w.year, lang: opts.lang }),
    }));
  return {
    meta,
    lang: opts.lang,
    wave: { year: wave.year, label: wave.label },
    waves,
    analyses: gatherAnalyses(db, wave, opts.lang),
    frequencies: frequencyTables(db, wave.year, opts.lang),
    comments: codedCommentRows(db, opts.lang, wave.year),
  };
}

/** Every results table of one wave as an Excel workbook, one sheet per table. */
export function studyTablesXlsx(db: Database, opts: DeliverableOptions): Deliverable & { sheets: string[] } {
  const inputs = studyTablesInputs(db, opts);
  try {
    const { bytes, sheets } = tablesWorkbook(inputs);
    return {
      name: reportFileName(inputs.meta.client, inputs.meta.title, inputs.wave.year, 'xlsx'),
      bytes,
      sheets,
    };
  } catch (e) {
    if (isAppError(e)) throw e;
    throw failed('Excel workbook', e);
  }
}

/**
 * Every chart of the report as a PNG at device pixel ratio 2, named by its order and chart
 * ("03-change.png"): the specs the PDF draws, so an image pasted elsewhere matches the report.
 */
export async function studyChartPngs(
  db: Database,
  opts: DeliverableOptions & { resourcesDir: string },
): Promise<Deliverable[]> {
  const { model } = studyReportModel(db, opts);
  const charts = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : [])));
  const files: Deliverable[] = [];
  try {
    for (const [i, b] of charts.entries()) {
      const bytes = await renderChartPng(b.spec, {
        width: b.width,
        height: b.height,
        pixelRatio: 2,
        resourcesDir: opts.resourcesDir,
      });
      files.push({ name: `${String(i + 1).padStart(2, '0')}-${b.id}.png`, bytes });
    }
  } catch (e) {
    if (isAppError(e)) throw e;
    throw failed('chart images', e);
  }
  return files;
}
