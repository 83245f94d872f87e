/** Where the deck was left, per study, for this session: re-entering present mode lands there. */
export type DeckPlace = { key: string | null; index: number; contrast: boolean };

const storageKey = (studyId: string) => `touchpoint.present.${studyId}`;

export function loadDeckPlace(studyId: string): DeckPlace {
  try {
    const raw = sessionStorage.getItem(storageKey(studyId));
    const v = raw ? (JSON.parse(raw) as Partial<DeckPlace>) : {};
    return {
      key: typeof v.key === 'string' ? v.key : null,
      index: typeof v.index === 'number' && Number.isInteger(v.index) ? v.index : 0,
      contrast: v.contrast === true,
    };
  } catch {
    return { key: null, index: 0, contrast: false };
  }
}

export function saveDeckPlace(studyId: string, place: DeckPlace): void {
  try {
    sessionStorage.setItem(storageKey(studyId), JSON.stringify(place));
  } catch {
    // Storage refused (private mode, quota): the deck then starts at the first slide next time.
  }
}
