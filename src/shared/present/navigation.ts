/**
 * The slide deck's keyboard, as a pure reducer: a key (from a keyboard or a presenter clicker, which
 * sends PageUp/PageDown, arrows and "b"/"." for a blank screen) and the deck's state give the next
 * state and at most one effect for the view (leave present mode, toggle the high-contrast theme,
 * put the focus on the live filter).
 */

export type DeckState = {
  /** The slide on screen (0-based). */
  index: number;
  /** Slides in the deck. */
  count: number;
  /** The slide overview grid is open; `focus` is the slide focused in it. */
  overview: boolean;
  focus: number;
  /** The screen is blanked (black), as a clicker's "b" or "." does. */
  blank: boolean;
};

export type DeckEffect = 'exit' | 'contrast' | 'filter' | null;

export type DeckKey = { key: string; shiftKey?: boolean };

/** Columns of the overview grid (ArrowUp/ArrowDown move a row there). */
export const OVERVIEW_COLUMNS = 4;

export function initialDeck(count: number, index = 0): DeckState {
  const i = clamp(index, count);
  return { index: i, count, overview: false, focus: i, blank: false };
}

function clamp(i: number, count: number): number {
  return Math.max(0, Math.min(Math.max(0, count - 1), i));
}

/** The deck after its slide count changed (a slide became available or went away): same slide if it can. */
export function resizeDeck(s: DeckState, count: number): DeckState {
  return { ...s, count, index: clamp(s.index, count), focus: clamp(s.focus, count) };
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'Enter', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

function step(s: DeckState, delta: number): DeckState {
  const index = clamp(s.index + delta, s.count);
  return { ...s, index, focus: index };
}

function go(s: DeckState, index: number): DeckState {
  const i = clamp(index, s.count);
  return { ...s, index: i, focus: i, overview: false };
}

function overviewKey(s: DeckState, key: string): { state: DeckState; effect: DeckEffect } | null {
  const move = (delta: number) => ({ state: { ...s, focus: clamp(s.focus + delta, s.count) }, effect: null });
  switch (key) {
    case 'Escape':
      return { state: { ...s, overview: false }, effect: 'exit' };
    case 'g':
    case 'G':
      return { state: { ...s, overview: false, focus: s.index }, effect: null };
    case 'Enter':
    case ' ':
      return { state: go(s, s.focus), effect: null };
    case 'ArrowRight':
      return move(1);
    case 'ArrowLeft':
      return move(-1);
    case 'ArrowDown':
    case 'PageDown':
      return move(OVERVIEW_COLUMNS);
    case 'ArrowUp':
    case 'PageUp':
      return move(-OVERVIEW_COLUMNS);
    case 'Home':
      return { state: { ...s, focus: 0 }, effect: null };
    case 'End':
      return { state: { ...s, focus: s.count - 1 }, effect: null };
    default:
      return null;
  }
}

/**
 * The next deck state for one key press; `null` when the deck does not use the key (so the page
 * may). Number keys 1–9 jump to that slide; Esc and G open the overview; Esc in the overview leaves.
 */
export function deckKey(
  s: DeckState,
  { key, shiftKey = false }: DeckKey,
): { state: DeckState; effect: DeckEffect } | null {
  if (key === 'b' || key === 'B' || key === '.') return { state: { ...s, blank: !s.blank }, effect: null };
  // While blank, the next key only brings the slide back (a clicker's next press must not skip one).
  if (s.blank) return { state: { ...s, blank: false }, effect: null };
  if (key === 'h' || key === 'H') return { state: s, effect: 'contrast' };
  if (key === 'f' || key === 'F') return { state: s, effect: 'filter' };
  if (/^[1-9]$/.test(key)) {
    const n = Number(key) - 1;
    return n < s.count ? { state: go(s, n), effect: null } : { state: s, effect: null };
  }
  if (s.overview) return overviewKey(s, key);
  if (key === 'Escape' || key === 'g' || key === 'G') {
    return { state: { ...s, overview: true, focus: s.index }, effect: null };
  }
  if (key === ' ') return { state: step(s, shiftKey ? -1 : 1), effect: null };
  if (NEXT.has(key)) return { state: step(s, 1), effect: null };
  if (PREV.has(key)) return { state: step(s, -1), effect: null };
  if (key === 'Home') return { state: go(s, 0), effect: null };
  if (key === 'End') return { state: go(s, s.count - 1), effect: null };
  return null;
}
