/**
 * The "truth" behind the simulated sample responses. The analyses in the app should rediscover it:
 * drivers from `weight`, the importance–performance gap from `stated` vs `weight`, units from
 * BRANCH_EFFECT, change from `change2026`. Values are on the latent 1–5 rating scale unless noted.
 */

export type Usage = 'all' | 'digital' | 'claims';

export type TouchpointModel = {
  code: string;
  /** Mean latent performance in 2025 (1–5 scale). */
  base: number;
  /** Shift of the latent performance in 2026. */
  change2026: number;
  /** True driver weight: effect of the standardized latent performance on latent satisfaction. */
  weight: number;
  /** Mean stated importance (1–5); null when the touchpoint has no importance question. */
  stated: number | null;
  /** Delivered by the branch office, so the branch effect applies. */
  local: boolean;
  /** Who has used it: others answer "don't know". */
  usage: Usage;
};

export const TOUCHPOINT_MODELS: readonly TouchpointModel[] = [
  { code: 'TP01', base: 3.85, change2026: 0.05, weight: 0.06, stated: 4.0, local: false, usage: 'all' },
  { code: 'TP02', base: 4.1, change2026: 0.0, weight: 0.14, stated: 4.3, local: true, usage: 'all' },
  // Price: everyone says it matters most; it drives satisfaction only moderately.
  { code: 'TP03', base: 3.5, change2026: -0.05, weight: 0.1, stated: 4.6, local: true, usage: 'all' },
  { code: 'TP04', base: 3.9, change2026: 0.05, weight: 0.05, stated: 3.7, local: false, usage: 'digital' },
  // Welcome letter: stated important, derived almost irrelevant.
  { code: 'TP05', base: 3.95, change2026: 0.0, weight: 0.02, stated: 4.1, local: false, usage: 'all' },
  // App: a new version in 2026 with login trouble.
  { code: 'TP06', base: 3.95, change2026: -0.45, weight: 0.05, stated: 3.4, local: false, usage: 'digital' },
  { code: 'TP07', base: 3.75, change2026: 0.15, weight: 0.07, stated: 4.2, local: false, usage: 'claims' },
  // Claims handling time: the strongest driver, and the one the client fixed in 2026.
  { code: 'TP08', base: 3.2, change2026: 0.5, weight: 0.3, stated: 4.5, local: true, usage: 'claims' },
  { code: 'TP09', base: 3.7, change2026: 0.15, weight: 0.14, stated: 4.7, local: true, usage: 'claims' },
  // Phone support: a hidden driver (high derived, modest stated importance).
  { code: 'TP10', base: 3.6, change2026: 0.0, weight: 0.24, stated: 3.6, local: true, usage: 'all' },
  { code: 'TP11', base: 3.7, change2026: 0.05, weight: 0.03, stated: null, local: false, usage: 'digital' },
  { code: 'TP12', base: 4.05, change2026: 0.0, weight: 0.06, stated: 3.5, local: false, usage: 'all' },
  { code: 'TP13', base: 3.8, change2026: -0.05, weight: 0.05, stated: null, local: false, usage: 'all' },
];

/** Per branch (in BRANCHES order): shift of local touchpoints. Bergen clearly best, Drammen weakest. */
export const BRANCH_EFFECT: readonly number[] = [0.05, 0.0, 0.05, 0.1, 0.5, 0.0, -0.05, -0.05, -0.55, 0.1];

/** Share of respondents per branch (in BRANCHES order); Molde is small on purpose (see MOLDE). */
export const BRANCH_SHARE: readonly number[] = [0.08, 0.06, 0.12, 0, 0.14, 0.11, 0.09, 0.2, 0.1, 0.07];

/**
 * Molde's respondents per wave, with their customer types fixed (1 Privat, 2 Landbruk, 3 Bedrift):
 * Molde × Bedrift stays below k = 5, so every wave shows anonymity suppression in a segment cross.
 */
export const MOLDE: { branchIndex: number; customerTypes: Readonly<Record<number, readonly number[]>> } = {
  branchIndex: 3,
  customerTypes: {
    2025: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3],
    2026: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3],
  },
};

/** Customer type shares: Privat, Landbruk, Bedrift. */
export const CUSTOMER_TYPE_SHARE: readonly number[] = [0.7, 0.12, 0.18];

/** Age group shares: 18–29, 30–44, 45–59, 60–74, 75+. */
export const AGE_SHARE: readonly number[] = [0.12, 0.24, 0.28, 0.25, 0.11];

/** Age effect on digital touchpoints (web, online purchase, app, chat), by age group. */
export const AGE_DIGITAL_EFFECT: readonly number[] = [0.15, 0.1, 0.0, -0.15, -0.3];

/**
 * Share of online customers by age group. The others answer "don't know" on all online-only
 * touchpoints together (as real non-users do), which keeps listwise driver analysis workable.
 */
export const DIGITAL_SHARE: readonly number[] = [0.95, 0.92, 0.87, 0.75, 0.55];

/** Probability that an online customer has still not used a touchpoint ("don't know"). */
export const DONT_KNOW_DIGITAL: Readonly<Record<string, number>> = { TP04: 0.08, TP06: 0.06, TP11: 0.12 };

/** Share of respondents with a claim in the last two years; the others answer "don't know" there. */
export const CLAIM_SHARE = 0.9;

/** Effects by customer type (Privat, Landbruk, Bedrift) on touchpoints, satisfaction and loyalty. */
export const CUSTOMER_TYPE_EFFECT: readonly {
  touchpoints: Readonly<Record<string, number>>;
  satisfaction: number;
  loyalty: number;
}[] = [
  { touchpoints: {}, satisfaction: 0, loyalty: 0 },
  { touchpoints: { TP02: 0.25, TP03: -0.1 }, satisfaction: 0.05, loyalty: 0.4 },
  { touchpoints: { TP03: -0.25, TP10: -0.1 }, satisfaction: -0.1, loyalty: -0.1 },
];

/** Loading of the respondent's general attitude (halo) and of the touchpoint-specific experience. */
export const HALO = 0.45;
export const OWN = 0.8;

/** Item non-response: most respondents answer nearly everything, a few skip a lot. */
export const SKIPPER_SHARE = 0.08;
export const SKIP_RATE = { skipper: 0.3, other: 0.012 } as const;

/** Share of respondents who write a comment (more among the very pleased and the displeased). */
export const COMMENT_RATE = { base: 0.22, extreme: 0.42 } as const;
