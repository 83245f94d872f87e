import { BRANCHES } from '../content/questionnaire';
import { writeComment } from './comments';
import type { TouchpointModel } from './model';
import {
  AGE_DIGITAL_EFFECT,
  AGE_SHARE,
  BRANCH_EFFECT,
  BRANCH_SHARE,
  CLAIM_SHARE,
  COMMENT_RATE,
  CUSTOMER_TYPE_EFFECT,
  CUSTOMER_TYPE_SHARE,
  DIGITAL_SHARE,
  DONT_KNOW_DIGITAL,
  HALO,
  MOLDE,
  OWN,
  SKIPPER_SHARE,
  SKIP_RATE,
  TOUCHPOINT_MODELS,
} from './model';
import type { Rng } from './prng';
import { chance, normal, pickWeighted, shuffle } from './prng';

/** One simulated respondent: CSV cells by question code ('' = skipped, '9' = don't know). */
export type SimulatedRow = { id: string; cells: Map<string, string> };

const DONT_KNOW = '9';
/** Touchpoints used online, where age matters. */
const DIGITAL = new Set(['TP01', 'TP04', 'TP06', 'TP11']);
/** Standard deviation of a latent touchpoint rating within a group (halo and own experience). */
const LATENT_SD = Math.hypot(HALO, OWN);
/** Approximate SD of latent satisfaction, to put it on the outcome scales (checked by simulation). */
const SATISFACTION_SD = 0.95;

function clampRound(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(x)));
}

/** Branch of every respondent: fixed quotas (Molde exactly as MOLDE says), in random order. */
function branchQuotas(rng: Rng, year: number, n: number): number[] {
  const moldeN = MOLDE.customerTypes[year]?.length ?? 0;
  const rest = n - moldeN;
  const total = BRANCH_SHARE.reduce((a, b) => a + b, 0);
  const counts = BRANCH_SHARE.map((s) => Math.floor((rest * s) / total));
  // Largest remainders get the respondents lost to rounding, so the counts add up to n.
  const order = BRANCH_SHARE.map((s, i) => ({ i, r: (rest * s) / total - counts[i]! })).sort(
    (a, b) => b.r - a.r || a.i - b.i,
  );
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < rest; k++) counts[order[k % order.length]!.i]! += 1;
  counts[MOLDE.branchIndex] = moldeN;
  return shuffle(
    rng,
    counts.flatMap((c, i) => Array.from({ length: c }, () => i)),
  );
}

type Person = {
  branch: number;
  customerType: number;
  age: number;
  halo: number;
  skipper: boolean;
  hadClaim: boolean;
  online: boolean;
  /** Scale use in the importance block (some say everything is important). */
  importanceBias: number;
};

function isUsed(rng: Rng, t: TouchpointModel, p: Person): boolean {
  if (t.usage === 'claims') return p.hadClaim;
  if (t.usage === 'digital') return p.online && !chance(rng, DONT_KNOW_DIGITAL[t.code] ?? 0);
  return true;
}

function latentPerformance(rng: Rng, t: TouchpointModel, p: Person, year: number): number {
  let mean = t.base + (year >= 2026 ? t.change2026 : 0);
  if (t.local) mean += BRANCH_EFFECT[p.branch]!;
  mean += CUSTOMER_TYPE_EFFECT[p.customerType - 1]!.touchpoints[t.code] ?? 0;
  if (DIGITAL.has(t.code)) mean += AGE_DIGITAL_EFFECT[p.age - 1]!;
  return mean + HALO * p.halo + OWN * normal(rng);
}

function simulatePerson(
  rng: Rng,
  year: number,
  id: string,
  branch: number,
  customerType: number,
): SimulatedRow {
  const age = pickWeighted(rng, [1, 2, 3, 4, 5], AGE_SHARE);
  const p: Person = {
    branch,
    customerType,
    age,
    halo: normal(rng),
    skipper: chance(rng, SKIPPER_SHARE),
    hadClaim: chance(rng, CLAIM_SHARE),
    online: chance(rng, DIGITAL_SHARE[age - 1]!),
    importanceBias: 0.35 * normal(rng),
  };
  const skip = (factor = 1) => chance(rng, (p.skipper ? SKIP_RATE.skipper : SKIP_RATE.other) * factor);
  const cells = new Map<string, string>();
  const ratings = new Map<string, number>();
  let satisfaction = 0;
  let renewalZ = 0;

  for (const t of TOUCHPOINT_MODELS) {
    const latent = latentPerformance(rng, t, p, year);
    const used = isUsed(rng, t, p);
    // Only an experienced touchpoint shapes satisfaction; z is against the 2025 base, so 2026 shifts count.
    const z = (latent - t.base) / LATENT_SD;
    if (used) satisfaction += t.weight * z;
    if (t.code === 'TP13') renewalZ = z;
    let cell: string;
    if (!used) cell = t.usage === 'claims' && chance(rng, 0.1) ? '' : DONT_KNOW;
    else if (skip()) cell = '';
    else {
      const r = clampRound(latent, 1, 5);
      ratings.set(t.code, r);
      cell = String(r);
    }
    cells.set(`${t.code}_PERF`, cell);
    if (t.stated !== null) {
      // Non-users find a touchpoint less important; stated importance otherwise ignores experience.
      const mean = t.stated + p.importanceBias - (used ? 0 : 0.6);
      cells.set(`${t.code}_IMP`, skip(1.3) ? '' : String(clampRound(mean + 0.7 * normal(rng), 1, 5)));
    }
  }

  const type = CUSTOMER_TYPE_EFFECT[p.customerType - 1]!;
  const sz = (satisfaction + type.satisfaction + 0.55 * normal(rng)) / SATISFACTION_SD;
  const sat = clampRound(7.55 + 1.55 * sz, 1, 10);
  const nps = clampRound(8.15 + 2.1 * (0.85 * sz + 0.53 * normal(rng)), 0, 10);
  const loyalty = 0.6 * sz + 0.25 * renewalZ + type.loyalty + 0.6 * normal(rng);
  cells.set('SAT', skip(0.4) ? '' : String(sat));
  const npsAnswered = !skip(0.4);
  cells.set('NPS', npsAnswered ? String(nps) : '');
  const extreme = nps <= 6 || nps >= 10;
  const writes = npsAnswered && chance(rng, extreme ? COMMENT_RATE.extreme : COMMENT_RATE.base);
  cells.set('COMMENT', writes ? writeComment(rng, { year, nps, customerType: p.customerType, ratings }) : '');
  cells.set(
    'LOY',
    chance(rng, 0.02) ? DONT_KNOW : skip(0.5) ? '' : String(clampRound(3.95 + 0.8 * loyalty, 1, 5)),
  );
  // Background variables come from the client's customer register, except age (self-reported).
  cells.set('REGION', String(BRANCHES[p.branch]!.region));
  cells.set('BRANCH', String(p.branch + 1));
  cells.set('CUSTTYPE', String(p.customerType));
  cells.set('AGE', chance(rng, 0.02) ? '' : String(p.age));
  return { id, cells };
}

/** Simulates one wave of `n` respondents, in the (random) order a survey tool would list them. */
export function simulateWave(rng: Rng, year: number, n: number): SimulatedRow[] {
  const branches = branchQuotas(rng, year, n);
  const moldeTypes = [...(MOLDE.customerTypes[year] ?? [])];
  return branches.map((branch, i) => {
    const customerType =
      branch === MOLDE.branchIndex ? moldeTypes.shift()! : pickWeighted(rng, [1, 2, 3], CUSTOMER_TYPE_SHARE);
    return simulatePerson(rng, year, `${year}${String(i + 1).padStart(4, '0')}`, branch, customerType);
  });
}
