/** fieldwork: norske UI-tekster for Innstillinger → feltarbeid per måling (datoer, invitasjoner, svarprosent). */
export const fieldwork = {
  fieldwork: {
    title: 'Feltarbeid og svarprosent',
    lead: 'Datoene for hver måling, hvor mange som ble invitert og hvor mange som svarte. Metodesiden i PDF-en og presentasjonen viser dem med svarprosenten.',
    wave: 'Måling',
    start: 'Fra',
    end: 'Til',
    invited: 'Invitert',
    responded: 'Svarte',
    rate: 'Svarprosent',
    unknown: 'ikke registrert',
    save: 'Lagre',
    saved: 'Feltarbeidet for {{wave}} er lagret.',
    hint: 'La «Svarte» stå tomt for å bruke målingens respondenter i denne undersøkelsen.',
  },
};
