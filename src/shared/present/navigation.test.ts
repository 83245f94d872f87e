import { describe, expect, it } from 'vitest';
import type { DeckState } from './navigation';
import { OVERVIEW_COLUMNS, deckKey, initialDeck, resizeDeck } from './navigation';

const at = (index: number, count = 12, extra: Partial<DeckState> = {}): DeckState => ({
  ...initialDeck(count, index),
  ...extra,
});
const press = (s: DeckState, key: string, shiftKey = false) => deckKey(s, { key, shiftKey });
const indexAfter = (s: DeckState, key: string, shiftKey = false) => press(s, key, shiftKey)?.state.index;

describe('deckKey: the slide deck by keyboard and presenter clicker', () => {
  it('moves forward with ArrowRight, ArrowDown, PageDown and Space', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(indexAfter(at(3), key)).toBe(4);
  });

  it('moves back with ArrowLeft, ArrowUp, PageUp and Shift+Space', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(indexAfter(at(3), key)).toBe(2);
    expect(indexAfter(at(3), ' ', true)).toBe(2);
  });

  it('stops at the first and the last slide', () => {
    expect(indexAfter(at(0), 'PageUp')).toBe(0);
    expect(indexAfter(at(11), 'PageDown')).toBe(11);
  });

  it('jumps to the first and last slide with Home and End', () => {
    expect(indexAfter(at(5), 'Home')).toBe(0);
    expect(indexAfter(at(5), 'End')).toBe(11);
  });

  it('jumps to slide n with the number keys, ignoring a number past the end', () => {
    expect(indexAfter(at(0), '3')).toBe(2);
    expect(indexAfter(at(0), '9')).toBe(8);
    expect(indexAfter(at(1, 4), '7')).toBe(1);
    expect(press(at(0), '0')).toBeNull();
  });

  it('opens the overview with Esc or G on the current slide; Esc there leaves present mode', () => {
    for (const key of ['Escape', 'g', 'G']) {
      const r = press(at(4), key)!;
      expect(r.state.overview).toBe(true);
      expect(r.state.focus).toBe(4);
      expect(r.effect).toBeNull();
    }
    const leave = press(at(4, 12, { overview: true }), 'Escape')!;
    expect(leave.effect).toBe('exit');
  });

  it('moves the overview focus by arrows (rows of OVERVIEW_COLUMNS) and opens it with Enter', () => {
    let s = at(1, 12, { overview: true, focus: 1 });
    s = press(s, 'ArrowRight')!.state;
    expect(s.focus).toBe(2);
    s = press(s, 'ArrowDown')!.state;
    expect(s.focus).toBe(2 + OVERVIEW_COLUMNS);
    expect(s.index).toBe(1);
    s = press(s, 'Enter')!.state;
    expect(s).toMatchObject({ overview: false, index: 2 + OVERVIEW_COLUMNS });
  });

  it('closes the overview with G without moving, and a number key jumps from it', () => {
    const s = at(2, 12, { overview: true, focus: 7 });
    expect(press(s, 'g')!.state).toMatchObject({ overview: false, index: 2 });
    expect(press(s, '5')!.state).toMatchObject({ overview: false, index: 4 });
  });

  it('blanks the screen with b or "." and the next key only brings the slide back', () => {
    const blank = press(at(3), 'b')!.state;
    expect(blank.blank).toBe(true);
    const back = press(blank, 'PageDown')!.state;
    expect(back).toMatchObject({ blank: false, index: 3 });
    expect(press(press(at(3), '.')!.state, '.')!.state.blank).toBe(false);
  });

  it('asks for the high-contrast theme with H and the filter with F', () => {
    expect(press(at(0), 'h')!.effect).toBe('contrast');
    expect(press(at(0), 'F')!.effect).toBe('filter');
  });

  it('leaves other keys to the page', () => {
    expect(press(at(0), 'x')).toBeNull();
    expect(press(at(0), 'Tab')).toBeNull();
  });

  it('keeps the slide when the deck shrinks or grows, clamped to the end', () => {
    expect(resizeDeck(at(5), 20).index).toBe(5);
    expect(resizeDeck(at(9), 6).index).toBe(5);
    expect(initialDeck(0).index).toBe(0);
  });
});
