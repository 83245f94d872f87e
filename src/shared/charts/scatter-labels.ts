import type { Chart, ChartType, Plugin } from 'chart.js';

/**
 * The `scatterLabels` plugin: names next to scatter points and a caption in each corner of the plot
 * (the quadrants of the importance–performance map). Options are plain data, so the spec stays JSON
 * and the screen and the PDF place labels identically; chart.js has no built-in point labels and
 * chartjs-plugin-annotation/datalabels are configured with functions.
 *
 * Placement is greedy and deterministic: each label tries eight spots around its point at growing
 * distances and takes the first that overlaps no point, no earlier label and no corner caption and
 * stays inside the plot; failing that, the spot with the least overlap (with a leader line).
 */
export type ScatterLabelsOptions = {
  display: boolean;
  /** labels[datasetIndex][pointIndex]; null or missing = no label. */
  labels: (string | null)[][];
  color: string;
  font: { family: string; size: number; weight: 'normal' | 'bold' };
  /** Corner captions (top-left, top-right, bottom-left, bottom-right) with their colours. */
  corners: { text: string; color: string }[] | null;
  cornerFont: { family: string; size: number; weight: 'normal' | 'bold' };
};

declare module 'chart.js' {
  // The type parameter must repeat chart.js's declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    scatterLabels: Partial<ScatterLabelsOptions>;
  }
}

type Box = { x: number; y: number; w: number; h: number };

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function fontString(f: ScatterLabelsOptions['font']): string {
  return `${f.weight === 'bold' ? 'bold ' : ''}${f.size}px ${f.family}`;
}

// Unit directions: right, left, up, down, then the diagonals (right first: labels read left to right).
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
];

/** The label's box for a point at (px, py), pushed `d` px in direction (dx, dy). */
function candidate(px: number, py: number, w: number, h: number, dx: number, dy: number, d: number): Box {
  const cx = px + dx * (d + (dx === 0 ? 0 : w / 2));
  const cy = py + dy * (d + (dy === 0 ? 0 : h / 2));
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}

/** Draws the corner captions and the point labels. Register it in both renderers. */
export const scatterLabelsPlugin: Plugin<ChartType, Partial<ScatterLabelsOptions>> = {
  id: 'scatterLabels',
  defaults: { display: false },
  afterDatasetsDraw(chart: Chart, _args, o) {
    if (!o.display) return;
    const { ctx, chartArea: area } = chart;
    const obstacles: Box[] = [];
    ctx.save();
    ctx.textBaseline = 'middle';
    if (o.corners) {
      const f = o.cornerFont ?? { family: 'sans-serif', size: 12, weight: 'bold' };
      ctx.font = fontString(f);
      const pad = 6;
      o.corners.slice(0, 4).forEach((c, i) => {
        const w = ctx.measureText(c.text).width;
        const h = f.size * 1.2;
        const left = i % 2 === 0;
        const top = i < 2;
        const x = left ? area.left + pad : area.right - pad - w;
        const y = top ? area.top + pad : area.bottom - pad - h;
        ctx.textAlign = 'left';
        ctx.fillStyle = c.color;
        ctx.fillText(c.text, x, y + h / 2);
        obstacles.push({ x: x - 2, y: y - 2, w: w + 4, h: h + 4 });
      });
    }
    const points: { x: number; y: number; text: string }[] = [];
    chart.data.datasets.forEach((_ds, di) => {
      const meta = chart.getDatasetMeta(di);
      if (meta.hidden || !chart.isDatasetVisible(di)) return;
      meta.data.forEach((el, i) => {
        const text = o.labels?.[di]?.[i];
        const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        obstacles.push({ x: x - 6, y: y - 6, w: 12, h: 12 });
        if (text) points.push({ x, y, text });
      });
    });
    const f = o.font ?? { family: 'sans-serif', size: 11, weight: 'normal' };
    ctx.font = fontString(f);
    const h = f.size * 1.25;
    for (const p of points) {
      const w = ctx.measureText(p.text).width + 2;
      let best: { box: Box; cost: number; d: number } | null = null;
      for (const d of [7, 16, 28]) {
        for (const [dx, dy] of DIRECTIONS) {
          const box = candidate(p.x, p.y, w, h, dx, dy, d);
          const outside =
            box.x < area.left ||
            box.x + box.w > area.right ||
            box.y < area.top ||
            box.y + box.h > area.bottom;
          const cost = (outside ? 1e6 : 0) + obstacles.reduce((s, b) => s + overlap(box, b), 0) + d;
          if (!best || cost < best.cost) best = { box, cost, d };
        }
        if (best && best.cost < 100) break;
      }
      if (!best) continue;
      const { box, d } = best;
      if (d > 7) {
        // A label pushed away from its point keeps a thin leader line back to it.
        ctx.strokeStyle = o.color ?? '#1f2933';
        ctx.globalAlpha = 0.5;
        ctx.lineWidth = 0.75;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y);
        ctx.lineTo(
          Math.max(box.x, Math.min(p.x, box.x + box.w)),
          Math.max(box.y, Math.min(p.y, box.y + box.h)),
        );
        ctx.stroke();
        ctx.globalAlpha = 1;
      }
      ctx.textAlign = 'left';
      ctx.fillStyle = o.color ?? '#1f2933';
      ctx.fillText(p.text, box.x + 1, box.y + box.h / 2);
      obstacles.push(box);
    }
    ctx.restore();
  },
};
