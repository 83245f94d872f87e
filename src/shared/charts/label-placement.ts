/**
 * placeLabels: where each point label of a scatter goes, so that no two labels overlap, no label
 * covers a point or a corner caption, and every label stays inside the plot. Pure and deterministic
 * (the same input gives the same boxes), so the screen and the PDF/PNG place labels identically; the
 * `scatterLabels` plugin (./scatter-labels.ts) measures the texts and draws the result.
 *
 * Each label tries spots around its point on growing rings (the four sides first, then sixteen
 * directions), and takes the first that is free. When the neighbourhood is full it takes the free
 * spot nearest the point anywhere in the plot (a scan in label-height steps); a label placed away
 * from its point gets a leader line. Only when the plot has no free spot left at all is a label
 * dropped (`box: null`) rather than drawn over another.
 */
export type LabelBox = { x: number; y: number; w: number; h: number };
export type LabelRequest = { x: number; y: number; w: number; h: number };
export type LabelPlacement = { box: LabelBox | null; leader: boolean };
export type PlotArea = { left: number; top: number; right: number; bottom: number };

/** Half the size of the square kept clear around each point marker. */
export const POINT_CLEARANCE = 6;

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function inside(b: LabelBox, area: PlotArea): boolean {
  return b.x >= area.left && b.y >= area.top && b.x + b.w <= area.right && b.y + b.h <= area.bottom;
}

// Right, left, above, below first (labels read left to right), then the diagonals.
const NEAR: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
];
const DIRECTIONS: [number, number][] = Array.from({ length: 16 }, (_, i) => {
  const a = (i * Math.PI) / 8;
  return [Math.round(Math.cos(a) * 1000) / 1000, Math.round(-Math.sin(a) * 1000) / 1000];
});
const RINGS = [4, 12, 22, 34, 48, 64, 82, 102];

/** The label box pushed `d` px from (px, py) in direction (dx, dy), its near edge facing the point. */
function candidate(
  px: number,
  py: number,
  w: number,
  h: number,
  dx: number,
  dy: number,
  d: number,
): LabelBox {
  const cx = px + dx * (d + POINT_CLEARANCE + w / 2);
  const cy = py + dy * (d + POINT_CLEARANCE + h / 2);
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}

export function placeLabels(
  labels: readonly LabelRequest[],
  area: PlotArea,
  /** Boxes no label may cover (corner captions); point markers are added from `labels`. */
  fixed: readonly LabelBox[] = [],
  /** Markers of points without a label. */
  extraPoints: readonly { x: number; y: number }[] = [],
): LabelPlacement[] {
  const c = POINT_CLEARANCE;
  const markers = [...labels, ...extraPoints].map((p) => ({ x: p.x - c, y: p.y - c, w: 2 * c, h: 2 * c }));
  const taken: LabelBox[] = [...fixed, ...markers];
  const free = (b: LabelBox) => inside(b, area) && !taken.some((t) => overlaps(b, t));
  return labels.map((p) => {
    const { w, h } = p;
    const tryAt = (d: number, dirs: readonly [number, number][]) => {
      for (const [dx, dy] of dirs) {
        const b = candidate(p.x, p.y, w, h, dx, dy, d);
        if (free(b)) return b;
      }
      return null;
    };
    let box: LabelBox | null = null;
    let ring = 0;
    for (; ring < RINGS.length && !box; ring++) box = tryAt(RINGS[ring]!, ring < 2 ? NEAR : DIRECTIONS);
    let leader = ring > 1;
    if (!box) {
      // The neighbourhood is full: the free spot nearest the point anywhere in the plot.
      let best: { b: LabelBox; d: number } | null = null;
      const step = Math.max(2, Math.floor(h / 2));
      for (let y = area.top; y + h <= area.bottom; y += step) {
        for (let x = area.left; x + w <= area.right; x += step) {
          const b = { x, y, w, h };
          const dx = Math.max(b.x - p.x, 0, p.x - (b.x + w));
          const dy = Math.max(b.y - p.y, 0, p.y - (b.y + h));
          const d = dx * dx + dy * dy;
          if ((!best || d < best.d) && free(b)) best = { b, d };
        }
      }
      box = best?.b ?? null;
      leader = box !== null;
    }
    if (box) taken.push(box);
    return { box, leader };
  });
}

/** Where a leader line from (px, py) meets the label box: the box's nearest point. */
export function leaderEnd(px: number, py: number, b: LabelBox): { x: number; y: number } {
  return { x: Math.max(b.x, Math.min(px, b.x + b.w)), y: Math.max(b.y, Math.min(py, b.y + b.h)) };
}
