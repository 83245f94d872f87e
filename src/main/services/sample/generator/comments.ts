import {
  CLOSING_NEGATIVE,
  CLOSING_POSITIVE,
  NEGATIVE,
  NEGATIVE_2026,
  NEGATIVE_BY_CUSTOMER_TYPE,
  NEUTRAL,
  POSITIVE,
  POSITIVE_2026,
  POSITIVE_BY_CUSTOMER_TYPE,
} from '../content/comments';
import { TOUCHPOINT_MODELS } from './model';
import type { Rng } from './prng';
import { chance, pick, pickWeighted } from './prng';

export type CommentContext = {
  year: number;
  nps: number;
  customerType: number;
  /** Answered performance ratings by touchpoint code. */
  ratings: ReadonlyMap<string, number>;
};

const WEIGHT = new Map(TOUCHPOINT_MODELS.map((t) => [t.code, t.weight]));

function pool(ctx: CommentContext, topic: string, positive: boolean): string[] {
  const byType = (positive ? POSITIVE_BY_CUSTOMER_TYPE : NEGATIVE_BY_CUSTOMER_TYPE)[ctx.customerType];
  const of2026 = ctx.year >= 2026 ? (positive ? POSITIVE_2026 : NEGATIVE_2026)[topic] : undefined;
  // The 2026 app complaints are about the new version; the old version's complaints no longer fit.
  const base = !positive && topic === 'TP06' && of2026 ? [] : ((positive ? POSITIVE : NEGATIVE)[topic] ?? []);
  return [...base, ...(byType?.[topic] ?? []), ...(of2026 ?? [])];
}

/**
 * Picks what this respondent complains about or praises: one of their own lowest (highest) rated
 * touchpoints, preferring those that matter most, so comments agree with the driver analysis.
 */
function topicOf(rng: Rng, ctx: CommentContext, positive: boolean): string | null {
  const target = positive ? 5 : Math.min(...ctx.ratings.values());
  if (!Number.isFinite(target) || (!positive && target > 3)) return null;
  const candidates = [...ctx.ratings].filter(
    ([code, r]) => r === target && pool(ctx, code, positive).length > 0,
  );
  if (candidates.length === 0) return null;
  return pickWeighted(
    rng,
    candidates.map(([code]) => code),
    candidates.map(([code]) => (WEIGHT.get(code) ?? 0) + 0.03),
  );
}

/** A short comment in Norwegian that fits the respondent's NPS answer and ratings. */
export function writeComment(rng: Rng, ctx: CommentContext): string {
  if (ctx.nps >= 9) {
    const topic = chance(rng, 0.7) ? topicOf(rng, ctx, true) : null;
    const first = pick(rng, pool(ctx, topic ?? 'general', true));
    return chance(rng, 0.25) ? `${first} ${pick(rng, CLOSING_POSITIVE)}` : first;
  }
  if (ctx.nps <= 6) {
    const topic = topicOf(rng, ctx, false);
    const first = pick(rng, pool(ctx, topic ?? 'general', false));
    return chance(rng, 0.3) ? `${first} ${pick(rng, CLOSING_NEGATIVE)}` : first;
  }
  const topic = chance(rng, 0.5) ? topicOf(rng, ctx, false) : null;
  return topic ? pick(rng, pool(ctx, topic, false)) : pick(rng, NEUTRAL);
}
