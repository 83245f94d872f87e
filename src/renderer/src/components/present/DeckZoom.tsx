import { createContext, useContext } from 'react';

/** The design size of a slide; the deck is zoomed so it covers the screen (4K = zoom 2). */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

export const DeckZoomContext = createContext(1);

/** The factor the slide is zoomed by on this screen. */
export function useDeckZoom(): number {
  return useContext(DeckZoomContext);
}

/**
 * The zoom and the slide's design size for a screen: the slide is never smaller than 1920 × 1080
 * design pixels (type sizes are set for that), and fills a 16:10 or 4:3 screen by growing taller.
 */
export function deckGeometry(width: number, height: number): { zoom: number; width: number; height: number } {
  const zoom = Math.max(0.25, Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT));
  return { zoom, width: width / zoom, height: height / zoom };
}
