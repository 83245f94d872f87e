import type { Catalog } from '../en';

/** present: norske tekster for presentasjonsmodus som lysbilder (workshopen på lerret). */
export const present: Pick<Catalog, 'present'> = {
  present: {
    slideLabel: 'Lysbilde {{n}} av {{count}}: {{title}}',
    comments: {
      promoters: 'Ambassadører (9–10)',
      detractors: 'Kritikere (0–6)',
      everyone: 'Alle',
      none: 'Ingen kommentarer i denne gruppen.',
      note: 'Personopplysninger er skjult; ingenting siteres fra en gruppe under anonymitetsgrensen.',
    },
    slides: {
      kpis: 'Nøkkeltall {{year}}',
      journey: 'Kundereisen',
      journeyPart: '{{stage}} ({{part}} av {{parts}})',
      journeyLead: 'Indeks 0–100 per kontaktpunkt, i kundereisens rekkefølge',
      map: 'Viktighet og prestasjon',
      drivers: 'Hva driver {{outcome}}',
      units: '{{question}} etter {{variable}}',
      change: 'Endring siden {{year}}',
      changePart: 'Endring siden {{year}} ({{part}} av {{parts}})',
      trend: 'Utvikling over alle målinger',
      comments: 'Hva kundene skrev',
    },
    overview: 'Alle lysbilder',
    overviewHint: 'Piltastene velger, Enter åpner, et tall hopper, Esc avslutter presentasjonen',
    keysHint: '← → bla · G alle lysbilder · F filter · H kontrast · B svart skjerm · Esc',
    contrast: 'Høy kontrast',
    leave: 'Avslutt',
    blanked: 'Skjermen er svart: trykk en tast',
    allRespondents: 'Alle respondenter',
    n: 'n = {{n}}',
    groupHidden: 'Gruppen er for liten til å vises',
    touchpointsHidden_one: '{{count}} kontaktpunkt skjult (færre enn {{k}} svar)',
    touchpointsHidden_other: '{{count}} kontaktpunkter skjult (færre enn {{k}} svar)',
    driversTop: 'De {{top}} største av {{count}} drivere',
    nothing: 'Ingenting å vise på dette lysbildet for denne gruppen.',
  },
};
