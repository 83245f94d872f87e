/**
 * Quality of the measurement model: loadings and cross-loadings, Cronbach's α, Dijkstra–Henseler's
 * ρA, composite reliability ρC, average variance extracted and the heterotrait–monotrait ratio.
 */
import type { PlsStructure } from './model';

export type BlockQuality = {
  readonly alpha: number;
  readonly rhoA: number;
  readonly rhoC: number;
  readonly ave: number;
};

/**
 * corr[k][j]: the correlation of item k with the scores of construct j — the cross-loadings
 * (Hair et al. 2017, §4.2.4 "discriminant validity"); on its own construct, the standardized loading.
 */
export function crossLoadings(
  cov: Float64Array,
  itemScoreCov: Float64Array,
  p: number,
  J: number,
): Float64Array[] {
  return Array.from({ length: p }, (_, k) => {
    const sdk = Math.sqrt(cov[k * p + k]);
    return Float64Array.from({ length: J }, (__, j) => itemScoreCov[k * J + j] / sdk);
  });
}

/** Covariances (row-major) of a block's items. */
function blockCov(cov: Float64Array, p: number, offset: number, m: number): Float64Array {
  const c = new Float64Array(m * m);
  for (let u = 0; u < m; u++) for (let v = 0; v < m; v++) c[u * m + v] = cov[(offset + u) * p + offset + v];
  return c;
}

/**
 * Cronbach's α = m/(m − 1)·(1 − Σ s_kk / Σ_kl s_kl) on the items as estimated (standardized items
 * give the standardized α) (Cronbach 1951, Psychometrika 16:297–334). 1 for a single item.
 */
export function cronbachAlpha(s: Float64Array, m: number): number {
  if (m === 1) return 1;
  let diag = 0;
  let all = 0;
  for (let u = 0; u < m; u++) {
    diag += s[u * m + u];
    for (let v = 0; v < m; v++) all += s[u * m + v];
  }
  return (m / (m - 1)) * (1 - diag / all);
}

/**
 * ρA = (wᵀw)² · wᵀ(S − diag S)w / wᵀ(wwᵀ − diag wwᵀ)w for outer weights w scaled so that wᵀSw = 1
 * (Dijkstra & Henseler 2015, "Consistent partial least squares path modeling", MIS Quarterly
 * 39:297–316, eq. 18). 1 for a single item.
 */
export function rhoA(s: Float64Array, w: Float64Array): number {
  const m = w.length;
  if (m === 1) return 1;
  let ww = 0;
  let w4 = 0;
  let off = 0;
  for (let u = 0; u < m; u++) {
    ww += w[u] * w[u];
    w4 += w[u] ** 4;
    for (let v = 0; v < m; v++) if (u !== v) off += w[u] * s[u * m + v] * w[v];
  }
  return (ww * ww * off) / (ww * ww - w4);
}

/**
 * Composite reliability ρC = (Σλ)² / ((Σλ)² + Σ(1 − λ²)) and AVE = Σλ²/m on standardized loadings λ
 * (Jöreskog 1971; Fornell & Larcker 1981, J. Marketing Research 18:39–50; Hair et al. 2017, §4.2).
 */
export function compositeReliability(loadings: readonly number[]): { rhoC: number; ave: number } {
  let sum = 0;
  let sq = 0;
  for (const l of loadings) {
    sum += l;
    sq += l * l;
  }
  return { rhoC: (sum * sum) / (sum * sum + loadings.length - sq), ave: sq / loadings.length };
}

/** α, ρA, ρC and AVE of every block, from the items' covariances as estimated. */
export function blockQuality(
  cov: Float64Array,
  s: PlsStructure,
  weights: Float64Array,
  corr: readonly Float64Array[],
): BlockQuality[] {
  return s.blocks.map((b, j) => {
    const m = b.items.length;
    const c = blockCov(cov, s.items.length, b.offset, m);
    const lambda = b.items.map((_, u) => corr[b.offset + u][j]);
    return {
      alpha: cronbachAlpha(c, m),
      rhoA: rhoA(c, weights.subarray(b.offset, b.offset + m)),
      ...compositeReliability(lambda),
    };
  });
}

/**
 * HTMT_ij = mean heterotrait correlation / √(mean monotrait correlation of i × that of j), on the
 * items' correlations (Henseler, Ringle & Sarstedt 2015, "A new criterion for assessing
 * discriminant validity", J. Academy of Marketing Science 43:115–135, eq. 6). NaN when a block has
 * a single item (no monotrait correlation).
 */
export function htmt(cov: Float64Array, s: PlsStructure): Float64Array[] {
  const p = s.items.length;
  const r = (a: number, b: number) => cov[a * p + b] / Math.sqrt(cov[a * p + a] * cov[b * p + b]);
  const mono = s.blocks.map((b) => {
    let sum = 0;
    let count = 0;
    for (let u = 0; u < b.items.length; u++)
      for (let v = u + 1; v < b.items.length; v++) {
        sum += r(b.offset + u, b.offset + v);
        count++;
      }
    return count ? sum / count : NaN;
  });
  const J = s.blocks.length;
  const out = s.blocks.map(() => new Float64Array(J).fill(NaN));
  for (let i = 0; i < J; i++)
    for (let j = i + 1; j < J; j++) {
      const bi = s.blocks[i];
      const bj = s.blocks[j];
      let sum = 0;
      for (let u = 0; u < bi.items.length; u++)
        for (let v = 0; v < bj.items.length; v++) sum += r(bi.offset + u, bj.offset + v);
      const hetero = sum / (bi.items.length * bj.items.length);
      out[i][j] = out[j][i] = hetero / Math.sqrt(mono[i] * mono[j]);
    }
  return out;
}
