import type { ComplementaryRule } from './suppression';
import type { RangeScale } from '../domain/questionnaire';
import type { LoyaltySummary } from './loyalty';

/** One rating question summarised for the dashboard. */
export type RatingSummary = {
  questionCode: string;
  text: string;
  touchpointCode: string | null;
  touchpointText: string | null;
  stageText: string | null;
  scale: Pick<RangeScale, 'min' | 'max'>;
  n: number;
  mean: number;
  sd: number;
  ci95: [number, number];
  index: number;
  top2Box: number;
};

export type NpsSummary = {
  questionCode: string;
  text: string;
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number;
  se: number;
  margin95: number;
};

/**
 * A group too small to report says so instead of silently vanishing — and never says how small: a
 * hidden group's size is itself a disclosure (it is "fewer than k", or for a complementary
 * suppression not even that). `reason`: 'below-k' (n < k), 'complementary' (hidden so that another
 * hidden group cannot be recovered by subtraction, see ./suppression.ts), 'effective-n' (weighted,
 * and the Kish effective n is below k: a few respondents carry the result), 'filter' (the live
 * filter would disclose a hidden group) or 'differencing' (together with a result already shown
 * in this session it would let a group under k be computed by subtraction).
 */
export type Suppressed = {
  suppressed: true;
  k: number;
  reason?: SuppressedReason;
  /**
   * Which rule, so the reader is told in plain words (src/shared/privacy/suppression-text.ts):
   * for 'complementary' the published figure it would be subtracted from ('total', 'row-total',
   * 'column-total', or 'margin': its whole row or column is hidden); for 'filter' what the filter
   * would single out. Never a number of the hidden group.
   */
  rule?: SuppressionRule;
  /** For 'complementary': what the hiding protects — another group, or (a hidden total) the groups in it. */
  protects?: 'group' | 'total';
};

export type SuppressedReason =
  'below-k' | 'complementary' | 'effective-n' | 'filter' | 'differencing' | 'excluded';

export type FilterRule = 'filter-too-few' | 'filter-rest-too-few' | 'filter-reveals-hidden' | 'filter-merged';

export type SuppressionRule = ComplementaryRule | FilterRule;

export type DashboardResult = {
  waveYear: number;
  respondents: number;
  anonymityK: number;
  nps: NpsSummary | Suppressed | null;
  satisfaction: RatingSummary | Suppressed | null;
  /** The loyalty question(s) as one index (./loyalty.ts); absent in results made before it existed. */
  loyalty?: LoyaltySummary | Suppressed | null;
  touchpoints: RatingSummary[];
};

export function isSuppressed(x: unknown): x is Suppressed {
  return typeof x === 'object' && x !== null && (x as { suppressed?: unknown }).suppressed === true;
}
