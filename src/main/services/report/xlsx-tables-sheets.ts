import { commentsSheet } from './xlsx-comments-sheet';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { DriversResult, MapResult } from '../../../shared/analysis/drivers';
import { changeSignificance, localTestName, testNames } from '../../../shared/charts/change';
import { decompositionNote, driversCaption, rankedDrivers } from '../../../shared/charts/drivers';
import { mapImportance, quadrantLabel } from '../../../shared/charts/importance-map';
import { NO_VALUE } from '../../../shared/format';
import { reportText } from '../../../shared/i18n/report';
import { shown, touchpointNames } from '../../../shared/report/analyses';
import type { SheetData, TablesInputs, XCell } from './xlsx-tables-cells';
import { ctx, FMT, hiddenN, num } from './xlsx-tables-cells';
import { crossedSheet, unitsSheet } from './xlsx-units-sheets';

/**
 * The results tables as sheet data: numbers as numbers with an Excel number format, the base n beside
 * every figure, significance as a mark with the test named in a note row, and every hidden result as
 * the suppression marker, never its n (only "< k" where the PDF prints that too). Pure.
 */

function touchpointsSheet(x: TablesInputs): SheetData {
  const { t, k, suppressedNote } = ctx(x);
  const last = x.waves.at(-1)!.dashboard;
  const header = [
    reportText(x.lang, 'colStage'),
    reportText(x.lang, 'colTouchpoint'),
    ...x.waves.flatMap((w) => [t('colIndexIn', { wave: w.year }), t('colNIn', { wave: w.year })]),
    t('colMeanIn', { wave: x.wave.year }),
    t('colCiLow'),
    t('colCiHigh'),
    t('colTop2In', { wave: x.wave.year }),
  ];
  const rowOf = (code: string, stage: string, name: string): XCell[] => {
    const per = x.waves.flatMap((w): XCell[] => {
      const d = w.dashboard;
      const r = code === '#sat' ? d.satisfaction : d.touchpoints.find((tp) => tp.questionCode === code);
      if (!r) return [null, null];
      if (isSuppressed(r)) return [NO_VALUE, hiddenN(r)];
      if (r.n < d.anonymityK) return [NO_VALUE, `< ${d.anonymityK}`];
      return [num(r.index, FMT.index), num(r.n, FMT.count)];
    });
    const r = code === '#sat' ? last.satisfaction : last.touchpoints.find((tp) => tp.questionCode === code);
    const tail: XCell[] =
      !r || isSuppressed(r) || r.n < k
        ? [NO_VALUE, NO_VALUE, NO_VALUE, NO_VALUE]
        : [
            num(r.mean, FMT.mean),
            num(r.ci95[0], FMT.mean),
            num(r.ci95[1], FMT.mean),
            num(r.top2Box, FMT.share),
          ];
    return [stage, name, ...per, ...tail];
  };
  const rows = last.touchpoints.map((tp) =>
    rowOf(tp.questionCode, tp.stageText ?? '', tp.touchpointText ?? tp.text),
  );
  if (last.satisfaction) rows.push(rowOf('#sat', '', reportText(x.lang, 'kpiSatisfaction')));
  return {
    name: t('sheetTouchpoints'),
    title: t('titleTouchpoints'),
    header,
    rows,
    notes: [reportText(x.lang, 'methodIndex'), suppressedNote],
  };
}

function npsSheet(x: TablesInputs): SheetData | null {
  const { t, suppressedNote } = ctx(x);
  if (x.waves.every((w) => w.dashboard.nps === null)) return null;
  const header = [
    t('colWave'),
    t('colNps'),
    t('colMargin'),
    t('colPromoters'),
    t('colPassives'),
    t('colDetractors'),
    reportText(x.lang, 'colN'),
  ];
  const rows = x.waves.map((w): XCell[] => {
    const s = w.dashboard.nps;
    if (s === null) return [w.label || String(w.year), null, null, null, null, null, null];
    if (isSuppressed(s))
      return [w.label || String(w.year), NO_VALUE, NO_VALUE, NO_VALUE, NO_VALUE, NO_VALUE, hiddenN(s)];
    return [
      w.label || String(w.year),
      num(s.nps, FMT.signed),
      num(s.margin95, '0.0'),
      num(s.promoters, FMT.share),
      num(s.passives, FMT.share),
      num(s.detractors, FMT.share),
      num(s.n, FMT.count),
    ];
  });
  return {
    name: t('sheetNps'),
    title: t('titleNps'),
    header,
    rows,
    notes: [reportText(x.lang, 'methodNps'), suppressedNote],
  };
}

function changeSheet(x: TablesInputs): SheetData | null {
  const compare = shown(x.analyses.compare);
  if (!compare) return null;
  const { t, suppressedNote } = ctx(x);
  const d = x.waves.at(-1)!.dashboard;
  const names = touchpointNames(d);
  const rowsSig = changeSignificance(compare);
  const header = [
    reportText(x.lang, 'colTouchpoint'),
    String(compare.waveA),
    t('colNIn', { wave: compare.waveA }),
    String(compare.waveB),
    t('colNIn', { wave: compare.waveB }),
    reportText(x.lang, 'colChange'),
    t('colCiLow'),
    t('colCiHigh'),
    t('colP'),
    reportText(x.lang, 'colQ'),
    t('colSig'),
    reportText(x.lang, 'colTest'),
  ];
  const fmt = (stat: string) =>
    stat === 'nps' ? FMT.signed : stat === 'top2' ? FMT.share : stat === 'mean' ? FMT.mean : FMT.index;
  const rows = rowsSig.map((r): XCell[] => {
    const c = r.comparison;
    const side = (v: typeof c.a): XCell[] =>
      isSuppressed(v) ? [NO_VALUE, hiddenN(v)] : [num(v.value, fmt(c.statistic)), num(v.n, FMT.count)];
    const name = names[c.question] ?? c.questionText;
    if (c.change === null || !c.test)
      return [name, ...side(c.a), ...side(c.b), NO_VALUE, NO_VALUE, NO_VALUE, NO_VALUE, NO_VALUE, '', ''];
    const z = c.statistic === 'top2' ? FMT.share1 : FMT.signed1;
    return [
      name,
      ...side(c.a),
      ...side(c.b),
      num(c.change, z),
      num(c.test.ci95[0], z),
      num(c.test.ci95[1], z),
      num(c.test.p, FMT.p),
      num(r.q, FMT.p),
      r.significant ? '*' : '',
      localTestName(c.test.test, x.lang),
    ];
  });
  const tests = testNames(rowsSig)
    .map((n) => localTestName(n, x.lang))
    .join(', ');
  const m = rowsSig.filter((r) => r.comparison.test).length;
  return {
    name: t('sheetChange'),
    title: t('titleChange', { a: compare.waveA, b: compare.waveB }),
    header,
    rows,
    notes: [t('noteChangeSig', { tests, m }), suppressedNote],
  };
}

function driversSheet(x: TablesInputs): SheetData | null {
  const parts: [string, DriversResult][] = [];
  const sat = shown(x.analyses.driversSat);
  const nps = shown(x.analyses.driversNps);
  const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
  if (sat) parts.push([cap(reportText(x.lang, 'driversSat')), sat]);
  if (nps) parts.push([cap(reportText(x.lang, 'driversNps')), nps]);
  if (parts.length === 0) return null;
  const { t } = ctx(x);
  const header = [
    t('colOutcome'),
    reportText(x.lang, 'colRank'),
    reportText(x.lang, 'colTouchpoint'),
    t('colShapley'),
    t('colCiLow'),
    t('colCiHigh'),
    t('colRw'),
    reportText(x.lang, 'colN'),
  ];
  const rows: XCell[][] = [];
  const notes: string[] = [];
  for (const [outcome, r] of parts) {
    rankedDrivers(r).forEach((d, i) => {
      const ci = d.ci?.shapleyShare;
      rows.push([
        outcome,
        i + 1,
        d.touchpointText ?? d.text,
        num(d.shapleyShare, FMT.share1),
        ci ? num(ci.lower, FMT.share1) : null,
        ci ? num(ci.upper, FMT.share1) : null,
        num(d.relativeWeightShare, FMT.share1),
        num(r.n, FMT.count),
      ]);
    });
    notes.push(`${outcome}: ${driversCaption(r, x.lang)} · ${decompositionNote(r, x.lang)}`);
  }
  return { name: t('sheetDrivers'), title: t('titleDrivers'), header, rows, notes };
}

function mapSheet(x: TablesInputs): SheetData | null {
  const map: MapResult | null = shown(x.analyses.map);
  if (!map || map.points.length === 0) return null;
  const { t, suppressedNote } = ctx(x);
  const derived = map.importanceSource === 'derived';
  const header = [
    reportText(x.lang, 'colRank'),
    reportText(x.lang, 'colTouchpoint'),
    reportText(x.lang, 'colQuadrant'),
    reportText(x.lang, 'colImportance'),
    reportText(x.lang, 'colPerformance'),
    reportText(x.lang, 'colGap'),
    reportText(x.lang, 'colN'),
  ];
  const rows: XCell[][] = [...map.points]
    .sort((a, b) => a.priority - b.priority)
    .map((p) => [
      p.priority,
      p.text,
      quadrantLabel(p.quadrant, x.lang),
      derived ? num(p.importance, FMT.share1) : num(mapImportance(map, p.importance), FMT.index),
      num(p.performance, FMT.index),
      num(p.gap, '+0.00;-0.00;0.00'),
      num(p.n, FMT.count),
    ]);
  const source = reportText(x.lang, derived ? 'methodMapDerived' : 'methodMapStated');
  const notes = [t('noteMap', { source }), reportText(x.lang, 'priorityNote')];
  if (map.suppressed.length > 0) notes.push(suppressedNote);
  return { name: t('sheetMap'), title: t('titleMap'), header, rows, notes };
}

function frequenciesSheet(x: TablesInputs): SheetData | null {
  if (x.frequencies.length === 0) return null;
  const { t, k, suppressedNote } = ctx(x);
  const header = [t('colQuestion'), t('colAnswer'), t('colCount'), t('colShare'), reportText(x.lang, 'colN')];
  const rows: XCell[][] = [];
  for (const { text, f } of x.frequencies) {
    for (const c of f.counts)
      rows.push([
        text,
        c.label,
        c.count === null ? NO_VALUE : num(c.count, FMT.count),
        c.count === null || f.n === 0 ? NO_VALUE : num(c.count / f.n, FMT.share1),
        num(f.n, FMT.count),
      ]);
    const m = f.missing;
    for (const [key, v] of [
      ['noAnswer', m.noAnswer],
      ['dontKnow', m.dontKnow],
      ['notApplicable', m.notApplicable],
    ] as const)
      if (v > 0) rows.push([text, t(key), num(v, FMT.count), null, null]);
  }
  return {
    name: t('sheetFrequencies'),
    title: t('titleFrequencies'),
    header,
    rows,
    notes: [t('noteFrequencies', { k }), suppressedNote],
  };
}

/** Every results table that the study has, in the report's order. */
export function tableSheets(x: TablesInputs): SheetData[] {
  return [
    touchpointsSheet(x),
    npsSheet(x),
    changeSheet(x),
    mapSheet(x),
    driversSheet(x),
    unitsSheet(x),
    crossedSheet(x),
    frequenciesSheet(x),
    commentsSheet(x),
  ].filter((s): s is SheetData => s !== null);
}
