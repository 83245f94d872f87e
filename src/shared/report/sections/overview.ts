import type { DashboardResult, RatingSummary } from '../../analysis/dashboard';
import { isSuppressed } from '../../analysis/dashboard';
import { suppressionText } from '../../privacy/suppression-text';
import { npsChart } from '../../charts/nps';
import type { Palette } from '../../charts/palette';
import { reportableTouchpoints } from '../../charts/touchpoint';
import type { Language } from '../../domain/language';
import { formatMargin, formatNumber, formatSigned, NO_VALUE } from '../../format';
import { reportText } from '../../i18n/report';
import type { CompareOutput } from '../../api/analysis';
import { changeSignificance } from '../../charts/change';
import type { ReportAnalyses } from '../analyses';
import { shown } from '../analyses';
import type { Kpi, ReportBlock, ReportSection } from '../types';
import { changeFindings } from './change';
import { priorityFindings } from './map';

function npsKpi(d: DashboardResult, lang: Language): Kpi {
  const label = reportText(lang, 'kpiNps');
  if (d.nps === null)
    return { label, value: NO_VALUE, detail: reportText(lang, 'notMeasured'), suppressed: false };
  if (isSuppressed(d.nps)) {
    return {
      label,
      value: NO_VALUE,
      detail: suppressionText(d.nps, lang).detail,
      suppressed: true,
    };
  }
  return {
    label,
    value: formatSigned(d.nps.nps, lang, 0),
    detail: reportText(lang, 'kpiNpsDetail', { margin: formatMargin(d.nps.margin95, lang, 1) }),
    suppressed: false,
  };
}

function satisfactionKpi(d: DashboardResult, lang: Language): Kpi {
  const label = reportText(lang, 'kpiSatisfaction');
  const s = d.satisfaction;
  if (s === null)
    return { label, value: NO_VALUE, detail: reportText(lang, 'notMeasured'), suppressed: false };
  if (isSuppressed(s))
    return { label, value: NO_VALUE, detail: suppressionText(s, lang).detail, suppressed: true };
  return {
    label,
    value: formatNumber(s.index, lang, 0),
    detail: reportText(lang, 'kpiSatisfactionDetail', {
      mean: formatNumber(s.mean, lang, 2),
      min: s.scale.min,
      max: s.scale.max,
    }),
    suppressed: false,
  };
}

function respondentsKpi(d: DashboardResult, lang: Language): Kpi {
  return {
    label: reportText(lang, 'kpiRespondents'),
    value: formatNumber(d.respondents, lang, 0),
    detail: reportText(lang, 'kpiRespondentsDetail', { year: d.waveYear }),
    suppressed: false,
  };
}

/** The best and the worst touchpoint by index: where a reader's eye should go next. */
function journeyKpis(d: DashboardResult, lang: Language): Kpi[] {
  const shown = reportableTouchpoints(d).filter((t) => Number.isFinite(t.index));
  if (shown.length < 2) return [];
  const sorted = [...shown].sort((a, b) => b.index - a.index);
  const kpi = (t: RatingSummary, key: 'kpiStrongest' | 'kpiWeakest'): Kpi => ({
    label: reportText(lang, key),
    value: formatNumber(t.index, lang, 0),
    detail: reportText(lang, 'kpiTouchpointDetail', { touchpoint: t.touchpointText ?? t.text }),
    suppressed: false,
  });
  return [kpi(sorted[0]!, 'kpiStrongest'), kpi(sorted[sorted.length - 1]!, 'kpiWeakest')];
}

/** "+2,9 since 2025 (not significant)" for a KPI, from the comparison of the same question. */
function sinceText(compare: CompareOutput | null, code: string, lang: Language): string | null {
  if (!compare) return null;
  const row = changeSignificance(compare).find((r) => r.comparison.question === code);
  if (!row || row.comparison.change === null) return null;
  const digits = row.comparison.statistic === 'mean' ? 2 : 0;
  return reportText(lang, row.significant ? 'kpiSinceSig' : 'kpiSinceNs', {
    change: formatSigned(row.comparison.change, lang, digits),
    year: compare.waveA,
  });
}

function withSince(k: Kpi, since: string | null): Kpi {
  return since && !k.suppressed ? { ...k, detail: `${k.detail}\n${since}` } : k;
}

function npsBlocks(d: DashboardResult, lang: Language, palette: Palette, compact: boolean): ReportBlock[] {
  if (d.nps === null || isSuppressed(d.nps)) return [];
  const nps = d.nps;
  return [
    { kind: 'text', text: reportText(lang, 'npsSection'), style: 'lead' },
    ...(compact ? [] : [{ kind: 'text', text: reportText(lang, 'npsIntro'), style: 'body' } as const]),
    {
      kind: 'chart',
      id: 'nps',
      spec: npsChart(nps, lang, { palette, showTitle: false }),
      width: 660,
      height: compact ? 80 : 96,
      alt: `${reportText(lang, 'npsChartTitle', { nps: formatSigned(nps.nps, lang, 0) })} (${formatMargin(nps.margin95, lang, 1)})`,
    },
    {
      kind: 'text',
      text: reportText(lang, 'npsChartCaption', {
        margin: formatMargin(nps.margin95, lang, 1),
        n: formatNumber(nps.n, lang, 0),
      }),
      style: 'note',
    },
  ];
}

/**
 * The first page's body: three headline figures and the NPS distribution; with the analyses, what
 * changed since last year and why (significant changes with their test, and how much each touchpoint
 * drives satisfaction) and what to fix first, instead of the strongest and weakest touchpoint.
 */
export function overviewSection(
  d: DashboardResult,
  lang: Language,
  palette: Palette,
  a?: ReportAnalyses,
): ReportSection {
  const compare = shown(a?.compare);
  const sat = d.satisfaction && !isSuppressed(d.satisfaction) ? d.satisfaction.questionCode : '';
  const npsCode = d.nps && !isSuppressed(d.nps) ? d.nps.questionCode : '';
  const blocks: ReportBlock[] = [
    {
      kind: 'kpis',
      items: [
        withSince(npsKpi(d, lang), sinceText(compare, npsCode, lang)),
        withSince(satisfactionKpi(d, lang), sinceText(compare, sat, lang)),
        respondentsKpi(d, lang),
      ],
    },
    ...npsBlocks(d, lang, palette, a !== undefined),
  ];
  if (!a) {
    const journey = journeyKpis(d, lang);
    if (journey.length > 0)
      blocks.push(
        { kind: 'text', text: reportText(lang, 'journeyLead'), style: 'lead' },
        { kind: 'kpis', items: journey },
      );
    return { id: 'overview', title: reportText(lang, 'overview'), newPage: false, blocks };
  }
  if (compare) {
    const f = changeFindings(compare, d, shown(a.driversSat), lang);
    blocks.push({
      kind: 'text',
      text: reportText(lang, 'changeLead', { year: compare.waveA }),
      style: 'lead',
    });
    if (f.items.length > 0) blocks.push({ kind: 'findings', items: f.items });
    if (f.none) blocks.push({ kind: 'text', text: f.none, style: 'body' });
    if (f.more > 0)
      blocks.push({
        kind: 'text',
        text: reportText(lang, 'changeMore', { count: f.more, year: compare.waveA }),
        style: 'note',
      });
  }
  const map = shown(a.map);
  const priorities = map ? priorityFindings(map, lang) : [];
  if (priorities.length > 0) {
    blocks.push(
      { kind: 'text', text: reportText(lang, 'priorityLead'), style: 'lead' },
      { kind: 'findings', items: priorities },
    );
  }
  return { id: 'overview', title: reportText(lang, 'overview'), newPage: false, blocks };
}
