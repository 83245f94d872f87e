import type { Chart, ChartType, Plugin } from 'chart.js';
import type { LabelBox } from './label-placement';
import { leaderEnd, placeLabels } from './label-placement';

/**
 * The `scatterLabels` plugin: names next to scatter points and a caption in each corner of the plot
 * (the quadrants of the importance–performance map). Options are plain data, so the spec stays JSON
 * and the screen and the PDF place labels identically; chart.js has no built-in point labels and
 * chartjs-plugin-annotation/datalabels are configured with functions.
 *
 * Placement is ./label-placement.ts (pure, deterministic, tested): no label overlaps another, a
 * point or a corner caption, and a label moved away from its point gets a leader line. Line
 * datasets (crosshairs) have no `labels` row and are not obstacles.
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

function fontString(f: ScatterLabelsOptions['font']): string {
  return `${f.weight === 'bold' ? 'bold ' : ''}${f.size}px ${f.family}`;
}

/** Draws the corner captions and the point labels. Register it in both renderers. */
export const scatterLabelsPlugin: Plugin<ChartType, Partial<ScatterLabelsOptions>> = {
  id: 'scatterLabels',
  defaults: { display: false },
  afterDatasetsDraw(chart: Chart, _args, o) {
    if (!o.display) return;
    const { ctx, chartArea: area } = chart;
    const obstacles: LabelBox[] = [];
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
    const unlabelled: { x: number; y: number }[] = [];
    chart.data.datasets.forEach((_ds, di) => {
      const meta = chart.getDatasetMeta(di);
      if (meta.hidden || !chart.isDatasetVisible(di)) return;
      meta.data.forEach((el, i) => {
        const text = o.labels?.[di]?.[i];
        const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        if (text) points.push({ x, y, text });
        else if (o.labels?.[di]) unlabelled.push({ x, y });
      });
    });
    const f = o.font ?? { family: 'sans-serif', size: 11, weight: 'normal' };
    ctx.font = fontString(f);
    const h = f.size * 1.25;
    const requests = points.map((p) => ({ x: p.x, y: p.y, w: ctx.measureText(p.text).width + 2, h }));
    const placed = placeLabels(requests, area, obstacles, unlabelled);
    placed.forEach(({ box, leader }, i) => {
      const p = points[i]!;
      if (!box) return;
      if (leader) {
        // A label pushed away from its point keeps a thin leader line back to it.
        const end = leaderEnd(p.x, p.y, box);
        ctx.strokeStyle = o.color ?? '#1f2933';
        ctx.globalAlpha = 0.55;
        ctx.lineWidth = 0.75;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y);
        ctx.lineTo(end.x, end.y);
        ctx.stroke();
        ctx.globalAlpha = 1;
      }
      ctx.textAlign = 'left';
      ctx.fillStyle = o.color ?? '#1f2933';
      ctx.fillText(p.text, box.x + 1, box.y + box.h / 2);
    });
    ctx.restore();
  },
};
