import type { Language } from '../../../../shared/domain/language';
import { fillPlaceholders } from '../../../../shared/i18n/placeholders';

/** The few words the deck adds to the report model's own texts (speaker notes, continuation marks). */
const en = {
  continued: '({page}/{pages})',
  notesBases: 'Bases (n): {list}.',
  notesSuppressed: 'Not shown to protect anonymity (fewer than {k} answers): {list}.',
  notesIntervals: '95 % intervals: {list}.',
  notesEditable:
    'The chart is a native PowerPoint chart: right-click it and choose “Edit Data” to change it.',
  notesFullNames: 'Full names: {list}.',
  notesNoValue: '“{mark}” marks a figure that is not shown.',
  page: 'page {n}',
  summary: 'Summary',
};
type DeckText = typeof en;

const nb: DeckText = {
  continued: '({page}/{pages})',
  notesBases: 'Grunnlag (n): {list}.',
  notesSuppressed: 'Ikke vist av hensyn til anonymitet (færre enn {k} svar): {list}.',
  notesIntervals: '95 %-intervaller: {list}.',
  notesEditable:
    'Diagrammet er et ekte PowerPoint-diagram: høyreklikk og velg «Rediger data» for å endre tallene.',
  notesFullNames: 'Fulle navn: {list}.',
  notesNoValue: '«{mark}» markerer et tall som ikke vises.',
  page: 'side {n}',
  summary: 'Sammendrag',
};

const da: DeckText = {
  continued: '({page}/{pages})',
  notesBases: 'Grundlag (n): {list}.',
  notesSuppressed: 'Ikke vist af hensyn til anonymiteten (færre end {k} svar): {list}.',
  notesIntervals: '95 %-intervaller: {list}.',
  notesEditable:
    'Diagrammet er et ægte PowerPoint-diagram: højreklik og vælg “Rediger data” for at ændre tallene.',
  notesFullNames: 'Fulde navne: {list}.',
  notesNoValue: '“{mark}” markerer et tal, der ikke vises.',
  page: 'side {n}',
  summary: 'Resumé',
};

const TEXTS: Record<Language, DeckText> = { en, nb, da };

export function deckText(
  lang: Language,
  key: keyof DeckText,
  vars: Record<string, string | number> = {},
): string {
  return fillPlaceholders(TEXTS[lang][key], vars);
}
