/** fieldwork: danske UI-tekster til Indstillinger → feltarbejde pr. måling (datoer, invitationer, svarprocent). */
export const fieldwork = {
  fieldwork: {
    title: 'Feltarbejde og svarprocent',
    lead: 'Datoerne for hver måling, hvor mange der blev inviteret, og hvor mange der svarede. Metodesiden i PDF’en og præsentationen viser dem med svarprocenten.',
    wave: 'Måling',
    start: 'Fra',
    end: 'Til',
    invited: 'Inviteret',
    responded: 'Svarede',
    rate: 'Svarprocent',
    unknown: 'ikke registreret',
    save: 'Gem',
    saved: 'Feltarbejdet for {{wave}} er gemt.',
    hint: 'Lad »Svarede« stå tomt for at bruge målingens respondenter i denne undersøgelse.',
  },
};
