import type { scaleEditor as en } from '../en/scaleEditor';

/** Dansk: skalaeditoren i spørgeskemadesigneren. */
export const scaleEditor: typeof en = {
  scaleEditor: {
    point: 'Punkt',
    pointLabels: 'Tekster på skalapunkterne',
    pointLabelsHint: 'Lad et punkt stå tomt for kun at vise tallet.',
    endsOnly: 'Skalaen har {{count}} punkter: tekster kun for endepunkterne og manglende koder.',
    labelOf: 'Tekst på {{point}} på {{language}}',
    optionsTitle: 'Svarmuligheder',
    code: 'Kode',
    optionText: 'Tekst på svarmulighed {{code}} på {{language}}',
    addOption: 'Tilføj svarmulighed',
    removeOption: 'Fjern svarmulighed {{code}}',
    optionNeedsText: 'Hver svarmulighed skal have en tekst på mindst ét sprog.',
  },
};
