import type { Catalog } from '../en';

/** importDates: norske tekster for datoformatene i importveiviseren (dag eller måned først). */
export const importDates: Pick<Catalog, 'importDates'> = {
  importDates: {
    rule: {
      dmyDot: 'dag.måned.år (dd.mm.åååå)',
      dmyDash: 'dag-måned-år (dd-mm-åååå)',
      dmySlash: 'dag først: dag/måned/år (dd/mm/åååå)',
      mdySlash: 'måned først: måned/dag/år (mm/dd/åååå)',
      iso: 'år-måned-dag (åååå-mm-dd)',
      excelSerial: 'Excel-dagnummer',
    },
    ambiguous:
      'Alle datoene i {{column}} passer både med dag først og med måned først (03/04/2025 er 3. april eller 4. mars). Velg hvordan de skal leses:',
    chosen:
      'Datoene i {{column}} passer både med dag først og med måned først (03/04/2025 er 3. april eller 4. mars). De leses som:',
    asWritten: 'Behold slik de er skrevet (ikke lest som datoer)',
    label: 'Datoformat for {{column}}',
  },
};
