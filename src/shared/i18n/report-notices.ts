/**
 * Report strings for what the report says about itself: a chapter left out and why, and the group a
 * filtered report is about. Merged into ./report.ts.
 */
export const noticesEn = {
  changeTitle: 'What changed',
  leftOut: 'This chapter is left out: {reason}',
  leftOutAnonymity: 'too few respondents to show it without risking anyone’s anonymity (fewer than {k}).',
  leftOutTooFewRespondents: 'too few respondents answered all the questions it needs.',
  leftOutNoVariance:
    'a touchpoint was rated the same by every respondent, so nothing can be explained by it.',
  leftOutCollinear: 'two or more touchpoints were rated in lockstep, so their effects cannot be told apart.',
  leftOutTooManyDrivers: 'there are too many touchpoints for the method.',
  leftOutNoQuestions: 'the questionnaire lacks the questions it needs.',
  leftOutOther: 'it cannot be computed for this wave.',
  filteredReport: 'This report covers one group only: {filter} ({n} respondents).',
  wholeKpis: 'Beside the whole study ({n} respondents): {list}.',
  wholeItem: '{name} {unit} here against {value} in the whole study',
  colWhole: 'All',
  wholeNote:
    'All: the whole study’s index, to compare with; – where the rest of the study would be fewer than {k} answers.',
};

export type NoticeStrings = Record<keyof typeof noticesEn, string>;

export const noticesNb: NoticeStrings = {
  changeTitle: 'Hva som har endret seg',
  leftOut: 'Dette kapitlet er utelatt: {reason}',
  leftOutAnonymity:
    'for få respondenter til å vise det uten å sette noens anonymitet i fare (færre enn {k}).',
  leftOutTooFewRespondents: 'for få respondenter svarte på alle spørsmålene det trenger.',
  leftOutNoVariance:
    'et kontaktpunkt fikk samme vurdering av alle respondentene, så ingenting kan forklares med det.',
  leftOutCollinear:
    'to eller flere kontaktpunkter ble vurdert helt likt, så virkningene deres kan ikke skilles.',
  leftOutTooManyDrivers: 'det er for mange kontaktpunkter for metoden.',
  leftOutNoQuestions: 'spørreskjemaet mangler spørsmålene det trenger.',
  leftOutOther: 'det kan ikke beregnes for denne målingen.',
  filteredReport: 'Denne rapporten gjelder bare én gruppe: {filter} ({n} respondenter).',
  wholeKpis: 'Sammenlignet med hele undersøkelsen ({n} respondenter): {list}.',
  wholeItem: '{name} {unit} her mot {value} i hele undersøkelsen',
  colWhole: 'Alle',
  wholeNote:
    'Alle: indeksen for hele undersøkelsen, til sammenligning; – der resten av undersøkelsen ville hatt færre enn {k} svar.',
};

export const noticesDa: NoticeStrings = {
  changeTitle: 'Hvad der har ændret sig',
  leftOut: 'Dette kapitel er udeladt: {reason}',
  leftOutAnonymity:
    'for få respondenter til at vise det uden at bringe nogens anonymitet i fare (færre end {k}).',
  leftOutTooFewRespondents: 'for få respondenter svarede på alle de spørgsmål, det har brug for.',
  leftOutNoVariance:
    'et kontaktpunkt fik samme vurdering af alle respondenter, så intet kan forklares med det.',
  leftOutCollinear:
    'to eller flere kontaktpunkter blev vurderet helt ens, så deres virkning ikke kan skilles ad.',
  leftOutTooManyDrivers: 'der er for mange kontaktpunkter til metoden.',
  leftOutNoQuestions: 'spørgeskemaet mangler de spørgsmål, det har brug for.',
  leftOutOther: 'det kan ikke beregnes for denne måling.',
  filteredReport: 'Denne rapport gælder kun én gruppe: {filter} ({n} respondenter).',
  wholeKpis: 'Sammenlignet med hele undersøgelsen ({n} respondenter): {list}.',
  wholeItem: '{name} {unit} her mod {value} i hele undersøgelsen',
  colWhole: 'Alle',
  wholeNote:
    'Alle: indekset for hele undersøgelsen til sammenligning; – hvor resten af undersøgelsen ville have færre end {k} svar.',
};
