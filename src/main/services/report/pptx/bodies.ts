import type PptxGenJS from 'pptxgenjs';
import type { Palette } from '../../../../shared/charts/palette';
import type { Language } from '../../../../shared/domain/language';
import type { Finding, QuoteGroup, TableColumn, TableRow } from '../../../../shared/report/types';
import { addBarChart } from './charts';
import type { Kpi } from '../../../../shared/report/types';
import type { FindingGroup } from './plan';
import { breakable } from './plan';
import type { NativeBar } from './native-chart';
import { columnWidths, CONTENT, hex, typeface } from './layout';

type Slide = PptxGenJS.Slide;
export type Box = { x: number; y: number; w: number; h: number };

/** A native table: header row in the brand colour, stage rows tinted, suppressed rows muted. */
export function addTable(
  slide: Slide,
  columns: TableColumn[],
  rows: TableRow[],
  box: Box,
  p: Palette,
  lang: Language,
): void {
  const colW = columnWidths(columns, box.w);
  const border = { type: 'solid' as const, color: hex(p.grid), pt: 0.75 };
  const header: PptxGenJS.TableRow = columns.map((c) => ({
    text: c.label,
    options: { bold: true, color: hex(p.onBrand), fill: { color: hex(p.brandGraphic) }, align: c.align },
  }));
  const body: PptxGenJS.TableRow[] = rows.map((r, ri) =>
    r.cells.map((text, i) => ({
      text: breakable(text),
      options: {
        align: columns[i]?.align ?? 'left',
        bold: r.kind === 'group',
        italic: r.kind === 'suppressed',
        color: hex(r.kind === 'suppressed' ? p.muted : r.kind === 'group' ? p.brandText : p.ink),
        fill: { color: r.kind === 'group' ? hex(p.brandTint) : ri % 2 === 1 ? 'F7F9FA' : 'FFFFFF' },
        ...(r.kind === 'group' && i === 0 ? { colspan: undefined } : {}),
      },
    })),
  );
  slide.addTable([header, ...body], {
    x: box.x,
    y: box.y,
    w: box.w,
    colW,
    ...typeface(lang),
    fontSize: 10.5,
    color: hex(p.ink),
    border: { ...border, type: 'none' },
    margin: [0.03, 0.08, 0.03, 0.08],
    rowH: 0.245,
    valign: 'middle',
  });
}

function kpiCard(slide: Slide, k: Kpi, box: Box, p: Palette, lang: Language): void {
  slide.addShape('rect', { ...box, fill: { color: hex(p.brandTint) }, line: { color: hex(p.brandTint) } });
  slide.addShape('rect', {
    x: box.x,
    y: box.y,
    w: 0.07,
    h: box.h,
    fill: { color: hex(p.brand) },
    line: { color: hex(p.brand) },
  });
  slide.addText(
    [
      {
        text: k.label.toLocaleUpperCase(),
        options: { fontSize: 12, bold: true, color: hex(p.muted), breakLine: true },
      },
      {
        text: k.value,
        options: {
          fontSize: 40,
          bold: true,
          color: hex(k.suppressed ? p.muted : p.brandText),
          breakLine: true,
        },
      },
      { text: k.detail, options: { fontSize: 13, color: hex(p.ink) } },
    ],
    {
      x: box.x + 0.25,
      y: box.y + 0.1,
      w: box.w - 0.4,
      h: box.h - 0.2,
      ...typeface(lang),
      valign: 'top',
      margin: 0,
      paraSpaceAfter: 4,
    },
  );
}

/** Three headline figures as cards, and the NPS distribution as one 100 % stacked native bar. */
export function addKpis(
  pptx: PptxGenJS,
  slide: Slide,
  items: Kpi[],
  nps: NativeBar | null,
  npsTitle: string | null,
  p: Palette,
  lang: Language,
): void {
  const gap = 0.3;
  const w = (CONTENT.w - gap * (items.length - 1)) / Math.max(1, items.length);
  items.forEach((k, i) =>
    kpiCard(slide, k, { x: CONTENT.x + i * (w + gap), y: CONTENT.y + 0.1, w, h: 2.2 }, p, lang),
  );
  if (!nps) return;
  if (npsTitle)
    slide.addText(npsTitle, {
      x: CONTENT.x,
      y: CONTENT.y + 2.65,
      w: CONTENT.w,
      h: 0.4,
      ...typeface(lang),
      fontSize: 14,
      bold: true,
      color: hex(p.ink),
      margin: 0,
    });
  addBarChart(
    pptx,
    slide,
    nps,
    { x: CONTENT.x - 0.1, y: CONTENT.y + 3.05, w: CONTENT.w + 0.2, h: 1.55 },
    p,
    lang,
    { compact: true },
  );
}

const MARKER: Record<Finding['marker'], { glyph: string; color: (p: Palette) => string }> = {
  up: { glyph: '▲', color: (p) => p.brandGraphic },
  down: { glyph: '▼', color: (p) => p.nps.detractors },
  priority: { glyph: '●', color: (p) => p.nps.detractors },
  neutral: { glyph: '●', color: (p) => p.muted },
};

/** Findings in columns (what changed and why; what to fix first), each item a marker, title and detail. */
export function addFindings(slide: Slide, groups: FindingGroup[], p: Palette, lang: Language): void {
  const gap = 0.5;
  const w = (CONTENT.w - gap * (groups.length - 1)) / Math.max(1, groups.length);
  groups.forEach((g, gi) => {
    const x = CONTENT.x + gi * (w + gap);
    const showHeading = g.title !== '';
    if (showHeading)
      slide.addText(g.title, {
        x,
        y: CONTENT.y,
        w,
        h: 0.55,
        ...typeface(lang),
        fontSize: 20,
        bold: true,
        color: hex(p.ink),
        margin: 0,
      });
    const runs: PptxGenJS.TextProps[] = [];
    for (const f of g.items) {
      const m = MARKER[f.marker];
      runs.push(
        { text: `${m.glyph}  `, options: { color: hex(m.color(p)), fontSize: 18, bold: true } },
        { text: f.title, options: { bold: true, fontSize: 18, color: hex(p.ink), breakLine: true } },
        {
          text: breakable(f.detail),
          options: { fontSize: 14, color: hex(p.muted), breakLine: true, paraSpaceAfter: 16 },
        },
      );
    }
    for (const t of g.texts)
      runs.push({
        text: breakable(t),
        options: { fontSize: 13, color: hex(p.muted), breakLine: true, paraSpaceAfter: 8 },
      });
    slide.addText(runs, {
      x,
      y: CONTENT.y + (showHeading ? 0.7 : 0),
      w,
      h: CONTENT.h - 0.6,
      ...typeface(lang),
      valign: 'top',
      margin: 0,
      paraSpaceAfter: 2,
    });
  });
}

/** Promoters' and detractors' comments side by side; a hidden group shows only its note. */
export function addQuotes(slide: Slide, groups: QuoteGroup[], box: Box, p: Palette, lang: Language): void {
  const gap = 0.5;
  const w = (box.w - gap * (groups.length - 1)) / Math.max(1, groups.length);
  const open = lang === 'nb' ? '«' : '“';
  const close = lang === 'nb' ? '»' : '”';
  groups.forEach((g, gi) => {
    const x = box.x + gi * (w + gap);
    const color =
      g.tone === 'promoters' ? p.nps.promoters : g.tone === 'detractors' ? p.nps.detractors : p.muted;
    slide.addShape('rect', {
      x,
      y: box.y,
      w,
      h: 0.06,
      fill: { color: hex(color) },
      line: { color: hex(color) },
    });
    slide.addText(g.title, {
      x,
      y: box.y + 0.12,
      w,
      h: 0.4,
      ...typeface(lang),
      fontSize: 14,
      bold: true,
      color: hex(p.ink),
      margin: 0,
    });
    const runs: PptxGenJS.TextProps[] = g.quotes.map((q) => ({
      text: breakable(`${open}${q}${close}`),
      options: { fontSize: 12, italic: true, color: hex(p.ink), breakLine: true, paraSpaceAfter: 10 },
    }));
    if (g.note) runs.push({ text: g.note, options: { fontSize: 11, color: hex(p.muted) } });
    if (runs.length > 0)
      slide.addText(runs, {
        x,
        y: box.y + 0.6,
        w,
        h: box.h - 0.6,
        ...typeface(lang),
        valign: 'top',
        margin: 0,
      });
  });
}

export function addParagraphs(
  slide: Slide,
  paragraphs: string[],
  box: Box,
  p: Palette,
  lang: Language,
): void {
  slide.addText(
    paragraphs.map((t, i) => ({
      text: breakable(t),
      options: { breakLine: i < paragraphs.length - 1, paraSpaceAfter: 10 },
    })),
    { ...box, ...typeface(lang), fontSize: 12, color: hex(p.ink), valign: 'top', margin: 0 },
  );
}
