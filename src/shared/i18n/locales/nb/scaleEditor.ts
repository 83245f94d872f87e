import type { scaleEditor as en } from '../en/scaleEditor';

/** Norsk bokmål: skalaredigereren i spørreskjemadesigneren. */
export const scaleEditor: typeof en = {
  scaleEditor: {
    point: 'Punkt',
    pointLabels: 'Tekster på skalapunktene',
    pointLabelsHint: 'La et punkt stå tomt for å vise bare tallet.',
    endsOnly: 'Skalaen har {{count}} punkter: tekster bare for endepunktene og manglende koder.',
    labelOf: 'Tekst på {{point}} på {{language}}',
    optionsTitle: 'Svaralternativer',
    code: 'Kode',
    optionText: 'Tekst på alternativ {{code}} på {{language}}',
    addOption: 'Legg til alternativ',
    removeOption: 'Fjern alternativ {{code}}',
    optionNeedsText: 'Hvert alternativ trenger en tekst på minst ett språk.',
  },
};
