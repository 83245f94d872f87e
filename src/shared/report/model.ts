import type { DashboardResult } from '../analysis/dashboard';
import { makePalette } from '../charts/palette';
import type { Language } from '../domain/language';
import type { StudyMeta } from '../domain/study';
import { localeOf } from '../format';
import { reportText } from '../i18n/report';
import type { ReportAnalyses, ReportChapter } from './analyses';
import type { LanguageFallback } from './language-coverage';
import { shown, touchpointNames } from './analyses';
import { changeSection } from './sections/change';
import { commentsSection } from './sections/comments';
import { driversSection } from './sections/drivers';
import { mapSection } from './sections/map';
import { methodSection } from './sections/method';
import { omittedSection } from './sections/omitted';
import { unitsSection } from './sections/units';
import { overviewSection } from './sections/overview';
import { touchpointsSection } from './sections/touchpoints';
import { plsIndexSection } from './sections/pls-index';
import { trendSection } from './sections/trend';
import { wholeKpiText } from './sections/whole';
import type { ReportModel, ReportSection } from './types';

export type ReportInputs = {
  meta: Pick<StudyMeta, 'client' | 'title' | 'anonymityK' | 'branding'>;
  /** The wave reported; `label` is the study's own name for it ("2025", "Spring 2025"). */
  wave: { year: number; label: string };
  dashboard: DashboardResult;
  lang: Language;
  /** ISO date the report is made (passed in: the builder is pure). */
  date: string;
  /** The analyses of the full report; without them the report is the short overview + journey. */
  analyses?: ReportAnalyses;
  /** A report for one group only: the filter in words, said at the top of the overview. */
  filterText?: string;
  /** With a filter (a unit's report): the whole study's dashboard, printed beside the unit's. */
  whole?: DashboardResult;
  /** Texts missing in `lang` and printed in another language: a notice in the method section. */
  languageFallback?: LanguageFallback | null;
  /** Fieldwork dates per wave (ISO dates), printed in the method section. */
  fieldwork?: {
    year: number;
    label: string;
    start: string | null;
    end: string | null;
    invited?: number | null;
    responded?: number | null;
    respondents?: number;
  }[];
};

/** The warnings the report's maker should see before export, in English (the CLI's language). */
export function reportWarnings(input: Pick<ReportInputs, 'lang' | 'languageFallback'>): string[] {
  const f = input.languageFallback;
  if (!f) return [];
  return [
    reportText('en', 'languageFallbackWarning', {
      count: f.count,
      total: f.total,
      language: reportText('en', `langName_${input.lang}`),
      fallback: reportText('en', `langName_${f.fallback}`),
    }),
  ];
}

function formatDate(iso: string, lang: Language): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** The wave's display name: "Wave 2025", or the study's own label when it says more than the year. */
function waveName(wave: { year: number; label: string }, lang: Language): string {
  const label = wave.label.trim();
  return label && label !== String(wave.year) ? label : reportText(lang, 'wave', { year: wave.year });
}

/**
 * The client report for one wave, as a plain model (see types.ts). Pure: same inputs, same model,
 * so the report is unit-tested without rendering and the renderer stays a dumb layout step.
 */
export function buildReportModel(input: ReportInputs): ReportModel {
  const { meta, dashboard: d, lang } = input;
  const palette = makePalette(meta.branding.primaryColor);
  const wave = waveName(input.wave, lang);
  const consultancy = meta.branding.consultancy.trim();
  const a = input.analyses;
  const sections: ReportSection[] = [overviewSection(d, lang, palette, a)];
  if (input.filterText) {
    const text = reportText(lang, 'filteredReport', { filter: input.filterText, n: d.respondents });
    sections[0]!.blocks.unshift({ kind: 'text', text, style: 'note' });
    // The unit against the whole: the KPIs' line right under the KPIs.
    if (input.whole) {
      const at = sections[0]!.blocks.findIndex((b) => b.kind === 'kpis');
      sections[0]!.blocks.splice(at + 1, 0, wholeKpiText(d, input.whole, lang));
    }
  }
  const tp = touchpointsSection(d, lang, palette, input.filterText ? input.whole : undefined);
  if (tp) sections.push(tp);
  if (a) {
    // A chapter that was left out gets a short notice in its place saying why.
    const orOmitted = (chapter: ReportChapter, part: ReportSection | null) => {
      const o = part ? undefined : a.omitted?.find((x) => x.chapter === chapter);
      if (part) sections.push(part);
      else if (o) sections.push(omittedSection(o, d.anonymityK, lang));
    };
    const compare = shown(a.compare);
    orOmitted('change', compare ? changeSection(compare, d, lang, palette) : null);
    const trend = shown(a.trend) && trendSection(shown(a.trend)!, lang, palette);
    if (trend) sections.push(trend);
    const map = shown(a.map);
    orOmitted(
      'map',
      map
        ? mapSection(
            map,
            d.anonymityK,
            lang,
            palette,
            touchpointNames(d),
            shown(a.driversSat) ?? shown(a.driversNps),
          )
        : null,
    );
    orOmitted('drivers', driversSection(a.driversSat, a.driversNps, lang, palette));
    const index = a.plsIndex ? plsIndexSection(a.plsIndex, lang, a.plsModel, palette) : null;
    if (index) sections.push(index);
    orOmitted('units', a.units ? unitsSection(a.units, d, lang, palette) : null);
    if (a.comments) sections.push(commentsSection(a.comments, d.anonymityK, lang));
  }
  sections.push(
    methodSection(d, lang, wave, a, (w) => waveName(w, lang), {
      languageFallback: input.languageFallback ?? null,
      fieldwork: (input.fieldwork ?? []).map((f) => ({ ...f, wave: waveName(f, lang) })),
      formatDate: (iso) => formatDate(iso, lang),
    }),
  );
  return {
    lang,
    warnings: reportWarnings(input),
    palette,
    cover: {
      kicker: reportText(lang, 'reportKind'),
      client: meta.client,
      title: meta.title,
      wave,
      preparedBy: consultancy ? reportText(lang, 'preparedBy', { consultancy }) : null,
      date: formatDate(input.date, lang),
    },
    sections,
    running: {
      header: `${meta.client} · ${meta.title} · ${wave}`,
      footer: reportText(lang, 'confidential', { client: meta.client }),
      pageOf: reportText(lang, 'page', { page: '{page}', pages: '{pages}' }),
    },
  };
}

/** The report's file name: `<client>-<title>-<year>.pdf`, ASCII-slugged (æ→ae, ø→o, å→a). */
export function reportFileName(client: string, title: string, year: number, ext = 'pdf'): string {
  const slug = (s: string): string =>
    s
      .replace(/[æÆ]/g, 'ae')
      .replace(/[øØ]/g, 'o')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
  const parts = [slug(client), slug(title), String(year)].filter(Boolean);
  return `${parts.join('-')}.${ext}`;
}
