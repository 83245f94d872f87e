import type { CanvasElement, Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { Finding, QuoteGroup, ReportModel } from '../../../shared/report/types';

/** The marker of a finding, drawn (not a glyph: the report font has no reliable arrows). */
function marker(kind: Finding['marker'], m: ReportModel): CanvasElement[] {
  const up = m.palette.brandGraphic;
  const down = m.palette.nps.detractors;
  switch (kind) {
    case 'up':
      return [
        {
          type: 'polyline',
          closePath: true,
          color: up,
          lineColor: up,
          points: [
            { x: 0, y: 10 },
            { x: 5, y: 2 },
            { x: 10, y: 10 },
          ],
        },
      ];
    case 'down':
      return [
        {
          type: 'polyline',
          closePath: true,
          color: down,
          lineColor: down,
          points: [
            { x: 0, y: 2 },
            { x: 10, y: 2 },
            { x: 5, y: 10 },
          ],
        },
      ];
    case 'priority':
      return [{ type: 'ellipse', x: 5, y: 6, r1: 4.5, r2: 4.5, color: down, lineColor: down }];
    case 'neutral':
      return [{ type: 'rect', x: 1, y: 5, w: 8, h: 2, color: m.palette.muted }];
  }
}

/** Findings as a list: a drawn marker, a one-line statement and its evidence in small type. */
export function findings(items: Finding[], m: ReportModel): Content {
  const body: TableCell[][] = items.map((f) => [
    { canvas: marker(f.marker, m), margin: [0, 3, 0, 0] },
    {
      stack: [
        { text: f.title, style: 'findingTitle' },
        { text: f.detail, style: 'findingDetail' },
      ],
    },
  ]);
  return {
    table: { widths: [12, '*'], body, dontBreakRows: true },
    layout: {
      hLineWidth: (i: number, node) => (i === 0 || i === node.table.body.length ? 0 : 0.4),
      hLineColor: () => m.palette.grid,
      vLineWidth: () => 0,
      paddingLeft: (i: number) => (i === 0 ? 0 : 6),
      paddingRight: () => 0,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    } satisfies CustomTableLayout,
    margin: [0, 2, 0, 8],
  };
}

function toneColor(tone: QuoteGroup['tone'], m: ReportModel): string {
  return tone === 'promoters'
    ? m.palette.nps.promoters
    : tone === 'detractors'
      ? m.palette.nps.detractors
      : m.palette.muted;
}

function quoteColumn(g: QuoteGroup, m: ReportModel): Content {
  const color = toneColor(g.tone, m);
  const quotes: Content[] = g.quotes.map((q) => ({
    table: { widths: ['*'], body: [[{ text: q, style: 'quote' }]], dontBreakRows: true },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 ? 2.5 : 0),
      vLineColor: () => color,
      paddingLeft: () => 9,
      paddingRight: () => 0,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    } satisfies CustomTableLayout,
    margin: [0, 0, 0, 10],
  }));
  return {
    stack: [
      { text: g.title.toLocaleUpperCase(), style: 'quoteGroup', color },
      ...(g.note ? [{ text: g.note, style: 'note' }] : quotes),
    ],
  };
}

/** Comment groups side by side (promoters | detractors), each quote under its group's colour. */
export function quotes(groups: QuoteGroup[], m: ReportModel): Content {
  return { columns: groups.map((g) => quoteColumn(g, m)), columnGap: 22, margin: [0, 6, 0, 10] };
}
