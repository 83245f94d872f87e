import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ChartBlock, Kpi, ReportBlock, ReportModel, TableBlock } from '../../../shared/report/types';
import { REPORT_FONT } from './fonts';
import { findings, quotes } from './pdf-blocks';

/** A4 in points, and the margins every page shares. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 56, top: 64, right: 56, bottom: 60 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const CONTENT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;
/** The tallest a chart is printed: a page less room for a heading, so no chart runs into the footer. */
export const CHART_MAX_HEIGHT = CONTENT_HEIGHT - 48;

/** The printed size of a chart block: the text width, shrunk to fit CHART_MAX_HEIGHT if taller. */
export function chartPrintSize(b: { width: number; height: number }): { width: number; height: number } {
  const h = (CONTENT_WIDTH * b.height) / b.width;
  const scale = h > CHART_MAX_HEIGHT ? CHART_MAX_HEIGHT / h : 1;
  return { width: CONTENT_WIDTH * scale, height: h * scale };
}

/** PNG data URLs of the model's chart blocks, by block id. */
export type ChartImages = Map<string, string>;

function kpiCell(k: Kpi, m: ReportModel): TableCell {
  return {
    stack: [
      { text: k.label.toLocaleUpperCase(), style: 'kpiLabel' },
      { text: k.value, style: 'kpiValue', color: k.suppressed ? m.palette.muted : m.palette.brandText },
      { text: k.detail, style: 'kpiDetail' },
    ],
  };
}

function kpis(items: Kpi[], m: ReportModel): Content {
  const gap = 10;
  return {
    table: { widths: items.map(() => '*'), body: [items.map((k) => kpiCell(k, m))] },
    layout: {
      fillColor: () => m.palette.brandTint,
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 || i === items.length ? 0 : gap),
      vLineColor: () => '#ffffff',
      paddingLeft: () => 14,
      paddingRight: () => 10,
      paddingTop: () => 12,
      paddingBottom: () => 14,
    } satisfies CustomTableLayout,
    margin: [0, 4, 0, 22],
  };
}

function chart(b: ChartBlock, images: ChartImages): Content {
  const url = images.get(b.id);
  // A chart that could not be drawn still says what it would have shown.
  if (!url) return { text: b.alt, style: 'note', margin: [0, 4, 0, 12] };
  const size = chartPrintSize(b);
  return { image: url, width: size.width, height: size.height, margin: [0, 6, 0, 10] };
}

function table(b: TableBlock, m: ReportModel): Content {
  const header: TableCell[] = b.columns.map((c) => ({ text: c.label, style: 'th', alignment: c.align }));
  // The title is the table's first header row: it repeats over a page break and can never be left
  // alone at the foot of a page (pdfmake keeps header rows with the first body rows).
  const titleRow: TableCell[] | null = b.title
    ? [
        { text: b.title, style: 'lead', colSpan: b.columns.length, margin: [-4, 0, 0, 0] },
        ...b.columns.slice(1).map(() => ({ text: '' })),
      ]
    : null;
  const headerRows = titleRow ? 2 : 1;
  const body: TableCell[][] = titleRow ? [titleRow, header] : [header];
  for (const r of b.rows) {
    if (r.kind === 'group') {
      body.push([
        {
          text: (r.cells[0] ?? '').toLocaleUpperCase(),
          style: 'tdGroup',
          color: m.palette.brandText,
          colSpan: b.columns.length,
        },
        ...b.columns.slice(1).map(() => ({ text: '' })),
      ]);
      continue;
    }
    body.push(
      r.cells.map((text, i) => ({
        text,
        alignment: b.columns[i]?.align ?? 'left',
        style: r.kind === 'suppressed' ? 'tdMuted' : 'td',
        margin: i === 0 ? [8, 0, 0, 0] : [0, 0, 0, 0],
      })),
    );
  }
  const isGroup = (i: number): boolean => b.rows[i - headerRows]?.kind === 'group';
  const out: Content[] = [
    {
      // The header repeats on the next page; a lone header at a page foot moves over with its rows.
      table: {
        headerRows,
        keepWithHeaderRows: 3,
        dontBreakRows: true,
        widths: b.columns.map((c) => c.width),
        body,
      },
      layout: {
        hLineWidth: (i: number) => (i === headerRows ? 0.8 : i < headerRows ? 0 : 0.4),
        hLineColor: (i: number) => (i === headerRows ? m.palette.ink : m.palette.grid),
        vLineWidth: () => 0,
        paddingTop: (i: number) => (isGroup(i) ? 6 : 2.2),
        paddingBottom: () => 2.2,
        paddingLeft: () => 4,
        paddingRight: () => 4,
      } satisfies CustomTableLayout,
      margin: [0, 4, 0, 4],
    },
  ];
  if (b.note) out.push({ text: b.note, style: 'note' });
  // A short titled table moves to the next page whole rather than break.
  return {
    stack: out,
    margin: [0, 0, 0, 14],
    ...(b.title && b.rows.length <= 8 ? { unbreakable: true } : {}),
  };
}

/** A lead text directly before an untitled table becomes that table's title (kept with its rows). */
export function foldTableTitles(blocks: ReportBlock[]): ReportBlock[] {
  const out: ReportBlock[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    if (b.kind === 'table' && !b.title && prev?.kind === 'text' && prev.style === 'lead') {
      out[out.length - 1] = { ...b, title: prev.text };
    } else out.push(b);
  }
  return out;
}

function block(b: ReportBlock, m: ReportModel, images: ChartImages): Content {
  switch (b.kind) {
    case 'kpis':
      return kpis(b.items, m);
    case 'chart':
      return chart(b, images);
    case 'table':
      return table(b, m);
    case 'text':
      // A heading (lead, h2) is never left alone at the foot of a page: see pageBreakBefore.
      return b.style === 'lead' || b.style === 'h2'
        ? { text: b.text, style: b.style, headlineLevel: 1 }
        : { text: b.text, style: b.style };
    case 'findings':
      return findings(b.items, m);
    case 'quotes':
      return quotes(b.groups, m);
  }
}

function cover(m: ReportModel): Content {
  const c = m.cover;
  const lines: Content[] = [
    { text: c.kicker.toLocaleUpperCase(), style: 'coverKicker', color: m.palette.onBrand },
    { text: c.client, style: 'coverClient', color: m.palette.onBrand },
    { text: c.title, style: 'coverTitle', color: m.palette.onBrand },
    { text: [c.wave, '   ·   ', c.date].join(''), style: 'coverMeta', color: m.palette.onBrand },
  ];
  if (c.preparedBy) lines.push({ text: c.preparedBy, style: 'coverMeta', color: m.palette.onBrand });
  if (c.accent)
    lines.splice(3, 0, {
      canvas: [{ type: 'rect', x: 0, y: 0, w: 72, h: 3, color: c.accent }],
      margin: [0, 0, 0, 12],
    });
  if (c.logo) lines.unshift({ image: c.logo, fit: [170, 56], margin: [0, 0, 0, 18] });
  // A one-cell table with negative margins bleeds the brand band to the page edges and grows with the title.
  return {
    table: { widths: ['*'], body: [[{ stack: lines }]] },
    layout: {
      fillColor: () => m.palette.brand,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => MARGIN.left,
      paddingRight: () => MARGIN.right,
      paddingTop: () => 64,
      paddingBottom: () => 34,
    } satisfies CustomTableLayout,
    margin: [-MARGIN.left, -MARGIN.top, -MARGIN.right, 26],
  };
}

// Style margins [left, top, right, bottom] of the block styles (kept in step with `styles` below).
const STYLE_MARGINS: Record<string, [number, number, number, number]> = {
  lead: [0, 6, 0, 2],
  body: [0, 0, 0, 6],
  note: [0, 0, 0, 5],
  h2: [0, 8, 0, 4],
};

/**
 * The section's last block without its bottom margin: a margin that does not fit on the page moves to
 * the next one, and the next chapter's page break then leaves that page blank.
 */
function withoutBottomMargin(c: Content): Content {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return c;
  if ('stack' in c && Array.isArray(c.stack) && c.stack.length > 0) {
    const stack: Content[] = [...c.stack];
    stack[stack.length - 1] = withoutBottomMargin(stack[stack.length - 1]!);
    return withoutOwnBottomMargin(Object.assign({}, c, { stack }));
  }
  return withoutOwnBottomMargin(c);
}

function withoutOwnBottomMargin(c: Exclude<Content, string | number | Content[]>): Content {
  const own =
    'margin' in c && Array.isArray(c.margin) && c.margin.length === 4
      ? (c.margin as [number, number, number, number])
      : null;
  const style = 'style' in c && typeof c.style === 'string' ? STYLE_MARGINS[c.style] : undefined;
  const m = own ?? style;
  return m ? Object.assign({}, c, { margin: [m[0], m[1], m[2], 0] as [number, number, number, number] }) : c;
}

/**
 * The pdfmake document for a report model. `onPageCount` receives the final page count (pdfmake
 * only knows it while laying out the footers).
 */
export function reportDocument(
  m: ReportModel,
  images: ChartImages,
  onPageCount: (n: number) => void,
): TDocumentDefinitions {
  const content: Content[] = [cover(m)];
  m.sections.forEach((s, i) => {
    const heading: Content = {
      text: s.title,
      style: 'h1',
      headlineLevel: 1,
      color: m.palette.brandText,
      ...(s.newPage && i > 0 ? { pageBreak: 'before' as const } : {}),
    };
    const body = foldTableTitles(s.blocks).map((b) => block(b, m, images));
    const last = body.at(-1);
    if (last) body[body.length - 1] = withoutBottomMargin(last);
    // Short sections (the method note) stay on one page with their heading.
    content.push(
      !s.newPage && s.blocks.length <= 6 && !s.blocks.some((b) => b.kind === 'chart' || b.kind === 'table')
        ? { stack: [heading, ...body], unbreakable: true }
        : { stack: [heading, ...body] },
    );
  });
  const muted = m.palette.muted;
  return {
    pageSize: 'A4',
    // The language (/Lang) for screen readers and hyphenation, and tagged: each page's content is one
    // P element of the structure tree, in reading order (pdf-tagged.ts; pdfmake alone writes none).
    tagged: true,
    language: { en: 'en-GB', nb: 'nb-NO', da: 'da-DK' }[m.lang],
    version: '1.7',
    displayTitle: true,
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: {
      title: `${m.cover.client} – ${m.cover.title} – ${m.cover.wave}`,
      subject: m.cover.kicker,
      creator: 'Touchpoint Studio',
    },
    content,
    // A heading whose next block would start on the next page moves there with it.
    pageBreakBefore: (node, q) =>
      node.headlineLevel === 1 && q.getFollowingNodesOnPage().every((n) => n.headlineLevel === 1),
    header: (page: number) =>
      page === 1
        ? null
        : {
            columns: [
              { text: m.running.header, color: muted, fontSize: 7.5 },
              { canvas: [{ type: 'rect', x: 0, y: 0, w: 28, h: 3, color: m.palette.brand }], width: 28 },
            ],
            margin: [MARGIN.left, 30, MARGIN.right, 0],
          },
    footer: (page: number, pages: number) => {
      onPageCount(pages);
      return {
        columns: [
          { text: m.running.footer, color: muted, fontSize: 7.5 },
          {
            text: m.running.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages)),
            color: muted,
            fontSize: 7.5,
            alignment: 'right',
          },
        ],
        margin: [MARGIN.left, 24, MARGIN.right, 0],
      };
    },
    defaultStyle: { font: REPORT_FONT, fontSize: 9.5, lineHeight: 1.3, color: m.palette.ink },
    styles: {
      coverKicker: { fontSize: 8.5, bold: true, characterSpacing: 1.2, margin: [0, 0, 0, 14] },
      coverClient: { fontSize: 13, margin: [0, 0, 0, 2] },
      coverTitle: { fontSize: 26, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 16] },
      coverMeta: { fontSize: 10 },
      h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      lead: { fontSize: 11.5, bold: true, margin: [0, 6, 0, 2] },
      body: { margin: [0, 0, 0, 6] },
      note: { fontSize: 8, color: muted, margin: [0, 0, 0, 5] },
      kpiLabel: { fontSize: 7.5, bold: true, characterSpacing: 0.6, color: muted },
      kpiValue: { fontSize: 30, bold: true, lineHeight: 1.05, margin: [0, 6, 0, 2] },
      kpiDetail: { fontSize: 8, color: muted, lineHeight: 1.2 },
      th: { fontSize: 8, bold: true, color: muted },
      td: { fontSize: 9, lineHeight: 1.15 },
      tdMuted: { fontSize: 9, lineHeight: 1.15, color: muted, italics: true },
      tdGroup: { fontSize: 7.5, lineHeight: 1.1, bold: true, characterSpacing: 0.6 },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      findingTitle: { fontSize: 10, bold: true, lineHeight: 1.2 },
      findingDetail: { fontSize: 8.5, color: muted, lineHeight: 1.25 },
      quoteGroup: { fontSize: 8, bold: true, characterSpacing: 0.6, margin: [0, 0, 0, 8] },
      quote: { fontSize: 9.5, italics: true, lineHeight: 1.3 },
    },
  };
}
