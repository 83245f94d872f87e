import { normalizeLabel } from './missing';

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = ` ${s} `;
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * Similarity of two texts in [0, 1]: the Sørensen–Dice coefficient of their character bigrams after
 * normalizing case, accents and punctuation. Bigrams tolerate the small edits questions get between
 * years ("How satisfied are you with…" vs "How satisfied were you with…") better than whole words.
 */
export function textSimilarity(a: string, b: string): number {
  const x = normalizeLabel(a);
  const y = normalizeLabel(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  let total = 0;
  for (const [g, n] of bx) {
    total += n;
    const m = by.get(g);
    if (m) common += Math.min(n, m);
  }
  for (const n of by.values()) total += n;
  return (2 * common) / total;
}
