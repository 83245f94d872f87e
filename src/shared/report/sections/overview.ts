import type { DashboardResult, RatingSummary } from '../../analysis/dashboard';
import { isSuppressed } from '../../analysis/dashboard';
import { npsChart } from '../../charts/nps';
import type { Palette } from '../../charts/palette';
import { reportableTouchpoints } from '../../charts/touchpoint';
import type { Language } from '../../domain/language';
import { formatMargin, formatNumber, formatSigned, NO_VALUE } from '../../format';
import { reportText } from '../../i18n/report';
import type { Kpi, ReportSection } from '../types';

function npsKpi(d: DashboardResult, lang: Language): Kpi {
  const label = reportText(lang, 'kpiNps');
  if (d.nps === null) return { label, value: NO_VALUE, detail: reportText(lang, 'notMeasured'), suppressed: false };
  if (isSuppressed(d.nps)) {
    return { label, value: NO_VALUE, detail: reportText(lang, 'suppressed', { k: d.nps.k }), suppressed: true };
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
  if (s === null) return { label, value: NO_VALUE, detail: reportText(lang, 'notMeasured'), suppressed: false };
  if (isSuppressed(s)) return { label, value: NO_VALUE, detail: reportText(lang, 'suppressed', { k: s.k }), suppressed: true };
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

/** The first page's body: three headline figures, then the NPS distribution. */
export function overviewSection(d: DashboardResult, lang: Language, palette: Palette): ReportSection {
  const blocks: ReportSection['blocks'] = [
    { kind: 'kpis', items: [npsKpi(d, lang), satisfactionKpi(d, lang), respondentsKpi(d, lang)] },
  ];
  if (d.nps !== null && !isSuppressed(d.nps)) {
    const nps = d.nps;
    blocks.push(
      { kind: 'text', text: reportText(lang, 'npsSection'), style: 'lead' },
      { kind: 'text', text: reportText(lang, 'npsIntro'), style: 'body' },
      {
        kind: 'chart',
        id: 'nps',
        spec: npsChart(nps, lang, { palette, showTitle: false }),
        width: 660,
        height: 96,
        alt: `${reportText(lang, 'npsChartTitle', { nps: formatSigned(nps.nps, lang, 0) })} (${formatMargin(nps.margin95, lang, 1)})`,
      },
      {
        kind: 'text',
        text: reportText(lang, 'npsChartCaption', { margin: formatMargin(nps.margin95, lang, 1), n: formatNumber(nps.n, lang, 0) }),
        style: 'note',
      },
    );
  }
  const journey = journeyKpis(d, lang);
  if (journey.length > 0) {
    blocks.push({ kind: 'text', text: reportText(lang, 'journeyLead'), style: 'lead' }, { kind: 'kpis', items: journey });
  }
  return { id: 'overview', title: reportText(lang, 'overview'), newPage: false, blocks };
}
