import type { DragEvent, KeyboardEvent } from 'react';

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

/** The row a drag carries, or null when the drop is not one of ours. */
export function readDrag(e: DragEvent): DragData | null {
  try {
    return JSON.parse(e.dataTransfer.getData(DRAG_TYPE)) as DragData;
  } catch {
    return null;
  }
}

/**
 * Where a row dropped before sibling `position` lands, given its own place `at` among those siblings
 * (−1 when it comes from another parent): one less when it is taken out from above.
 */
export function dropPosition(at: number, position: number): number {
  return at >= 0 && at < position ? position - 1 : position;
}
