/** fieldwork: English UI strings of Settings → fieldwork per wave (dates, invitations, response rate). */
export const fieldwork = {
  fieldwork: {
    title: 'Fieldwork and response rate',
    lead: 'The dates of each wave, how many were invited and how many answered. The method page of the PDF and the deck prints them with the response rate.',
    wave: 'Wave',
    start: 'From',
    end: 'To',
    invited: 'Invited',
    responded: 'Answered',
    rate: 'Response rate',
    unknown: 'not recorded',
    save: 'Save',
    saved: 'The fieldwork of {{wave}} is saved.',
    hint: 'Leave “Answered” empty to use the wave’s respondents in this study.',
  },
};
