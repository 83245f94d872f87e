/**
 * Synthetic Norwegian comments for the sample study, written for it (no real customer's words).
 * Keyed by touchpoint code; the generator picks a topic from the respondent's own ratings, so the
 * comments agree with the numbers. Some carry commas, quotes and a line break on purpose: open-text
 * answers from survey tools do.
 */

type ByTopic = Readonly<Record<string, readonly string[]>>;

export const POSITIVE: ByTopic = {
  TP01: [
    'Nettsiden er oversiktlig, og det var lett å finne det jeg lurte på.',
    'Greit å sammenligne dekningene på nettsiden før jeg bestemte meg.',
  ],
  TP02: [
    'Rådgiveren tok seg god tid og forklarte forskjellen på dekningene.',
    'Fikk gode råd, og jeg følte meg ikke presset til å kjøpe mer enn jeg trengte.',
    'Rådgiveren ringte selv da forsikringen skulle fornyes, det var ryddig.',
  ],
  TP03: [
    'Konkurransedyktig pris, og tilbudet var lett å forstå.',
    'Fikk et bedre tilbud enn fra det forrige selskapet mitt.',
  ],
  TP04: ['Kjøpte bilforsikring på nett på fem minutter, med BankID og alt.'],
  TP05: ['Ryddige dokumenter, og jeg skjønte hva jeg var forsikret for.'],
  TP06: ['Appen er enkel å bruke, og jeg har full oversikt over forsikringene mine.'],
  TP07: [
    'Veldig enkelt å melde skade, tok bare noen minutter.',
    'Skademeldingen på nett var grei å fylle ut, også med bilder.',
  ],
  TP08: [
    'Skaden ble behandlet raskt, og jeg fikk beskjed underveis.',
    'Rask og hyggelig hjelp da vi fikk vannskade i kjelleren.\nTusen takk!',
    'Takstmannen kom allerede dagen etter, og alt gikk smertefritt.',
  ],
  TP09: [
    'Rettferdig oppgjør, og pengene kom inn på konto med en gang.',
    'Fikk dekket mer enn jeg hadde regnet med, uten krangling.',
  ],
  TP10: [
    'Hyggelige og kunnskapsrike folk på telefonen.',
    'Kom raskt gjennom på telefon, og fikk svar på alt.',
    'Fikk hjelp med en gang jeg ringte, og saken ble løst i samme samtale.',
  ],
  TP11: ['Chatten svarte raskt og løste saken min med en gang.'],
  TP12: ['Faktura og AvtaleGiro fungerer knirkefritt.'],
  general: [
    'Har vært kunde i mange år og har aldri hatt grunn til å klage.',
    'Trygt og ryddig forsikringsselskap.',
    'Alt fungerer som det skal, så jeg ser ingen grunn til å bytte.',
    'God service, fornuftige priser og folk som bryr seg.',
    'Enkelt og greit, alt er samlet på ett sted.',
    'Føler meg godt ivaretatt, både på telefon og på kontoret.',
  ],
};

/** Said only by customers of one type (1 Privat, 2 Landbruk, 3 Bedrift). */
export const POSITIVE_BY_CUSTOMER_TYPE: Readonly<Record<number, ByTopic>> = {
  2: { TP02: ['Samme rådgiver år etter år, som kjenner oss og gården. Det setter vi pris på.'] },
};
export const NEGATIVE_BY_CUSTOMER_TYPE: Readonly<Record<number, ByTopic>> = {
  3: { TP03: ['For dyrt for oss som bedrift, og vanskelig å få rabatt på flere avtaler.'] },
};

/** Said in 2026 only: the client shortened claims handling between the waves. */
export const POSITIVE_2026: ByTopic = {
  TP08: [
    'Mye raskere saksbehandling enn sist jeg hadde en skade.',
    'Saken var ferdig på under en uke, det hadde jeg ikke ventet.',
    'Merket at skadebehandlingen har blitt raskere, bra jobbet!',
  ],
};

export const NEGATIVE: ByTopic = {
  TP01: ['Vanskelig å finne fram på nettsiden, og vilkårene er skrevet for jurister.'],
  TP02: [
    'Har ikke hørt fra rådgiveren min på flere år.',
    'Rådgiveren var mer opptatt av å selge enn av å lytte.',
  ],
  TP03: [
    'Prisen går opp hvert år, uten at jeg får noe mer for pengene.',
    'For dyrt sammenlignet med andre selskaper.',
    'Tilbudet var vanskelig å sammenligne med andre, med mange ulike egenandeler.',
    'Ble lovet rabatt på samleavtale, men den kom aldri på fakturaen.',
  ],
  TP04: ['Kjøpet på nett stoppet på siste steg, så jeg måtte ringe likevel.'],
  TP05: ['Altfor mange sider med dokumenter, og ingen forklaring på hva som er viktig.'],
  TP06: ['Appen henger seg ofte opp, og da gir jeg opp og ringer i stedet.'],
  TP07: ['Skjemaet for skademelding var langt og uoversiktlig.'],
  TP08: [
    'Skadesaken tok altfor lang tid, og jeg måtte purre flere ganger.',
    'Fikk beskjed om at saken var "under behandling" i over to måneder.',
    'Ventet i seks uker på takstmann, og ingen sa fra om hvorfor.',
    'Det tok tre måneder før vi fikk svar, og vi måtte selv ringe for å høre hvordan det gikk.',
  ],
  TP09: [
    'Oppgjøret var lavere enn forventet, og ingen forklarte hvorfor.',
    'Uenig i skjønnet, og jeg følte at jeg måtte kjempe for hver krone.',
    'Egenandelen var mye høyere enn jeg trodde, det burde vært forklart bedre.',
  ],
  TP10: [
    'Lang ventetid på telefon, over en halvtime flere ganger.',
    'Ble satt over fra den ene til den andre, og ingen tok ansvar.',
    'Fikk forskjellige svar hver gang jeg ringte kundeservice.',
    'Kundeservice er vanskelig å nå på dagtid, og chatten henviser bare til telefonen.',
    'Måtte forklare saken på nytt hver gang jeg ringte.',
  ],
  TP11: ['Chatten er bare en robot som ikke forstår spørsmålet.'],
  TP12: ['Fakturaen er uoversiktlig, det er vanskelig å se hva jeg betaler for.'],
  TP13: [
    'Fornyelsesvarselet kom med ny pris, men uten forklaring på økningen.',
    'Prisøkningen ved fornyelse var altfor stor.',
  ],
  general: [
    'Føler meg ikke prioritert som kunde.',
    'Dere var bedre før.',
    'Vanskelig å få tak i noen som kan svare på spørsmål.',
  ],
};

/** Said in 2026 only: the new app version. */
export const NEGATIVE_2026: ByTopic = {
  TP06: [
    'Den nye appen er et tilbakeskritt, innloggingen med BankID feiler hele tiden.',
    'Etter oppdateringen finner jeg ikke lenger forsikringsbevisene i appen.',
    'Appen logger meg ut hele tiden, det var bedre før.',
    'Hvorfor måtte dere endre appen? Den gamle var mye enklere.',
  ],
  TP08: ['Saken tok fortsatt for lang tid, selv om det går bedre enn før.'],
};

export const NEUTRAL: readonly string[] = [
  'Helt greit, men ikke noe spesielt.',
  'Stort sett fornøyd, men prisen kunne vært lavere.',
  'Greit nok, men saksbehandlingen kunne gått raskere.',
  'Fornøyd så lenge jeg slipper å melde skade.',
  'Ingen store klager, men heller ikke noe som skiller dere fra de andre.',
  'Har ikke hatt så mye kontakt med dere, så det er vanskelig å si.',
  'Greit selskap, men det finnes billigere alternativer.',
  'Middels. Noe fungerer bra, annet ikke.',
];

export const CLOSING_POSITIVE: readonly string[] = ['Takk for god hjelp!', 'Anbefaler dere gjerne videre.'];
export const CLOSING_NEGATIVE: readonly string[] = [
  'Vurderer å bytte selskap hvis det ikke blir bedre.',
  'Håper dette blir bedre til neste år.',
];
