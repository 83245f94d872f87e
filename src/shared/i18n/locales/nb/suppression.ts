import type { suppression as en } from '../en/suppression';

/** suppression: bokmål. */
export const suppression: typeof en = {
  suppression: {
    headline: {
      'below-k': 'For få svar til å vises',
      complementary: 'Skjult for å beskytte en liten gruppe',
      'effective-n': 'For få respondenter etter vekting',
      filter: 'Dette filteret er ikke tillatt',
      differencing: 'Vises ikke: for nær et resultat som allerede er vist',
      excluded: 'Utelatt fra oppdelinger',
    },
    detail: {
      'below-k':
        'Færre enn {{k}} svar: resultater for så små grupper vises aldri, for å beskytte respondentenes anonymitet.',
      total:
        'Skjult fordi det sammen med totalen ville avsløre en gruppe på færre enn {{k}} ved subtraksjon.',
      'row-total':
        'Skjult fordi det sammen med radens total ville avsløre en gruppe på færre enn {{k}} ved subtraksjon.',
      'column-total':
        'Skjult fordi det sammen med kolonnens total ville avsløre en gruppe på færre enn {{k}} ved subtraksjon.',
      margin:
        'Skjult fordi gruppene det består av ellers kunne regnes ut, og én av dem har færre enn {{k}} svar.',
      'effective-n':
        'Etter vekting bygger disse resultatene på svar som tilsvarer færre enn {{k}} respondenter, så de vises ikke.',
      'filter-too-few': 'Filteret velger færre enn {{k}} respondenter. Utvid filteret eller fjern det.',
      'filter-rest-too-few':
        'Respondentene filteret utelater er færre enn {{k}}: de kunne regnes ut som alle minus den filtrerte gruppen. Utvid filteret eller fjern det.',
      'filter-reveals-hidden':
        'Filteret ville skille ut en gruppe som er skjult av hensyn til anonymiteten. Velg andre verdier eller fjern filteret.',
      'filter-merged':
        'Denne enheten vises bare som en del av «Andre», så den kan ikke filtreres ut alene. Filtrer på «Andre» i stedet.',
      filter: 'Filteret ville skille ut en gruppe på færre enn {{k}}. Utvid filteret eller fjern det.',
      differencing:
        'Dette filteret skiller seg fra et som allerede er vist med færre enn {{k}} respondenter, så sammen ville de avsløre en liten gruppe. Bruk et filter som er vist før, eller et tydelig annet.',
      excluded: 'Denne enheten er utelatt fra oppdelinger i studiens innstillinger.',
    },
    cell: {
      'below-k': '< {{k}}',
      complementary: 'skjult',
      'effective-n': 'skjult',
      filter: 'skjult',
      differencing: 'skjult',
      excluded: 'utelatt',
    },
    mask: { email: '[e-post]', phone: '[telefon]', name: '[navn]', account: '[nummer]' },
    commentsHidden: 'Kommentarer fra grupper med færre enn {{k}} respondenter siteres ikke.',
    units: {
      title: 'Enheter i oppdelinger',
      lead: 'Vis små enheter samlet som én enhet, og utelat enheter fra alle oppdelinger (de teller fortsatt med i totalene). Lagres i studien; rapportens metodeside sier det.',
      variable: 'Bakgrunnsvariabel',
      merge: 'Vis enheter med færre respondenter enn dette samlet',
      mergeHint: 'La stå tomt for å vise hver enhet for seg.',
      mergedLabel: 'Navn på den samlede enheten ({{language}})',
      excluded: 'Utelat fra oppdelinger',
      save: 'Lagre enhetsregler',
      saved: 'Enhetsreglene er lagret.',
      otherUnderK:
        'Til sammen har de små enhetene fortsatt færre enn {{k}} respondenter: «Andre» blir skjult, og én enhet til sammen med den.',
      merging_one: '{{count}} enhet vises som «{{label}}».',
      merging_other: '{{count}} enheter vises som «{{label}}».',
      none: 'Denne studien har ingen bakgrunnsvariabel med enheter.',
    },
    method: {
      merged: 'Enheter med færre enn {{n}} respondenter vises samlet som «{{label}}» ({{variable}}).',
      excluded_one:
        '{{units}} er utelatt fra oppdelinger etter {{variable}}; respondentene teller fortsatt med i totalene.',
      excluded_other:
        '{{units}} er utelatt fra oppdelinger etter {{variable}}; respondentene teller fortsatt med i totalene.',
      complementary:
        'Et resultat merket «skjult» vises ikke fordi det sammen med en total ville avsløre en gruppe på færre enn {{k}} ved subtraksjon; det minste slike resultatet er alltid det som skjules.',
    },
  },
};
