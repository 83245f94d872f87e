/**
 * Report strings of the comment themes (the codebook's themes with their numbers, in the comments
 * chapter of the PDF and the deck). Merged into ./report.ts.
 */
export const commentThemesEn = {
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
