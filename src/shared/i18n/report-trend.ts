/**
 * Report and chart strings of the trend over all waves (the chart specs, the PDF chapter and the
 * deck's slide). Merged into ./report.ts.
 */
export const trendEn = {
  trendTitle: 'Trend over all waves',
  trendIntro:
    'Each key figure and touchpoint in every wave from {first} to {last}, tested against the previous wave and against the first.',
  trendKpiChartTitle: 'Key figures over the waves',
  trendNpsChartTitle: 'Net Promoter Score over the waves',
  trendTouchpointChartTitle: 'Touchpoints over the waves',
  trendAxisIndex: 'Index (0–100)',
  trendAxisNps: 'NPS (−100 to +100)',
  trendSigUp: 'Significant rise against the previous wave',
  trendSigDown: 'Significant fall against the previous wave',
  trendCaption:
    '▲ ▼ significant change against the previous wave ({tests}; p adjusted by Benjamini–Hochberg within each wave, false discovery rate {alpha} %).',
  trendSigList: 'Significant changes against the previous wave: {list}.',
  trendSigNone: 'No significant change against the previous wave.',
  trendLoyalty: 'Loyalty',
  trendTableTitle: 'Every key figure and touchpoint by wave',
  trendColVsPrevious: 'vs {year}',
  trendColVsFirst: 'vs {year} (first)',
  trendTableNote:
    'Index 0–100; NPS −100…+100. The last two columns: change of {last} against the previous and the first wave; * significant ({tests}; p adjusted by Benjamini–Hochberg within each wave, false discovery rate {alpha} %). – fewer than {k} answers, not shown.',
  trendWording: '† Asked with other wording in an earlier wave; compare with care.',
};

export type TrendStrings = Record<keyof typeof trendEn, string>;

export const trendNb: TrendStrings = {
  trendTitle: 'Utvikling over alle målinger',
  trendIntro:
    'Hvert nøkkeltall og kontaktpunkt i hver måling fra {first} til {last}, testet mot forrige måling og mot den første.',
  trendKpiChartTitle: 'Nøkkeltall over målingene',
  trendNpsChartTitle: 'Net Promoter Score over målingene',
  trendTouchpointChartTitle: 'Kontaktpunkter over målingene',
  trendAxisIndex: 'Indeks (0–100)',
  trendAxisNps: 'NPS (−100 til +100)',
  trendSigUp: 'Signifikant økning fra forrige måling',
  trendSigDown: 'Signifikant nedgang fra forrige måling',
  trendCaption:
    '▲ ▼ signifikant endring fra forrige måling ({tests}; p justert med Benjamini–Hochberg innen hver måling, falsk funnrate {alpha} %).',
  trendSigList: 'Signifikante endringer fra forrige måling: {list}.',
  trendSigNone: 'Ingen signifikant endring fra forrige måling.',
  trendLoyalty: 'Lojalitet',
  trendTableTitle: 'Alle nøkkeltall og kontaktpunkter per måling',
  trendColVsPrevious: 'mot {year}',
  trendColVsFirst: 'mot {year} (første)',
  trendTableNote:
    'Indeks 0–100; NPS −100…+100. De to siste kolonnene: endring i {last} mot forrige og første måling; * signifikant ({tests}; p justert med Benjamini–Hochberg innen hver måling, falsk funnrate {alpha} %). – færre enn {k} svar, vises ikke.',
  trendWording: '† Stilt med annen ordlyd i en tidligere måling; sammenlign med forsiktighet.',
};

export const trendDa: TrendStrings = {
  trendTitle: 'Udvikling over alle målinger',
  trendIntro:
    'Hvert nøgletal og kontaktpunkt i hver måling fra {first} til {last}, testet mod forrige måling og mod den første.',
  trendKpiChartTitle: 'Nøgletal over målingerne',
  trendNpsChartTitle: 'Net Promoter Score over målingerne',
  trendTouchpointChartTitle: 'Kontaktpunkter over målingerne',
  trendAxisIndex: 'Indeks (0–100)',
  trendAxisNps: 'NPS (−100 til +100)',
  trendSigUp: 'Signifikant stigning fra forrige måling',
  trendSigDown: 'Signifikant fald fra forrige måling',
  trendCaption:
    '▲ ▼ signifikant ændring fra forrige måling ({tests}; p justeret med Benjamini–Hochberg inden for hver måling, falsk fundrate {alpha} %).',
  trendSigList: 'Signifikante ændringer fra forrige måling: {list}.',
  trendSigNone: 'Ingen signifikant ændring fra forrige måling.',
  trendLoyalty: 'Loyalitet',
  trendTableTitle: 'Alle nøgletal og kontaktpunkter pr. måling',
  trendColVsPrevious: 'mod {year}',
  trendColVsFirst: 'mod {year} (første)',
  trendTableNote:
    'Indeks 0–100; NPS −100…+100. De to sidste kolonner: ændring i {last} mod forrige og første måling; * signifikant ({tests}; p justeret med Benjamini–Hochberg inden for hver måling, falsk fundrate {alpha} %). – færre end {k} svar, vises ikke.',
  trendWording: '† Stillet med en anden formulering i en tidligere måling; sammenlign med forsigtighed.',
};
