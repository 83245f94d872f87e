import type { KeyboardEvent } from 'react';

/**
 * Alt+ArrowUp/Down moves a row among its siblings, Alt+Shift+ArrowUp/Down to the previous/next parent.
 * Answers the direction, or null when the key is not a move.
 */
export function moveKey(e: KeyboardEvent): { dir: -1 | 1; across: boolean } | null {
  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return null;
  return { dir: e.key === 'ArrowUp' ? -1 : 1, across: e.shiftKey };
}

/** Data carried by a drag: which kind of row and its id. */
export const DRAG_TYPE = 'application/x-touchpoint-row';
export type DragData = { kind: 'stage' | 'touchpoint' | 'question'; id: number };
