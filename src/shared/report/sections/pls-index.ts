import { constructLabel, type PlsIndexResult, type PlsModel } from '../../api/pls';
import { isSuppressed } from '../../analysis/dashboard';
import type { Language } from '../../domain/language';
import { formatNumber } from '../../format';
import { reportText } from '../../i18n/report';
import { suppressionText } from '../../privacy/suppression-text';
import { ipmaMapChart, ipmaMeanValues } from '../../charts/ipma-map';
import type { Palette } from '../../charts/palette';
import { PRINT_CHART_WIDTH } from './touchpoints';
import type { ReportSection } from '../types';

/** Bootstrap samples behind the report's interval (seeded: the same report every time). */
export const INDEX_BOOTSTRAP = 200;

/**
 * The chapter "Satisfaction index (EPSI model)": the index of the study's PLS model with its
 * interval, the change since the previous wave when there is one, the impacts (what one point
 * more in each driver gives in the index) beside each driver's performance, their importance–
 * performance map (IPMA: importance on x, performance on y, lines at the means), and each unit's index
 * (hidden units with their reason, never a number). Constructs are named in `lang` from the
 * model's labels. Null when hidden.
 */
export function plsIndexSection(
  x: PlsIndexResult,
  lang: Language,
  model?: PlsModel | null,
  palette?: Palette,
): ReportSection | null {
  const r = x.result;
  if (isSuppressed(r) || !r.index) return null;
  const f = (v: number, d = 1) => formatNumber(v, lang, d);
  const signed = (v: number, d = 1) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${f(Math.abs(v), d)}`;
  const ix = r.index;
  const blocks: ReportSection['blocks'] = [
    {
      kind: 'text',
      style: 'body',
      text: reportText(lang, 'indexLead', {
        target: constructLabel(model, ix.target, lang),
        value: f(ix.value),
        lo: ix.ci ? f(ix.ci[0]) : '–',
        hi: ix.ci ? f(ix.ci[1]) : '–',
        b: INDEX_BOOTSTRAP,
        n: formatNumber(r.n, lang, 0),
      }),
    },
  ];
  const c = x.comparison;
  if (c && !isSuppressed(c.result)) {
    blocks.push({
      kind: 'text',
      style: 'body',
      text: reportText(lang, 'indexChange', {
        year: c.waveYear,
        diff: signed(c.result.difference),
        lo: signed(c.result.lower),
        hi: signed(c.result.upper),
        p: c.result.p < 0.001 ? '< 0.001' : f(c.result.p, 3),
      }),
    });
  }
  const impacts = [...(r.ipma ?? [])].sort((a, b) => b.importance - a.importance);
  if (impacts.length) {
    blocks.push({
      kind: 'table',
      id: 'index-impacts',
      columns: [
        { label: reportText(lang, 'indexDriverCol'), align: 'left', width: '*' },
        { label: reportText(lang, 'indexImpactCol'), align: 'right', width: 110 },
        { label: reportText(lang, 'indexPerformanceCol'), align: 'right', width: 110 },
      ],
      rows: impacts.map((m) => ({
        kind: 'data' as const,
        cells: [constructLabel(model, m.construct, lang), signed(m.importance, 2), f(m.performance)],
      })),
      note: reportText(lang, x.filter ? 'indexNoteFiltered' : 'indexNote', { scheme: r.settings.scheme }),
    });
    blocks.push(
      {
        kind: 'chart',
        id: 'index-ipma',
        spec: ipmaMapChart(impacts, lang, { model, palette, showTitle: false }),
        width: PRINT_CHART_WIDTH,
        height: 400,
        alt: reportText(lang, 'ipmaTitle'),
      },
      { kind: 'text', style: 'note', text: reportText(lang, 'ipmaNote', ipmaMeanValues(impacts, lang)) },
    );
  }
  const u = x.byUnit;
  if (u && u.units.length > 0) {
    blocks.push({
      kind: 'table',
      id: 'index-units',
      title: reportText(lang, 'indexUnitsTitle', { variable: u.label }),
      columns: [
        { label: reportText(lang, 'indexUnitCol'), align: 'left', width: '*' },
        { label: reportText(lang, 'indexUnitIndexCol'), align: 'right', width: 110 },
        { label: reportText(lang, 'indexUnitNCol'), align: 'right', width: 70 },
      ],
      rows: u.units.map((row) =>
        isSuppressed(row.result)
          ? { kind: 'suppressed' as const, cells: [row.label, suppressionText(row.result, lang).cell, ''] }
          : {
              kind: 'data' as const,
              cells: [row.label, f(row.result.index), formatNumber(row.result.n, lang, 0)],
            },
      ),
      note: [
        reportText(lang, 'indexUnitsNote', { k: x.anonymityK }),
        ...(u.totalHidden ? [reportText(lang, 'indexUnitsAllHidden')] : []),
      ].join(' '),
    });
  }
  return { id: 'index', title: reportText(lang, 'indexTitle'), newPage: true, blocks };
}
