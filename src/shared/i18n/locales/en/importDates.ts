/** importDates: English UI strings of the import wizard's date formats (choosing day or month first). */
export const importDates = {
  importDates: {
    rule: {
      dmyDot: 'day.month.year (dd.mm.yyyy)',
      dmyDash: 'day-month-year (dd-mm-yyyy)',
      dmySlash: 'day first: day/month/year (dd/mm/yyyy)',
      mdySlash: 'month first: month/day/year (mm/dd/yyyy)',
      iso: 'year-month-day (yyyy-mm-dd)',
      excelSerial: 'Excel day numbers',
    },
    ambiguous:
      'Every date in {{column}} fits both day first and month first (03/04/2025 is 3 April or 4 March). Choose how to read them:',
    chosen:
      'The dates in {{column}} fit both day first and month first (03/04/2025 is 3 April or 4 March). They are read as:',
    asWritten: 'Keep as written (not read as dates)',
    label: 'Date format of {{column}}',
  },
};
