/**
 * The PLS path model as a specification (constructs with their indicators and measurement mode,
 * directed paths between constructs, the target construct of the index) and its compiled form:
 * blocks, predecessors and successors, a topological order. The path model is recursive (a
 * directed acyclic graph) and every construct is connected, as PLS path modelling requires
 * (Wold 1982, "Soft modeling: the basic design and some extensions"; Lohmöller 1989, "Latent
 * variable path modeling with partial least squares", §2.1; Tenenhaus et al. 2005, "PLS path
 * modeling", Computational Statistics & Data Analysis 48:159–205, §2).
 */

/** Mode A: reflective block (outer weights are covariances); mode B: formative (a regression). */
export type PlsMode = 'A' | 'B';

/** The theoretical limits of an answer scale, e.g. 1–10 (used to rescale to 0–100). */
export type ScaleLimits = { readonly min: number; readonly max: number };

export type PlsConstructSpec = {
  readonly items: readonly string[];
  readonly mode?: PlsMode;
  /** The items' answer scale, when it differs from the model's. */
  readonly scale?: ScaleLimits;
};

/** As MODEL.json writes it: `{"constructs": {...}, "paths": [["Image","Expectation"], …], "target": …}`. */
export type PlsModelSpec = {
  readonly constructs: Readonly<Record<string, PlsConstructSpec>>;
  readonly paths: readonly (readonly [string, string])[];
  readonly target?: string;
  /** The answer scale of every item (a construct's own `scale` takes precedence). */
  readonly scale?: ScaleLimits;
};

export type PlsBlock = {
  readonly name: string;
  readonly mode: PlsMode;
  readonly items: readonly string[];
  /** Index of the block's first item in {@link PlsStructure.items}. */
  readonly offset: number;
  readonly scale?: ScaleLimits;
};

export type PlsStructure = {
  readonly blocks: readonly PlsBlock[];
  /** Every indicator, block by block. */
  readonly items: readonly string[];
  /** For each indicator, the index of its block. */
  readonly itemBlock: readonly number[];
  /** predecessors[j]: the constructs with a path into j (its explanatory constructs). */
  readonly predecessors: readonly (readonly number[])[];
  /** successors[j]: the constructs j has a path into. */
  readonly successors: readonly (readonly number[])[];
  /** The paths as index pairs [from, to], in the specification's order. */
  readonly paths: readonly (readonly [number, number])[];
  /** Constructs in an order where every path goes forward. */
  readonly order: readonly number[];
  /** Index of the target construct, when the model names one. */
  readonly target: number | undefined;
};

/** What is wrong with a model, in one line naming the construct, item or path. */
export class PlsModelError extends Error {
  constructor(
    message: string,
    readonly subject: string,
  ) {
    super(message);
    this.name = 'PlsModelError';
  }
}

function checkScale(where: string, s: ScaleLimits | undefined): void {
  if (s === undefined) return;
  if (!Number.isFinite(s.min) || !Number.isFinite(s.max) || s.min >= s.max)
    throw new PlsModelError(`${where}: the scale needs min < max, got ${s.min}–${s.max}`, where);
}

/** Orders the constructs so every path goes forward (Kahn 1962); names a construct on a cycle. */
function topologicalOrder(names: readonly string[], successors: readonly (readonly number[])[]): number[] {
  const indegree = names.map(() => 0);
  for (const s of successors) for (const j of s) indegree[j]++;
  const ready = names.flatMap((_, j) => (indegree[j] === 0 ? [j] : []));
  const order: number[] = [];
  while (ready.length) {
    const j = ready.shift() as number;
    order.push(j);
    for (const k of successors[j]) if (--indegree[k] === 0) ready.push(k);
  }
  if (order.length < names.length) {
    const onCycle = names.filter((_, j) => indegree[j] > 0);
    throw new PlsModelError(
      `the paths form a cycle through ${onCycle.join(', ')}: PLS path models must be recursive`,
      onCycle[0],
    );
  }
  return order;
}

/**
 * Checks a model and compiles it. Refused, with a one-line message naming the culprit: no
 * constructs, a construct with no items, an item in two constructs, a mode other than A/B, a path
 * naming an unknown construct, a path from a construct to itself or given twice, a cycle, a
 * construct on no path, an unknown target, a scale with min ≥ max.
 *
 * @throws PlsModelError
 */
export function compileModel(spec: PlsModelSpec): PlsStructure {
  const names = Object.keys(spec.constructs ?? {});
  if (names.length < 2) throw new PlsModelError('the model needs at least two constructs', '');
  checkScale('the model', spec.scale);
  const items: string[] = [];
  const itemBlock: number[] = [];
  const owner = new Map<string, string>();
  const blocks = names.map((name, j): PlsBlock => {
    const c = spec.constructs[name];
    const list = Array.isArray(c?.items) ? c.items : [];
    if (list.length === 0) throw new PlsModelError(`construct ${name} has no items`, name);
    const mode = c.mode ?? 'A';
    if (mode !== 'A' && mode !== 'B')
      throw new PlsModelError(
        `construct ${name}: mode is A (reflective) or B (formative), not ${String(mode)}`,
        name,
      );
    checkScale(`construct ${name}`, c.scale);
    const offset = items.length;
    for (const item of list) {
      if (typeof item !== 'string' || item.trim() === '')
        throw new PlsModelError(`construct ${name} has an empty item name`, name);
      const other = owner.get(item);
      if (other !== undefined) throw new PlsModelError(`item ${item} is in both ${other} and ${name}`, item);
      owner.set(item, name);
      items.push(item);
      itemBlock.push(j);
    }
    const scale = c.scale ?? spec.scale;
    return { name, mode, items: list, offset, ...(scale ? { scale } : {}) };
  });
  const index = new Map(names.map((n, j) => [n, j]));
  const predecessors: number[][] = names.map(() => []);
  const successors: number[][] = names.map(() => []);
  const paths: [number, number][] = [];
  for (const p of spec.paths ?? []) {
    if (!Array.isArray(p) || p.length !== 2)
      throw new PlsModelError(`a path is ["From", "To"], got ${JSON.stringify(p)}`, '');
    const [from, to] = p;
    const a = index.get(from);
    const b = index.get(to);
    if (a === undefined)
      throw new PlsModelError(`path ${from} → ${to} names an unknown construct ${from}`, from);
    if (b === undefined) throw new PlsModelError(`path ${from} → ${to} names an unknown construct ${to}`, to);
    if (a === b) throw new PlsModelError(`path ${from} → ${to} goes from a construct to itself`, from);
    if (successors[a].includes(b)) throw new PlsModelError(`path ${from} → ${to} is given twice`, from);
    successors[a].push(b);
    predecessors[b].push(a);
    paths.push([a, b]);
  }
  const order = topologicalOrder(names, successors);
  const lonely = names.find((_, j) => predecessors[j].length === 0 && successors[j].length === 0);
  if (lonely !== undefined) throw new PlsModelError(`construct ${lonely} is on no path`, lonely);
  let target: number | undefined;
  if (spec.target !== undefined) {
    target = index.get(spec.target);
    if (target === undefined)
      throw new PlsModelError(`the target ${spec.target} is not a construct`, spec.target);
  }
  return { blocks, items, itemBlock, predecessors, successors, paths, order, target };
}
