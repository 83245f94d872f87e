import PptxGenJS from 'pptxgenjs';
import type { ReportModel } from '../../../../shared/report/types';
import { addFindings, addKpis, addParagraphs, addQuotes, addTable } from './bodies';
import type { Box } from './bodies';
import { addBarChart, addScatterChart } from './charts';
import { addLineChart } from './line-chart';
import type { Logo } from './layout';
import { CONTENT, defineMasters, FONT, H, hex, MARGIN, MASTER, TITLE_MASTER, typeface, W } from './layout';
import type { SlidePlan } from './plan';
import { lineCount, planDeck } from './plan';

export type DeckOptions = {
  /** The study's anonymity threshold, for the speaker notes' "fewer than k" lines. */
  k: number;
  logo?: Logo | null;
};

function titleSlide(pptx: PptxGenJS, model: ReportModel, logo: Logo | null): void {
  const p = model.palette;
  const s = pptx.addSlide({ masterName: TITLE_MASTER });
  const on = hex(p.onBrand);
  const c = model.cover;
  s.addText(
    [
      {
        text: c.kicker.toLocaleUpperCase(),
        options: { fontSize: 14, bold: true, charSpacing: 1, breakLine: true },
      },
      { text: c.client, options: { fontSize: 24, breakLine: true, paraSpaceBefore: 18 } },
      { text: c.title, options: { fontSize: 40, bold: true, breakLine: true, paraSpaceBefore: 6 } },
      { text: c.wave, options: { fontSize: 22, paraSpaceBefore: 10 } },
    ],
    {
      x: MARGIN + 0.2,
      y: 1.0,
      w: W - 2 * MARGIN - 0.4,
      h: 4.6,
      ...typeface(model.lang),
      color: on,
      valign: 'middle',
      margin: 0,
    },
  );
  const foot = [c.preparedBy, c.date].filter((t): t is string => Boolean(t)).join('  ·  ');
  s.addText(foot, {
    x: MARGIN + 0.2,
    y: H - 1.0,
    w: W - 2 * MARGIN - 3.2,
    h: 0.6,
    ...typeface(model.lang),
    fontSize: 14,
    color: hex(p.ink),
    valign: 'middle',
    margin: 0,
  });
  if (c.accent) {
    const accent = { color: hex(c.accent) };
    s.addShape(pptx.ShapeType.rect, {
      x: MARGIN + 0.2,
      y: H - 1.12,
      w: 1.0,
      h: 0.06,
      fill: accent,
      line: accent,
    });
  }
  if (logo) {
    const h = 0.7;
    const w = Math.min(2.8, h * logo.aspect);
    s.addImage({ data: logo.data, x: W - MARGIN - w, y: H - 1.02, w, h: w / logo.aspect });
  }
  s.addNotes(`${c.kicker}. ${c.client}: ${c.title}, ${c.wave}. ${foot}`);
}

function subtitleHeight(text: string | null): number {
  return text ? lineCount(text, 130) * 0.26 + 0.12 : 0;
}

function captionHeight(text: string | null): number {
  return text ? lineCount(text, 190) * 0.19 + 0.08 : 0;
}

function contentSlide(pptx: PptxGenJS, model: ReportModel, plan: SlidePlan): void {
  const p = model.palette;
  const s = pptx.addSlide({ masterName: MASTER });
  s.addText(plan.title, { placeholder: 'title', align: 'left', ...typeface(model.lang) });
  const sub = subtitleHeight(plan.subtitle);
  if (plan.subtitle)
    s.addText(plan.subtitle, {
      x: CONTENT.x,
      y: CONTENT.y,
      w: CONTENT.w,
      h: sub,
      ...typeface(model.lang),
      fontSize: 13,
      color: hex(p.muted),
      valign: 'top',
      margin: 0,
    });
  const cap = captionHeight(plan.caption);
  const box: Box = {
    x: CONTENT.x,
    y: CONTENT.y + sub + (sub ? 0.1 : 0),
    w: CONTENT.w,
    h: CONTENT.h - sub - (sub ? 0.1 : 0) - cap - (cap ? 0.1 : 0),
  };
  const b = plan.body;
  if (b.kind === 'chart' && b.chart.kind === 'bar') {
    const legend = b.chart.series.length > 1 ? 0.45 : 0;
    const h = Math.min(box.h, b.chart.labels.length * 0.3 + 0.3 + legend);
    addBarChart(pptx, s, b.chart, { ...box, h }, p, model.lang);
  } else if (b.kind === 'chart' && b.chart.kind === 'scatter')
    addScatterChart(pptx, s, b.chart, box, p, model.lang);
  else if (b.kind === 'chart' && b.chart.kind === 'line') addLineChart(pptx, s, b.chart, box, p, model.lang);
  else if (b.kind === 'table') addTable(s, b.columns, b.rows, box, p, model.lang);
  else if (b.kind === 'kpis') addKpis(pptx, s, b.items, b.nps, b.npsTitle, p, model.lang);
  else if (b.kind === 'findings') addFindings(s, b.groups, p, model.lang);
  else if (b.kind === 'quotes') addQuotes(s, b.groups, box, p, model.lang);
  else if (b.kind === 'text') addParagraphs(s, b.paragraphs, box, p, model.lang);
  if (plan.caption)
    s.addText(plan.caption, {
      x: CONTENT.x,
      y: CONTENT.y + CONTENT.h - cap,
      w: CONTENT.w,
      h: cap,
      ...typeface(model.lang),
      fontSize: 9,
      color: hex(p.muted),
      valign: 'bottom',
      margin: 0,
    });
  const notes = [...new Set(plan.notes.filter((n) => n.trim() !== ''))];
  if (notes.length > 0) s.addNotes(notes.join('\n\n'));
}

/**
 * The client deck from the report model: a title slide and the report's chapters as 16:9 slides
 * with native (editable) charts and tables and speaker notes. It shows what the PDF shows and no more.
 */
export async function renderReportPptx(
  model: ReportModel,
  opts: DeckOptions,
): Promise<{ bytes: Buffer; slides: number }> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${model.cover.client} · ${model.cover.title} · ${model.cover.wave}`;
  pptx.subject = model.cover.kicker;
  pptx.company = model.cover.preparedBy ?? model.cover.client;
  pptx.author = model.cover.preparedBy ?? '';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const footer = `${model.cover.client} · ${model.cover.title} · ${model.cover.wave}`;
  const logo = opts.logo ?? null;
  defineMasters(pptx, model.palette, footer, logo);
  titleSlide(pptx, model, logo);
  const plans = planDeck(model, opts.k);
  for (const plan of plans) contentSlide(pptx, model, plan);
  // stream() is the output that honours compression (write() with a type stores the parts).
  const out = await pptx.stream({ compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('renderReportPptx: pptxgenjs returned no bytes');
  return { bytes: Buffer.from(out), slides: plans.length + 1 };
}
