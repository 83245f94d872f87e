/**
 * A fitted PLS path model as named, JSON-ready figures: what `touchpoint stats pls --json` prints
 * and what a study's analysis shows. Paths and total effects are `{from, to, coefficient}`; each
 * construct carries its R², AVE, ρA, ρC and α; with a bootstrap, each path, total effect, weight,
 * importance and the index carries its SE, t and percentile interval.
 */
import type { BootstrapSummary, PlsParameter } from './bootstrap';
import type { PlsResult } from './index';

export type Inference = { se: number; t: number; ci: [number, number] };

export type PlsReport = {
  n: number;
  rowsDropped: number;
  cellsReplaced: number;
  settings: {
    scheme: string;
    standardized: boolean;
    missing: string;
    missingCode: number | null;
    tolerance: number;
    maxIterations: number;
    /** Estimated with survey weights (weighted PLS-SEM, Becker & Ismail 2016). */
    weighted: boolean;
  };
  iterations: number;
  converged: boolean;
  constructs: Record<
    string,
    {
      mode: 'A' | 'B';
      items: string[];
      r2: number | null;
      ave: number;
      rhoA: number;
      rhoC: number;
      alpha: number;
      performance?: number;
    }
  >;
  outer: ({
    construct: string;
    item: string;
    weight: number;
    loading: number;
    rescaledWeight?: number;
  } & Partial<Inference>)[];
  paths: ({ from: string; to: string; coefficient: number } & Partial<Inference>)[];
  totalEffects: ({ from: string; to: string; coefficient: number } & Partial<Inference>)[];
  crossLoadings: { item: string; loadings: Record<string, number> }[];
  htmt: { from: string; to: string; value: number | null }[];
  index?: { target: string; value: number } & Partial<Inference>;
  /** IPMA: per antecedent of the target, importance (= impact in index points) and performance. */
  ipma?: ({ construct: string; importance: number; performance: number } & Partial<Inference>)[];
  bootstrap?: { samples: number; seed: number; level: number; failed: number };
};

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

function key(p: PlsParameter): string {
  switch (p.kind) {
    case 'path':
    case 'total':
      return `${p.kind}:${p.from}:${p.to}`;
    case 'weight':
      return `weight:${p.item}`;
    case 'index':
      return 'index';
    case 'importance':
      return `importance:${p.from}`;
  }
}

/** Constructs reachable from each construct along the paths (where a total effect exists). */
function reachable(successors: readonly (readonly number[])[]): Set<number>[] {
  return successors.map((_, start) => {
    const seen = new Set<number>();
    const stack = [...successors[start]];
    while (stack.length) {
      const j = stack.pop() as number;
      if (seen.has(j)) continue;
      seen.add(j);
      stack.push(...successors[j]);
    }
    return seen;
  });
}

/** The named figures of a result. */
export function plsReport(r: PlsResult): PlsReport {
  const s = r.structure;
  const names = s.blocks.map((b) => b.name);
  const summaries = new Map<string, BootstrapSummary>();
  r.bootstrap?.parameters.forEach((p, q) =>
    summaries.set(key(p), r.bootstrap?.summaries[q] as BootstrapSummary),
  );
  const inf = (p: PlsParameter): Partial<Inference> => {
    const b = summaries.get(key(p));
    return b ? { se: b.se, t: b.t, ci: [b.lower, b.upper] } : {};
  };
  const ip = r.fit.ipma;
  const reach = reachable(s.successors);
  const constructs: PlsReport['constructs'] = {};
  s.blocks.forEach((b, j) => {
    const q = r.quality[j];
    constructs[b.name] = {
      mode: b.mode,
      items: [...b.items],
      r2: num(r.fit.inner.r2[j]),
      ave: q.ave,
      rhoA: q.rhoA,
      rhoC: q.rhoC,
      alpha: q.alpha,
      ...(ip ? { performance: ip.performance[j] } : {}),
    };
  });
  const htmt: PlsReport['htmt'] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++)
      htmt.push({ from: names[i], to: names[j], value: num(r.htmt[i][j]) });
  const report: PlsReport = {
    n: r.data.n,
    rowsDropped: r.data.rowsDropped,
    cellsReplaced: r.data.cellsReplaced,
    settings: {
      scheme: r.options.scheme,
      standardized: r.options.standardize ?? true,
      missing: r.options.missing,
      missingCode: r.options.missingCode ?? null,
      tolerance: r.options.tolerance ?? 1e-7,
      maxIterations: r.options.maxIterations ?? 300,
      weighted: r.weighted,
    },
    iterations: r.fit.iterations,
    converged: r.fit.converged,
    constructs,
    outer: s.items.map((item, k) => ({
      construct: names[s.itemBlock[k]],
      item,
      weight: r.fit.weights[k],
      loading: r.crossLoadings[k][s.itemBlock[k]],
      ...(ip ? { rescaledWeight: ip.rescaledWeights[k] } : {}),
      ...inf({ kind: 'weight', item: k }),
    })),
    paths: s.paths.map(([from, to]) => ({
      from: names[from],
      to: names[to],
      coefficient: r.fit.inner.b[from][to],
      ...inf({ kind: 'path', from, to }),
    })),
    totalEffects: names.flatMap((from, i) =>
      names.flatMap((to, j) =>
        reach[i].has(j)
          ? [{ from, to, coefficient: r.fit.inner.total[i][j], ...inf({ kind: 'total', from: i, to: j }) }]
          : [],
      ),
    ),
    crossLoadings: s.items.map((item, k) => ({
      item,
      loadings: Object.fromEntries(names.map((c, j) => [c, r.crossLoadings[k][j]])),
    })),
    htmt,
  };
  if (ip) {
    report.index = { target: names[ip.target], value: ip.index, ...inf({ kind: 'index' }) };
    report.ipma = names.flatMap((construct, j) =>
      reach[j].has(ip.target)
        ? [
            {
              construct,
              importance: ip.total[j][ip.target],
              performance: ip.performance[j],
              ...inf({ kind: 'importance', from: j }),
            },
          ]
        : [],
    );
  }
  if (r.bootstrap) {
    const { samples, seed, level, failed } = r.bootstrap;
    report.bootstrap = { samples, seed, level, failed };
  }
  return report;
}
