/**
 * Themes with numbers: the share of comments that carry each theme per group (unit or wave), and
 * how respondents who mention a theme rate against those who do not (NPS: difference z; overall
 * satisfaction 0–100: Welch t). Anonymity: a group with fewer than k respondents gets no figures, and
 * when the hidden groups together hold 1 … k−1 respondents (so the total minus the shown groups would
 * reveal them) the smallest shown group is hidden as well, until no group can be recovered.
 */
import { nps } from '../stats/nps';
import { npsDifferenceZ, welchT } from '../stats/significance';

export type ThemedComment = {
  respondentId: number;
  group: string | null;
  codes: readonly string[];
  recommend: number | null;
  satisfaction: number | null;
};

export type HiddenReason = 'below-k' | 'complementary';

export type ThemeGroupFigure =
  | { group: string; comments: number; mentions: number; share: number }
  | { group: string; hidden: HiddenReason };

export type Comparison = {
  /** Respondents who mention the theme in any comment, and the others who commented. */
  with: { n: number; value: number };
  without: { n: number; value: number };
  diff: number;
  p: number;
  test: 'NPS difference z' | 'Welch t';
};

export type ThemeFigures = {
  code: string;
  /** All comments: the base, and how many carry the theme. */
  comments: number;
  mentions: number;
  share: number;
  groups: ThemeGroupFigure[];
  nps: Comparison | { hidden: 'below-k' | 'no-question' };
  satisfaction: Comparison | { hidden: 'below-k' | 'no-question' };
};

/** Which groups are shown: n ≥ k, and no hidden remainder of 1 … k−1 (hide the next smallest). */
export function shownGroups(sizes: ReadonlyMap<string, number>, k: number): Map<string, HiddenReason | null> {
  const out = new Map<string, HiddenReason | null>();
  let hidden = 0;
  for (const [g, n] of sizes) {
    const below = n < k;
    out.set(g, below ? 'below-k' : null);
    if (below) hidden += n;
  }
  const shown = [...sizes].filter(([g]) => out.get(g) === null).sort((a, b) => a[1] - b[1]);
  while (hidden > 0 && hidden < k && shown.length) {
    const [g, n] = shown.shift()!;
    out.set(g, 'complementary');
    hidden += n;
  }
  return out;
}

function compareNps(a: number[], b: number[], k: number): ThemeFigures['nps'] {
  if (a.length < k || b.length < k) return { hidden: 'below-k' };
  const A = nps(Float64Array.from(a));
  const B = nps(Float64Array.from(b));
  const t = npsDifferenceZ(A, B);
  return {
    with: { n: a.length, value: A.nps },
    without: { n: b.length, value: B.nps },
    diff: t.diff,
    p: t.p,
    test: t.test,
  };
}

function compareMeans(a: number[], b: number[], k: number): ThemeFigures['satisfaction'] {
  if (a.length < k || b.length < k) return { hidden: 'below-k' };
  const A = Float64Array.from(a);
  const B = Float64Array.from(b);
  const t = welchT(A, B);
  const mean = (x: Float64Array) => x.reduce((s, v) => s + v, 0) / x.length;
  return {
    with: { n: a.length, value: mean(A) },
    without: { n: b.length, value: mean(B) },
    diff: mean(A) - mean(B),
    p: t.p,
    test: t.test,
  };
}

export function themeFigures(
  comments: readonly ThemedComment[],
  themes: readonly string[],
  k: number,
  options: { hasRecommend: boolean; hasSatisfaction: boolean },
): ThemeFigures[] {
  const sizes = new Map<string, number>();
  const respondents = new Map<string, Set<number>>();
  for (const c of comments) {
    if (c.group === null) continue;
    sizes.set(c.group, (sizes.get(c.group) ?? 0) + 1);
    const set = respondents.get(c.group) ?? new Set<number>();
    set.add(c.respondentId);
    respondents.set(c.group, set);
  }
  // The k rule counts people, not comments: one respondent may answer several comment questions.
  const shown = shownGroups(new Map([...respondents].map(([g, r]) => [g, r.size])), k);
  // One respondent, one vote in the comparisons, whatever the number of comments they wrote.
  const people = new Map<
    number,
    { codes: Set<string>; recommend: number | null; satisfaction: number | null }
  >();
  for (const c of comments) {
    const p = people.get(c.respondentId) ?? {
      codes: new Set<string>(),
      recommend: c.recommend,
      satisfaction: c.satisfaction,
    };
    for (const code of c.codes) p.codes.add(code);
    people.set(c.respondentId, p);
  }
  return themes.map((code) => {
    const mentionsBy = new Map<string, number>();
    let mentions = 0;
    for (const c of comments) {
      if (!c.codes.includes(code)) continue;
      mentions++;
      if (c.group !== null) mentionsBy.set(c.group, (mentionsBy.get(c.group) ?? 0) + 1);
    }
    const groups: ThemeGroupFigure[] = [...sizes].map(([group, n]) => {
      const hidden = shown.get(group);
      if (hidden) return { group, hidden };
      const m = mentionsBy.get(group) ?? 0;
      return { group, comments: n, mentions: m, share: m / n };
    });
    const split = (pick: (p: { recommend: number | null; satisfaction: number | null }) => number | null) => {
      const a: number[] = [];
      const b: number[] = [];
      for (const p of people.values()) {
        const v = pick(p);
        if (v === null) continue;
        (p.codes.has(code) ? a : b).push(v);
      }
      return [a, b] as const;
    };
    return {
      code,
      comments: comments.length,
      mentions,
      share: comments.length ? mentions / comments.length : NaN,
      groups,
      nps: options.hasRecommend ? compareNps(...split((p) => p.recommend), k) : { hidden: 'no-question' },
      satisfaction: options.hasSatisfaction
        ? compareMeans(...split((p) => p.satisfaction), k)
        : { hidden: 'no-question' },
    };
  });
}
