import { useEffect } from 'react';
import type { RefObject } from 'react';

function isField(el: Element | null): el is HTMLElement {
  return (
    el instanceof HTMLElement &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/**
 * The deck's keys on the whole window, except while a field has them: typing in the filter never
 * turns a slide. Esc in a field with its list closed hands the keys back to the deck; Space and
 * Enter on a focused button press the button.
 */
export function useDeckKeys(
  root: RefObject<HTMLElement | null>,
  onKey: (key: string, shiftKey: boolean) => boolean,
): void {
  useEffect(() => {
    const handler = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (isField(target)) {
        if (e.key === 'Escape' && target.getAttribute('aria-expanded') !== 'true') {
          target.blur();
          root.current?.focus();
          e.preventDefault();
        }
        return;
      }
      if (target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
      if (onKey(e.key, e.shiftKey)) e.preventDefault();
    };
    // In the capture phase: a field's list has not closed yet, so Esc closes the list first and
    // only the next Esc leaves the field.
    window.addEventListener('keydown', handler, true);
    return () => window.removeEventListener('keydown', handler, true);
  }, [root, onKey]);
}
