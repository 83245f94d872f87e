import type { Database } from 'better-sqlite3';
import { AppError, isAppError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/domain/language';
import { pickText } from '../../../shared/domain/language';
import { loadWaveColumns } from '../store/answers-load';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { findWave, readStudyMeta, readWaves } from '../store/study-repo';
import { unitDeckPptx } from './per-unit-pptx';
import { studyReportPdf } from './report-service';

export type PerUnitSkip = {
  unit: string;
  /** 'under-k': the unit has fewer than k respondents; 'subtraction': withheld so that the skipped
   * units cannot be worked out as the whole minus the reported units; 'differencing': refused by
   * the session's release log (it differs from something already shown by fewer than k). */
  reason: 'under-k' | 'subtraction' | 'differencing';
  label: string;
};
export type PerUnitResult = {
  files: { name: string; bytes: Buffer; unit: string }[];
  skipped: PerUnitSkip[];
  k: number;
};
export type PerUnitOptions = {
  variable: string;
  /** PDF reports (default) or PowerPoint decks. */
  format?: 'pdf' | 'pptx' | undefined;
  waveYear?: number | undefined;
  lang: Language;
  resourcesDir: string;
  date?: string;
  session?: object | undefined;
};

/** Respondents per unit code and in all, for one wave. */
function unitCounts(
  db: Database,
  waveId: number,
  questionId: number,
): { total: number; n: Map<string, number> } {
  const col = loadWaveColumns(db, waveId, [questionId], true).columns.get(questionId)!;
  const n = new Map<string, number>();
  col.missing.forEach((m, i) => {
    const t = col.texts?.[i];
    if (m === 0 && t) n.set(t, (n.get(t) ?? 0) + 1);
  });
  return { total: col.missing.length, n };
}

/**
 * Which units may get a report: every unit with at least k respondents in the reported wave, less
 * the units withheld so that no group under k is the difference between the whole (which the study
 * shows anyway) and the reported units. For every wave the report covers, the respondents outside
 * the reported units (skipped units and those without an answer to the variable) must number 0 or
 * at least k; while they do not, the smallest reported unit is withheld too (secondary suppression).
 */
export function planUnits(
  units: readonly string[],
  waves: readonly { total: number; n: Map<string, number> }[],
  reportedWave: number,
  k: number,
): { report: string[]; skipped: { unit: string; reason: 'under-k' | 'subtraction' }[] } {
  const current = waves[reportedWave]!;
  const skipped: { unit: string; reason: 'under-k' | 'subtraction' }[] = [];
  let report = units.filter((u) => {
    const ok = (current.n.get(u) ?? 0) >= k;
    if (!ok) skipped.push({ unit: u, reason: 'under-k' });
    return ok;
  });
  const hidden = (w: { total: number; n: Map<string, number> }) =>
    w.total - report.reduce((s, u) => s + (w.n.get(u) ?? 0), 0);
  for (;;) {
    const bad = waves.find((w) => {
      const h = hidden(w);
      return h > 0 && h < k;
    });
    if (!bad || report.length === 0) break;
    const smallest = [...report].sort((a, b) => (bad.n.get(a) ?? 0) - (bad.n.get(b) ?? 0))[0]!;
    report = report.filter((u) => u !== smallest);
    skipped.push({ unit: smallest, reason: 'subtraction' });
  }
  return { report, skipped };
}

const safeName = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'unit';

/**
 * One report (PDF, or a PowerPoint deck) per unit of a single-choice background variable (a branch, a region), each the
 * filtered report of that unit (every chapter within the unit, the whole's figures are the
 * study's own report). Units under k, and units whose report would let a hidden group be worked
 * out by subtraction, get no report and are listed with the reason.
 */
export async function perUnitReports(db: Database, opts: PerUnitOptions): Promise<PerUnitResult> {
  const meta = readStudyMeta(db);
  const k = meta.anonymityK;
  const q = readQuestionnaire(db).questions.find((x) => x.code.toLowerCase() === opts.variable.toLowerCase());
  if (!q || q.scale.kind !== 'choice' || q.type === 'multi') {
    throw new AppError(
      'INVALID_INPUT',
      `${opts.variable} is not a single-choice background variable of this study (a unit variable such as BRANCH)`,
      { variable: opts.variable },
    );
  }
  const options = q.scale.options;
  const label = (code: string) =>
    pickText(options.find((o) => o.code === code)?.texts ?? {}, opts.lang) || code;
  const wave = findWave(db, opts.waveYear);
  const covered = readWaves(db).filter((w) => w.year <= wave.year);
  const counts = covered.map((w) => unitCounts(db, w.id, q.id));
  const plan = planUnits(
    options.map((o) => o.code),
    counts,
    covered.findIndex((w) => w.year === wave.year),
    k,
  );
  const skipped: PerUnitSkip[] = plan.skipped.map((s) => ({ ...s, label: label(s.unit) }));
  const files: PerUnitResult['files'] = [];
  for (const unit of plan.report) {
    try {
      const bytes =
        opts.format === 'pptx'
          ? await unitDeckPptx(db, {
              variable: q.code,
              unit,
              waveYear: wave.year,
              lang: opts.lang,
              date: opts.date,
              session: opts.session,
            })
          : (
              await studyReportPdf(db, {
                waveYear: wave.year,
                lang: opts.lang,
                resourcesDir: opts.resourcesDir,
                filter: [{ variable: q.code, values: [unit] }],
                session: opts.session,
                ...(opts.date ? { date: opts.date } : {}),
              })
            ).bytes;
      const ext = opts.format === 'pptx' ? 'pptx' : 'pdf';
      files.push({
        name: `${safeName(q.code)}-${safeName(unit)}-${safeName(label(unit))}.${ext}`,
        bytes,
        unit,
      });
    } catch (e) {
      if (isAppError(e) && e.code === 'REPORT_FILTER_REFUSED') {
        skipped.push({ unit, reason: 'differencing', label: label(unit) });
      } else throw e;
    }
  }
  // A refusal by the release log hides one more unit: check the remainder again with it skipped.
  if (skipped.some((s) => s.reason === 'differencing')) {
    const again = planUnits(
      files.map((f) => f.unit),
      counts,
      covered.findIndex((w) => w.year === wave.year),
      k,
    );
    for (const s of again.skipped) skipped.push({ ...s, label: label(s.unit) });
    const keep = new Set(again.report);
    return { files: files.filter((f) => keep.has(f.unit)), skipped, k };
  }
  return { files, skipped, k };
}
