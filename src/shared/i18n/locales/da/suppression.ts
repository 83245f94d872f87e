import type { suppression as en } from '../en/suppression';

/** suppression: dansk. */
export const suppression: typeof en = {
  suppression: {
    headline: {
      'below-k': 'For få svar til at blive vist',
      complementary: 'Skjult for at beskytte en lille gruppe',
      'effective-n': 'For få respondenter efter vægtning',
      filter: 'Dette filter er ikke tilladt',
      differencing: 'Vises ikke: for tæt på et resultat, der allerede er vist',
      excluded: 'Udeladt af opdelinger',
    },
    detail: {
      'below-k':
        'Færre end {{k}} svar: resultater for så små grupper vises aldrig, for at beskytte respondenternes anonymitet.',
      total:
        'Skjult, fordi det sammen med totalen ville afsløre en gruppe på færre end {{k}} ved subtraktion.',
      'row-total':
        'Skjult, fordi det sammen med rækkens total ville afsløre en gruppe på færre end {{k}} ved subtraktion.',
      'column-total':
        'Skjult, fordi det sammen med kolonnens total ville afsløre en gruppe på færre end {{k}} ved subtraktion.',
      margin:
        'Skjult, fordi de grupper, det består af, ellers kunne regnes ud, og én af dem har færre end {{k}} svar.',
      'effective-n':
        'Efter vægtning bygger disse resultater på svar svarende til færre end {{k}} respondenter, så de vises ikke.',
      'filter-too-few': 'Filteret vælger færre end {{k}} respondenter. Udvid filteret eller fjern det.',
      'filter-rest-too-few':
        'De respondenter, filteret udelader, er færre end {{k}}: de kunne regnes ud som alle minus den filtrerede gruppe. Udvid filteret eller fjern det.',
      'filter-reveals-hidden':
        'Filteret ville udskille en gruppe, der er skjult af hensyn til anonymiteten. Vælg andre værdier eller fjern filteret.',
      'filter-merged':
        'Denne enhed vises kun som en del af »Øvrige«, så den kan ikke filtreres ud alene. Filtrér på »Øvrige« i stedet.',
      filter: 'Filteret ville udskille en gruppe på færre end {{k}}. Udvid filteret eller fjern det.',
      differencing:
        'Dette filter adskiller sig fra et, der allerede er vist, med færre end {{k}} respondenter, så tilsammen ville de afsløre en lille gruppe. Brug et filter, der er vist før, eller et tydeligt andet.',
      excluded: 'Denne enhed er udeladt af opdelinger i undersøgelsens indstillinger.',
    },
    cell: {
      'below-k': '< {{k}}',
      complementary: 'skjult',
      'effective-n': 'skjult',
      filter: 'skjult',
      differencing: 'skjult',
      excluded: 'udeladt',
    },
    mask: { email: '[e-mail]', phone: '[telefon]', name: '[navn]', account: '[nummer]' },
    commentsHidden: 'Kommentarer fra grupper med færre end {{k}} respondenter citeres ikke.',
    units: {
      title: 'Enheder i opdelinger',
      lead: 'Vis små enheder samlet som én enhed, og udelad enheder af alle opdelinger (de tæller stadig med i totalerne). Gemmes i undersøgelsen; rapportens metodeside nævner det.',
      variable: 'Baggrundsvariabel',
      merge: 'Vis enheder med færre respondenter end dette samlet',
      mergeHint: 'Lad feltet stå tomt for at vise hver enhed for sig.',
      mergedLabel: 'Navn på den samlede enhed ({{language}})',
      excluded: 'Udelad af opdelinger',
      save: 'Gem enhedsregler',
      saved: 'Enhedsreglerne er gemt.',
      otherUnderK:
        'Tilsammen har de små enheder stadig færre end {{k}} respondenter: »Øvrige« bliver skjult, og én enhed mere sammen med den.',
      merging_one: '{{count}} enhed vises som »{{label}}«.',
      merging_other: '{{count}} enheder vises som »{{label}}«.',
      none: 'Denne undersøgelse har ingen baggrundsvariabel med enheder.',
    },
    method: {
      merged: 'Enheder med færre end {{n}} respondenter vises samlet som »{{label}}« ({{variable}}).',
      excluded_one:
        '{{units}} er udeladt af opdelinger efter {{variable}}; respondenterne tæller stadig med i totalerne.',
      excluded_other:
        '{{units}} er udeladt af opdelinger efter {{variable}}; respondenterne tæller stadig med i totalerne.',
      complementary:
        'Et resultat markeret »skjult« vises ikke, fordi det sammen med en total ville afsløre en gruppe på færre end {{k}} ved subtraktion; det mindste af den slags resultater er altid det, der skjules.',
    },
  },
};
