/**
 * What this study session has released: the respondent sets of filtered results already shown, per
 * wave. A new filtered result is refused ('differencing') when its respondent set differs from one
 * already released for the same wave by 1 … k − 1 respondents: subtracting the two results would
 * give the statistics of a group under k (e.g. REGION=1 and REGION=1 & BRANCH=B6 → the other
 * branches of region 1). Identical sets (difference 0) are the same group again and are fine.
 *
 * The log lives as long as the study is open in this process (the workshop); it is not stored in
 * the study file, so separate sessions are not protected against each other (docs/ARCHITECTURE.md).
 */

/** |a Δ b| of two ascending id arrays. */
export function symmetricDifference(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (a[i]! < b[j]!) {
      i++;
      d++;
    } else {
      j++;
      d++;
    }
  }
  return d + (a.length - i) + (b.length - j);
}

export type Release = { waveYear: number; ids: number[] };

export class ReleaseLog {
  private readonly byWave = new Map<number, number[][]>();

  /** Whether every set may be released given what was released before (and each other). */
  allows(sets: readonly Release[], k: number): boolean {
    const seen = new Map<number, number[][]>();
    for (const s of sets) {
      const before = [...(this.byWave.get(s.waveYear) ?? []), ...(seen.get(s.waveYear) ?? [])];
      for (const r of before) {
        const d = symmetricDifference(s.ids, r);
        if (d > 0 && d < k) return false;
      }
      seen.set(s.waveYear, [...(seen.get(s.waveYear) ?? []), s.ids]);
    }
    return true;
  }

  record(sets: readonly Release[]): void {
    for (const s of sets) {
      const list = this.byWave.get(s.waveYear) ?? [];
      if (!list.some((r) => symmetricDifference(s.ids, r) === 0)) list.push(s.ids);
      this.byWave.set(s.waveYear, list);
    }
  }
}

const logs = new WeakMap<object, ReleaseLog>();

/** The release log of one open study (keyed by its session object, so closing it forgets). */
export function releaseLogOf(study: object): ReleaseLog {
  let log = logs.get(study);
  if (!log) logs.set(study, (log = new ReleaseLog()));
  return log;
}
