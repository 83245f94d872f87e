import type { Catalog } from '../en';

/** importDates: danske tekster til datoformaterne i importguiden (dag eller måned først). */
export const importDates: Pick<Catalog, 'importDates'> = {
  importDates: {
    rule: {
      dmyDot: 'dag.måned.år (dd.mm.åååå)',
      dmyDash: 'dag-måned-år (dd-mm-åååå)',
      dmySlash: 'dag først: dag/måned/år (dd/mm/åååå)',
      mdySlash: 'måned først: måned/dag/år (mm/dd/åååå)',
      iso: 'år-måned-dag (åååå-mm-dd)',
      excelSerial: 'Excel-dagnumre',
    },
    ambiguous:
      'Alle datoer i {{column}} passer både med dag først og med måned først (03/04/2025 er 3. april eller 4. marts). Vælg, hvordan de skal læses:',
    chosen:
      'Datoerne i {{column}} passer både med dag først og med måned først (03/04/2025 er 3. april eller 4. marts). De læses som:',
    asWritten: 'Behold som skrevet (ikke læst som datoer)',
    label: 'Datoformat for {{column}}',
  },
};
