import type { Catalog } from '../en';

/** present: danske tekster til præsentationstilstand som dias (workshoppen på lærredet). */
export const present: Pick<Catalog, 'present'> = {
  present: {
    slideLabel: 'Dias {{n}} af {{count}}: {{title}}',
    comments: {
      promoters: 'Ambassadører (9–10)',
      detractors: 'Kritikere (0–6)',
      everyone: 'Alle',
      none: 'Ingen kommentarer i denne gruppe.',
      note: 'Personoplysninger er skjult; intet citeres fra en gruppe under anonymitetsgrænsen.',
    },
    slides: {
      kpis: 'Nøgletal {{year}}',
      journey: 'Kunderejsen',
      journeyPart: '{{stage}} ({{part}} af {{parts}})',
      journeyLead: 'Indeks 0–100 pr. kontaktpunkt, i kunderejsens rækkefølge',
      map: 'Vigtighed og præstation',
      drivers: 'Hvad driver {{outcome}}',
      units: '{{question}} efter {{variable}}',
      change: 'Ændring siden {{year}}',
      changePart: 'Ændring siden {{year}} ({{part}} af {{parts}})',
      trend: 'Udvikling over alle målinger',
      comments: 'Hvad kunderne skrev',
    },
    overview: 'Alle dias',
    overviewHint: 'Piletasterne vælger, Enter åbner, et tal springer, Esc afslutter præsentationen',
    keysHint: '← → bladr · G alle dias · F filter · H kontrast · B sort skærm · Esc',
    contrast: 'Høj kontrast',
    leave: 'Afslut',
    blanked: 'Skærmen er sort: tryk på en tast',
    allRespondents: 'Alle respondenter',
    n: 'n = {{n}}',
    groupHidden: 'Gruppen er for lille til at blive vist',
    touchpointsHidden_one: '{{count}} kontaktpunkt skjult (færre end {{k}} svar)',
    touchpointsHidden_other: '{{count}} kontaktpunkter skjult (færre end {{k}} svar)',
    driversTop: 'De {{top}} største af {{count}} drivere',
    nothing: 'Intet at vise på dette dias for denne gruppe.',
  },
};
