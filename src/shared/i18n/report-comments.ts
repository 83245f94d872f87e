/**
 * Report strings of the comment themes (the codebook's themes with their numbers, in the comments
 * chapter of the PDF and the deck) and of the EPSI-style index chapter. Merged into ./report.ts.
 */
export const commentThemesEn = {
  indexTitle: 'Satisfaction index (EPSI model)',
  indexLead:
    '{target}: {value} on a 0–100 scale (95 % interval {lo}–{hi}, bootstrap of {b} samples; n = {n}).',
  indexChange: 'Change since {year}: {diff} points (95 % interval {lo} to {hi}; bootstrap p = {p}).',
  indexDriverCol: 'Driver',
  indexImpactCol: 'Impact of +1 point',
  indexPerformanceCol: 'Performance (0–100)',
  indexNote:
    "PLS path model of the study ({scheme} weighting). Impact: what one point more in a driver gives in the index (its total effect, unstandardised, EPSI/ACSI convention); performance: the driver's score on 0–100. All respondents of the wave.",
  commentSheetName: 'Comments',
  commentSheetTitle: 'Coded comments',
  commentColWave: 'Wave',
  commentColQuestion: 'Question',
  commentColUnit: 'Unit',
  commentColGroup: 'NPS group',
  commentColThemes: 'Themes',
  commentColTone: 'Tone (signal)',
  commentColText: 'Comment',
  commentSheetNote:
    'Names, e-mail addresses, phone and account numbers are masked. Comments of units with fewer than {k} respondents are left out. Tone is a word-list signal (AFINN, negation-aware), not a fact.',
  tonePositive: 'positive',
  toneNegative: 'negative',
  toneMixed: 'mixed',
  toneNeutral: 'neutral',
  commentThemesTitle: 'What the comments are about',
  commentThemeCol: 'Theme',
  commentThemeShareCol: 'Share of comments',
  commentThemeMentionsCol: 'Comments',
  commentThemeNpsWithCol: 'NPS, mention it',
  commentThemeNpsWithoutCol: 'NPS, others',
  commentThemesNote:
    'Themes as coded in the study ({wave}): share of the {comments} comments that carry each theme. NPS of the respondents who mention the theme against those who commented on other things ({test}); * p < 0.05. Units with fewer than {k} respondents are left out of every figure; – too few respondents to compare.',
};

export type CommentThemeStrings = Record<keyof typeof commentThemesEn, string>;

export const commentThemesNb: CommentThemeStrings = {
  indexTitle: 'Tilfredshetsindeks (EPSI-modell)',
  indexLead:
    '{target}: {value} på en skala 0–100 (95 % intervall {lo}–{hi}, bootstrap med {b} trekk; n = {n}).',
  indexChange: 'Endring siden {year}: {diff} poeng (95 % intervall {lo} til {hi}; bootstrap p = {p}).',
  indexDriverCol: 'Driver',
  indexImpactCol: 'Effekt av +1 poeng',
  indexPerformanceCol: 'Prestasjon (0–100)',
  indexNote:
    'PLS-stimodell for undersøkelsen ({scheme}-vekting). Effekt: hva ett poeng mer i en driver gir i indeksen (totaleffekten, ustandardisert, EPSI/ACSI-konvensjon); prestasjon: driverens skår på 0–100. Alle respondentene i målingen.',
  commentSheetName: 'Kommentarer',
  commentSheetTitle: 'Kodede kommentarer',
  commentColWave: 'Måling',
  commentColQuestion: 'Spørsmål',
  commentColUnit: 'Enhet',
  commentColGroup: 'NPS-gruppe',
  commentColThemes: 'Temaer',
  commentColTone: 'Tone (signal)',
  commentColText: 'Kommentar',
  commentSheetNote:
    'Navn, e-postadresser, telefon- og kontonumre er skjult. Kommentarer fra enheter med færre enn {k} respondenter er holdt utenfor. Tonen er et signal fra en ordliste (AFINN, tar hensyn til nektelser), ikke et faktum.',
  tonePositive: 'positiv',
  toneNegative: 'negativ',
  toneMixed: 'blandet',
  toneNeutral: 'nøytral',
  commentThemesTitle: 'Hva kommentarene handler om',
  commentThemeCol: 'Tema',
  commentThemeShareCol: 'Andel av kommentarene',
  commentThemeMentionsCol: 'Kommentarer',
  commentThemeNpsWithCol: 'NPS, nevner det',
  commentThemeNpsWithoutCol: 'NPS, andre',
  commentThemesNote:
    'Temaer slik de er kodet i undersøkelsen ({wave}): andel av de {comments} kommentarene som har hvert tema. NPS blant respondentene som nevner temaet mot dem som kommenterte noe annet ({test}); * p < 0,05. Enheter med færre enn {k} respondenter er holdt utenfor alle tall; – for få respondenter til å sammenligne.',
};

export const commentThemesDa: CommentThemeStrings = {
  indexTitle: 'Tilfredshedsindeks (EPSI-model)',
  indexLead:
    '{target}: {value} på en skala 0–100 (95 % interval {lo}–{hi}, bootstrap med {b} træk; n = {n}).',
  indexChange: 'Ændring siden {year}: {diff} point (95 % interval {lo} til {hi}; bootstrap p = {p}).',
  indexDriverCol: 'Driver',
  indexImpactCol: 'Effekt af +1 point',
  indexPerformanceCol: 'Præstation (0–100)',
  indexNote:
    'PLS-stimodel for undersøgelsen ({scheme}-vægtning). Effekt: hvad ét point mere i en driver giver i indekset (totaleffekten, ustandardiseret, EPSI/ACSI-konvention); præstation: driverens score på 0–100. Alle respondenter i målingen.',
  commentSheetName: 'Kommentarer',
  commentSheetTitle: 'Kodede kommentarer',
  commentColWave: 'Måling',
  commentColQuestion: 'Spørgsmål',
  commentColUnit: 'Enhed',
  commentColGroup: 'NPS-gruppe',
  commentColThemes: 'Temaer',
  commentColTone: 'Tone (signal)',
  commentColText: 'Kommentar',
  commentSheetNote:
    'Navne, e-mailadresser, telefon- og kontonumre er skjult. Kommentarer fra enheder med færre end {k} respondenter er holdt udenfor. Tonen er et signal fra en ordliste (AFINN, tager højde for nægtelser), ikke et faktum.',
  tonePositive: 'positiv',
  toneNegative: 'negativ',
  toneMixed: 'blandet',
  toneNeutral: 'neutral',
  commentThemesTitle: 'Hvad kommentarerne handler om',
  commentThemeCol: 'Tema',
  commentThemeShareCol: 'Andel af kommentarerne',
  commentThemeMentionsCol: 'Kommentarer',
  commentThemeNpsWithCol: 'NPS, nævner det',
  commentThemeNpsWithoutCol: 'NPS, andre',
  commentThemesNote:
    'Temaer som de er kodet i undersøgelsen ({wave}): andel af de {comments} kommentarer, der har hvert tema. NPS blandt respondenterne, der nævner temaet, mod dem, der kommenterede noget andet ({test}); * p < 0,05. Enheder med færre end {k} respondenter er holdt uden for alle tal; – for få respondenter til at sammenligne.',
};
