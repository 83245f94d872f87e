import type { RangeScale } from '../domain/questionnaire';

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
 * A group too small to report (n < k) says so instead of silently vanishing. `reason`: 'below-k'
 * (n < k), 'complementary' (hidden so that another hidden group cannot be recovered by
 * subtraction, see ./suppression.ts) or 'filter' (the live filter would disclose a hidden group).
 */
export type Suppressed = {
  suppressed: true;
  n: number;
  k: number;
  reason?: 'below-k' | 'complementary' | 'filter';
};

export type DashboardResult = {
  waveYear: number;
  respondents: number;
  anonymityK: number;
  nps: NpsSummary | Suppressed | null;
  satisfaction: RatingSummary | Suppressed | null;
  touchpoints: RatingSummary[];
};

export function isSuppressed(x: unknown): x is Suppressed {
  return typeof x === 'object' && x !== null && (x as { suppressed?: unknown }).suppressed === true;
}
