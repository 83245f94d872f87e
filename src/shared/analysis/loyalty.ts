/**
 * The loyalty figure of the dashboard: the study's loyalty question(s) (role `loyalty`, e.g. "will you
 * renew") as a 0–100 index. With several loyalty items the figure is their mean index (each item's
 * 0–100 index weighs equally); n is the smallest item's n, so the card never claims more answers than
 * the thinnest item has. When any item is hidden for anonymity (n or effective n under k), so is the
 * figure: a mean of the items that remain would be a different quantity under the same name.
 */
import type { RatingSummary, Suppressed } from './dashboard';
import { isSuppressed } from './dashboard';

export type LoyaltySummary = {
  items: RatingSummary[];
  /** Mean of the items' 0–100 indices. */
  index: number;
  /** The smallest n of the items. */
  n: number;
};

export function loyaltySummary(
  items: readonly (RatingSummary | Suppressed)[],
): LoyaltySummary | Suppressed | null {
  if (items.length === 0) return null;
  const hidden = items.find(isSuppressed);
  if (hidden) return hidden;
  const shown = items as RatingSummary[];
  const index = shown.reduce((s, x) => s + x.index, 0) / shown.length;
  const n = Math.min(...shown.map((x) => x.n));
  return { items: shown, index, n };
}
