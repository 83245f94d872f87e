import { describe, expect, it } from 'vitest';
import type { Suppressed } from '../analysis/dashboard';
import { quotable, suppressionText } from './suppression-text';

describe('suppressionText', () => {
  it('says why in words a client understands, in en, nb and da, never a group size', () => {
    const belowK: Suppressed = { suppressed: true, k: 5, reason: 'below-k' };
    expect(suppressionText(belowK, 'en').detail).toMatch(/^Fewer than 5 answers/);
    expect(suppressionText(belowK, 'nb').detail).toMatch(/^Færre enn 5 svar/);
    expect(suppressionText(belowK, 'da').detail).toMatch(/^Færre end 5 svar/);
    const comp: Suppressed = {
      suppressed: true,
      k: 5,
      reason: 'complementary',
      rule: 'total',
      protects: 'group',
    };
    expect(suppressionText(comp, 'en')).toEqual({
      headline: 'Hidden to protect a small group',
      detail:
        'Hidden because, together with the total, it would reveal a group of fewer than 5 by subtraction.',
      cell: 'hidden',
    });
    expect(suppressionText({ ...comp, rule: 'row-total' }, 'da').detail).toContain('rækkens total');
    const filter: Suppressed = { suppressed: true, k: 7, reason: 'filter', rule: 'filter-reveals-hidden' };
    expect(suppressionText(filter, 'nb').detail).toContain('skille ut en gruppe');
    // an old result without a reason is below k
    expect(suppressionText({ suppressed: true, k: 3 }, 'en').cell).toBe('< 3');
  });

  it('every reason and rule has its words in every language (no key shows through)', () => {
    const all: Suppressed[] = [
      ...(['below-k', 'effective-n', 'differencing', 'excluded'] as const).map((reason): Suppressed => ({
        suppressed: true,
        k: 5,
        reason,
      })),
      ...(['total', 'row-total', 'column-total', 'margin'] as const).map((rule): Suppressed => ({
        suppressed: true,
        k: 5,
        reason: 'complementary',
        rule,
      })),
      ...(['filter-too-few', 'filter-rest-too-few', 'filter-reveals-hidden', 'filter-merged'] as const).map(
        (rule): Suppressed => ({ suppressed: true, k: 5, reason: 'filter', rule }),
      ),
    ];
    for (const lang of ['en', 'nb', 'da'] as const)
      for (const s of all) {
        const t = suppressionText(s, lang);
        for (const v of Object.values(t)) expect(v).not.toMatch(/suppression\.|\{\{/);
      }
  });

  it('quotes a comment with personal data masked in the language of the report', () => {
    expect(quotable('Ring meg på 91234567, hilsen Kari', 'nb')).toBe('Ring meg på [telefon], hilsen [navn]');
    expect(quotable('Write to a@b.dk', 'en')).toBe('Write to [e-mail]');
  });
});
