import { constructLabel, type PlsIndexResult, type PlsModel } from '../../api/pls';
import { isSuppressed } from '../../analysis/dashboard';
import type { Language } from '../../domain/language';
import { formatNumber } from '../../format';
import { reportText } from '../../i18n/report';
import type { ReportSection } from '../types';

/** Bootstrap samples behind the report's interval (seeded: the same report every time). */
export const INDEX_BOOTSTRAP = 200;

/**
 * The chapter "Satisfaction index (EPSI model)": the index of the study's PLS model with its
 * interval, the change since the previous wave when there is one, and the impacts (what one point
 * more in each driver gives in the index) beside each driver's performance. Constructs are named
 * in `lang` from the model's labels. Null when hidden.
 */
export function plsIndexSection(
  x: PlsIndexResult,
  lang: Language,
  model?: PlsModel | null,
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
      note: reportText(lang, 'indexNote', { scheme: r.settings.scheme }),
    });
  }
  return { id: 'index', title: reportText(lang, 'indexTitle'), newPage: true, blocks };
}
