import type { Suppressed } from '../../analysis/dashboard';
import { isSuppressed } from '../../analysis/dashboard';
import type { DriversResult } from '../../analysis/drivers';
import {
  decompositionNote,
  driversCaption,
  driversChart,
  driversChartHeight,
  rankedDrivers,
} from '../../charts/drivers';
import type { Palette } from '../../charts/palette';
import type { Language } from '../../domain/language';
import { formatPercent } from '../../format';
import { reportText } from '../../i18n/report';
import type { ReportBlock, ReportSection } from '../types';
import { PRINT_CHART_WIDTH } from './touchpoints';

function part(
  r: DriversResult | Suppressed,
  id: string,
  outcome: string,
  lang: Language,
  palette: Palette,
): ReportBlock[] {
  const lead: ReportBlock = {
    kind: 'text',
    text: reportText(lang, 'driversChartTitle', { outcome }),
    style: 'lead',
  };
  if (isSuppressed(r))
    return [lead, { kind: 'text', text: reportText(lang, 'driversHidden', { k: r.k }), style: 'note' }];
  const top = rankedDrivers(r)[0];
  return [
    lead,
    ...(top
      ? [
          {
            kind: 'text',
            text: reportText(lang, 'driversTop', {
              name: top.touchpointText ?? top.text,
              outcome,
              share: formatPercent(top.shapleyShare, lang, 0),
            }),
            style: 'body',
          } as const,
        ]
      : []),
    {
      kind: 'chart',
      id,
      spec: driversChart(r, lang, { palette, showTitle: false, outcomeLabel: outcome }),
      width: PRINT_CHART_WIDTH,
      height: driversChartHeight(r.drivers.length),
      alt: reportText(lang, 'driversChartTitle', { outcome }),
    },
    { kind: 'text', text: `${driversCaption(r, lang)} · ${decompositionNote(r, lang)}`, style: 'note' },
  ];
}

/** The chapter "Key drivers": what explains overall satisfaction, then the willingness to recommend. */
export function driversSection(
  sat: DriversResult | Suppressed | null,
  nps: DriversResult | Suppressed | null,
  lang: Language,
  palette: Palette,
): ReportSection | null {
  if (!sat && !nps) return null;
  const blocks: ReportBlock[] = [{ kind: 'text', text: reportText(lang, 'driversIntro'), style: 'body' }];
  if (sat) blocks.push(...part(sat, 'drivers-sat', reportText(lang, 'driversSat'), lang, palette));
  if (nps) blocks.push(...part(nps, 'drivers-nps', reportText(lang, 'driversNps'), lang, palette));
  return { id: 'drivers', title: reportText(lang, 'drivers'), newPage: true, blocks };
}
