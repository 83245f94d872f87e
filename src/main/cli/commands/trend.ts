import type { Suppressed } from '../../../shared/analysis/dashboard';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { TrendPoint, TrendResult, TrendSeries, TrendTest } from '../../../shared/analysis/trend';
import { isTrendValue } from '../../../shared/analysis/trend';
import type { Analysed } from '../../../shared/api/analysis';

/** What `analyze --trend --json` prints, for the command's help. */
export const TREND_HELP = `
  --trend: every KPI and touchpoint over every wave up to --wave (default all), as
    {waveYear, anonymityK, weighting, filter, result: {
      waves: [{year, n, weightedN, effectiveN} | {year, suppressed, k, reason}],
      tests: {index: "Welch t", nps: "NPS difference z"},
      adjustment: {method: "Benjamini–Hochberg", alpha, family},
      kpis: [{key: "satisfaction"|"nps"|"loyalty", code, label, unit: "index"|"nps", wordingChanges: [year],
              waves: [{year, n, weightedN, effectiveN, value,
                       vsPrevious: {year, diff, test, statistic, df, p, q, significant, wordingChanged} | null,
                       vsFirst: {…same…} | null}
                      | {year, suppressed: true, k, reason}]}],
      touchpoints: [… as kpis, key = the question code, unit "index"]}}
    value: 0–100 index (NPS: −100…+100); q: p adjusted by Benjamini–Hochberg over one wave against one
    reference wave; a wave under k has no value and no n.`;

const num = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');

function testText(t: TrendTest | null): string {
  if (!t) return '';
  const sign = t.diff > 0 ? '+' : '';
  return ` ${sign}${num(t.diff)} vs ${t.year} (${t.test} p=${num(t.p, 3)} q=${num(t.q, 3)}${t.significant ? ' *' : ''})`;
}

function pointText(p: TrendPoint): string {
  if (!isTrendValue(p)) return `    ${p.year}  suppressed (n < ${p.k})`;
  return `    ${p.year}  ${num(p.value).padStart(6)}  n=${p.n}${testText(p.vsPrevious)}${
    p.vsFirst && p.vsFirst.year !== p.vsPrevious?.year ? testText(p.vsFirst) : ''
  }`;
}

function seriesText(s: TrendSeries): string[] {
  const mark = s.wordingChanges.length ? `  († wording changed in ${s.wordingChanges.join(', ')})` : '';
  return [
    `  ${s.label} [${s.code}, ${s.unit === 'nps' ? 'NPS' : 'index 0–100'}]${mark}`,
    ...s.waves.map(pointText),
  ];
}

/** The trend as text for people; --json prints the document itself. */
export function trendText(r: Analysed<TrendResult | Suppressed>): string[] {
  const lines = [
    `Trend up to ${r.waveYear} — anonymity threshold n ≥ ${r.anonymityK}; weighting: ${r.weighting.kind}`,
  ];
  if (isSuppressed(r.result))
    return [...lines, `All results hidden (n < ${r.result.k} or the filter would reveal a group)`];
  const t = r.result;
  lines.push(
    `Waves: ${t.waves.map((w) => ('suppressed' in w ? `${w.year} (hidden)` : `${w.year} (n=${w.n})`)).join(', ')}`,
    `Tests: ${t.tests.index} for indices, ${t.tests.nps} for NPS; * = ${t.adjustment.method}-adjusted q ≤ ${t.adjustment.alpha}`,
    '',
    'KPIs',
    ...t.kpis.flatMap(seriesText),
    '',
    'Touchpoints',
    ...t.touchpoints.flatMap(seriesText),
  );
  return lines;
}
