import type { Language } from '../domain/language';
import { fillPlaceholders } from './placeholders';
import { analysisDa, analysisEn, analysisNb } from './report-analysis';
import { noticesDa, noticesEn, noticesNb } from './report-notices';
import { qualityDa, qualityEn, qualityNb } from './report-quality';
import { commentThemesDa, commentThemesEn, commentThemesNb } from './report-comments';
import { trendDa, trendEn, trendNb } from './report-trend';
import { indexUnitsDa, indexUnitsEn, indexUnitsNb } from './report-index-units';
import { ipmaDa, ipmaEn, ipmaNb } from './report-ipma';

/**
 * Strings of the chart specs and the client report. Kept apart from the UI catalogs (locales/) because
 * they are printed for the client, not shown to the consultant, and are used by pure code that must
 * not depend on i18next. Placeholders are `{name}`, filled by `reportText`.
 */
const en = {
  // Charts
  axisIndex: 'Index (0–100)',
  axisMean: 'Mean (scale {min}–{max})',
  touchpointChartTitle: 'Touchpoints along the customer journey',
  detractors: 'Detractors (0–6)',
  passives: 'Passives (7–8)',
  promoters: 'Promoters (9–10)',
  npsChartTitle: 'Net Promoter Score {nps}',
  npsChartCaption: '95 % margin of error {margin} · n = {n}',
  npsBarLabel: 'All respondents',
  // Cover and overview
  reportKind: 'Customer satisfaction study',
  wave: 'Wave {year}',
  preparedBy: 'Prepared by {consultancy}',
  confidential: 'Confidential · prepared for {client}',
  kpiNps: 'Net Promoter Score',
  kpiNpsDetail: '95 % margin of error {margin}',
  kpiSatisfaction: 'Overall satisfaction',
  kpiSatisfactionDetail: 'index 0–100 · mean {mean} on {min}–{max}',
  kpiRespondents: 'Respondents',
  kpiRespondentsDetail: 'answers in {year}',
  kpiStrongest: 'Strongest touchpoint',
  kpiWeakest: 'Weakest touchpoint',
  kpiTouchpointDetail: '{touchpoint} · index 0–100',
  journeyLead: 'Along the customer journey',
  suppressed: 'Not shown: fewer than {k} answers',
  notMeasured: 'Not measured',
  // Sections
  overview: 'Overview',
  touchpoints: 'Touchpoints',
  touchpointsIntro:
    'How well each touchpoint performs, in journey order. Bars show the 0–100 index; the table gives the same numbers with the mean, its 95 % confidence interval and the number of answers.',
  npsSection: 'Likelihood to recommend',
  npsIntro: 'Share of respondents who would recommend, on the 0–10 scale.',
  colTouchpoint: 'Touchpoint',
  colStage: 'Stage',
  colMean: 'Mean',
  colCi: '95 % CI',
  colIndex: 'Index',
  colTop2: 'Top-2',
  colN: 'n',
  // Method
  method: 'Method',
  methodSample: 'The results are based on {n} respondents in {wave}.',
  methodIndex:
    'Index: the mean rescaled to 0–100 with the end points of the scale, 100 · (mean − min) / (max − min). Top-2: share of answers in the two highest scale points. The 95 % confidence interval is that of the mean.',
  methodNps:
    'Net Promoter Score: share of promoters (9–10) minus share of detractors (0–6) on the 0–10 recommendation question, in points from −100 to +100. Margin of error (95 %): 1.96 · 100 · √((p + d − (p − d)²) / n), where p and d are the shares of promoters and detractors.',
  methodMissing:
    '“Don’t know” and “not applicable” count as missing, never as zero, so n varies by question.',
  methodAnonymity: 'To protect anonymity, no result is shown for a group with fewer than {k} respondents.',
  page: 'Page {page} of {pages}',
  ...analysisEn,
  ...noticesEn,
  ...qualityEn,
  ...trendEn,
  ...commentThemesEn,
  ...indexUnitsEn,
  ...ipmaEn,
};

export type ReportStringKey = keyof typeof en;
export type ReportStrings = Record<ReportStringKey, string>;

const nb: ReportStrings = {
  axisIndex: 'Indeks (0–100)',
  axisMean: 'Snitt (skala {min}–{max})',
  touchpointChartTitle: 'Kontaktpunktene langs kundereisen',
  detractors: 'Kritikere (0–6)',
  passives: 'Passive (7–8)',
  promoters: 'Ambassadører (9–10)',
  npsChartTitle: 'Net Promoter Score {nps}',
  npsChartCaption: 'Feilmargin (95 %) {margin} · n = {n}',
  npsBarLabel: 'Alle respondenter',
  reportKind: 'Kundetilfredshetsundersøkelse',
  wave: 'Måling {year}',
  preparedBy: 'Utarbeidet av {consultancy}',
  confidential: 'Konfidensielt · utarbeidet for {client}',
  kpiNps: 'Net Promoter Score',
  kpiNpsDetail: 'feilmargin (95 %) {margin}',
  kpiSatisfaction: 'Total tilfredshet',
  kpiSatisfactionDetail: 'indeks 0–100 · snitt {mean} på {min}–{max}',
  kpiRespondents: 'Respondenter',
  kpiRespondentsDetail: 'svar i {year}',
  kpiStrongest: 'Sterkeste kontaktpunkt',
  kpiWeakest: 'Svakeste kontaktpunkt',
  kpiTouchpointDetail: '{touchpoint} · indeks 0–100',
  journeyLead: 'Langs kundereisen',
  suppressed: 'Vises ikke: færre enn {k} svar',
  notMeasured: 'Ikke målt',
  overview: 'Oversikt',
  touchpoints: 'Kontaktpunkter',
  touchpointsIntro:
    'Hvor godt hvert kontaktpunkt fungerer, i rekkefølgen på kundereisen. Søylene viser indeksen 0–100; tabellen gir de samme tallene med snitt, 95 % konfidensintervall og antall svar.',
  npsSection: 'Vilje til å anbefale',
  npsIntro: 'Andel respondenter som vil anbefale, på skalaen 0–10.',
  colTouchpoint: 'Kontaktpunkt',
  colStage: 'Fase',
  colMean: 'Snitt',
  colCi: '95 % KI',
  colIndex: 'Indeks',
  colTop2: 'Topp-2',
  colN: 'n',
  method: 'Metode',
  methodSample: 'Resultatene bygger på {n} respondenter i {wave}.',
  methodIndex:
    'Indeks: snittet omregnet til 0–100 med skalaens endepunkter, 100 · (snitt − min) / (maks − min). Topp-2: andel svar på de to høyeste skalaverdiene. 95 % konfidensintervall gjelder snittet.',
  methodNps:
    'Net Promoter Score: andel ambassadører (9–10) minus andel kritikere (0–6) på spørsmålet om anbefaling (0–10), i poeng fra −100 til +100. Feilmargin (95 %): 1,96 · 100 · √((p + d − (p − d)²) / n), der p og d er andelene ambassadører og kritikere.',
  methodMissing:
    '«Vet ikke» og «ikke relevant» regnes som manglende svar, aldri som null, så n varierer mellom spørsmålene.',
  methodAnonymity:
    'For å verne anonymiteten vises ingen resultater for grupper med færre enn {k} respondenter.',
  page: 'Side {page} av {pages}',
  ...analysisNb,
  ...noticesNb,
  ...qualityNb,
  ...trendNb,
  ...commentThemesNb,
  ...indexUnitsNb,
  ...ipmaNb,
};

const da: ReportStrings = {
  axisIndex: 'Indeks (0–100)',
  axisMean: 'Gennemsnit (skala {min}–{max})',
  touchpointChartTitle: 'Kontaktpunkterne på kunderejsen',
  detractors: 'Kritikere (0–6)',
  passives: 'Passive (7–8)',
  promoters: 'Ambassadører (9–10)',
  npsChartTitle: 'Net Promoter Score {nps}',
  npsChartCaption: 'Fejlmargin (95 %) {margin} · n = {n}',
  npsBarLabel: 'Alle respondenter',
  reportKind: 'Kundetilfredshedsundersøgelse',
  wave: 'Måling {year}',
  preparedBy: 'Udarbejdet af {consultancy}',
  confidential: 'Fortroligt · udarbejdet for {client}',
  kpiNps: 'Net Promoter Score',
  kpiNpsDetail: 'fejlmargin (95 %) {margin}',
  kpiSatisfaction: 'Samlet tilfredshed',
  kpiSatisfactionDetail: 'indeks 0–100 · gennemsnit {mean} på {min}–{max}',
  kpiRespondents: 'Respondenter',
  kpiRespondentsDetail: 'svar i {year}',
  kpiStrongest: 'Stærkeste kontaktpunkt',
  kpiWeakest: 'Svageste kontaktpunkt',
  kpiTouchpointDetail: '{touchpoint} · indeks 0–100',
  journeyLead: 'På kunderejsen',
  suppressed: 'Vises ikke: færre end {k} svar',
  notMeasured: 'Ikke målt',
  overview: 'Overblik',
  touchpoints: 'Kontaktpunkter',
  touchpointsIntro:
    'Hvor godt hvert kontaktpunkt fungerer, i rækkefølgen på kunderejsen. Søjlerne viser indekset 0–100; tabellen giver de samme tal med gennemsnit, 95 % konfidensinterval og antal svar.',
  npsSection: 'Vilje til at anbefale',
  npsIntro: 'Andel respondenter, der vil anbefale, på skalaen 0–10.',
  colTouchpoint: 'Kontaktpunkt',
  colStage: 'Fase',
  colMean: 'Gns.',
  colCi: '95 % KI',
  colIndex: 'Indeks',
  colTop2: 'Top-2',
  colN: 'n',
  method: 'Metode',
  methodSample: 'Resultaterne bygger på {n} respondenter i {wave}.',
  methodIndex:
    'Indeks: gennemsnittet omregnet til 0–100 med skalaens endepunkter, 100 · (gns. − min) / (maks − min). Top-2: andel svar i de to højeste skalapunkter. 95 % konfidensintervallet gælder gennemsnittet.',
  methodNps:
    'Net Promoter Score: andel ambassadører (9–10) minus andel kritikere (0–6) på spørgsmålet om anbefaling (0–10), i point fra −100 til +100. Fejlmargin (95 %): 1,96 · 100 · √((p + d − (p − d)²) / n), hvor p og d er andelene af ambassadører og kritikere.',
  methodMissing:
    '“Ved ikke” og “ikke relevant” tæller som manglende svar, aldrig som nul, så n varierer mellem spørgsmålene.',
  methodAnonymity:
    'For at beskytte anonymiteten vises ingen resultater for grupper med færre end {k} respondenter.',
  page: 'Side {page} af {pages}',
  ...analysisDa,
  ...noticesDa,
  ...qualityDa,
  ...trendDa,
  ...commentThemesDa,
  ...indexUnitsDa,
  ...ipmaDa,
};

export const reportStrings: Record<Language, ReportStrings> = { en, nb, da };

/** The string `key` in `lang` with `{name}` placeholders filled; an unknown placeholder stays visible. */
export function reportText(
  lang: Language,
  key: ReportStringKey,
  vars: Record<string, string | number> = {},
): string {
  return fillPlaceholders(reportStrings[lang][key], vars);
}
