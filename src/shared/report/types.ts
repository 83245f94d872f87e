import type { ChangeChartConfig } from '../charts/change';
import type { DriversChartConfig } from '../charts/drivers';
import type { ImportanceMapChartConfig } from '../charts/importance-map';
import type { NpsChartConfig } from '../charts/nps';
import type { UnitsChartConfig } from '../charts/units';
import type { Palette } from '../charts/palette';
import type { TouchpointChartConfig } from '../charts/touchpoint';
import type { TrendChartConfig } from '../charts/trend';
import type { Language } from '../domain/language';

/**
 * The client report as plain data: every number already formatted for the language, every chart a
 * JSON chart.js spec. Renderers (pdfmake today; perhaps HTML preview later) only lay it out.
 * New report parts add a block kind or a section, never logic in a renderer.
 */

export type ChartSpec =
  | TouchpointChartConfig
  | NpsChartConfig
  | ImportanceMapChartConfig
  | DriversChartConfig
  | UnitsChartConfig
  | ChangeChartConfig
  | TrendChartConfig;

/** A headline figure on the overview page. */
export type Kpi = { label: string; value: string; detail: string; suppressed: boolean };

export type ChartBlock = {
  kind: 'chart';
  id: string;
  spec: ChartSpec;
  /** Size in CSS pixels the spec was designed for; the renderer scales it to the page width. */
  width: number;
  height: number;
  /** A one-line description: alt text, and what the PDF shows if a chart cannot be drawn. */
  alt: string;
};

export type TableColumn = {
  label: string;
  align: 'left' | 'right';
  /** relative width; `*` fills */ width: number | '*';
};
export type TableRow = { cells: string[]; kind: 'data' | 'group' | 'suppressed' };
export type TableBlock = {
  kind: 'table';
  id: string;
  /** A heading kept on the same page as a short table. */
  title?: string;
  columns: TableColumn[];
  rows: TableRow[];
  note: string | null;
};

export type TextBlock = { kind: 'text'; text: string; style: 'lead' | 'body' | 'note' | 'h2' };

export type KpiBlock = { kind: 'kpis'; items: Kpi[] };

/** Short statements with a coloured marker: what changed (up/down), what to fix first (priority). */
export type Finding = { marker: 'up' | 'down' | 'priority' | 'neutral'; title: string; detail: string };
export type FindingsBlock = { kind: 'findings'; items: Finding[] };

/** Respondents' comments in groups, side by side; a group under k carries only its `note`. */
export type QuoteGroup = {
  title: string;
  tone: 'promoters' | 'passives' | 'detractors';
  quotes: string[];
  note: string | null;
};
export type QuotesBlock = { kind: 'quotes'; groups: QuoteGroup[] };

export type ReportBlock = ChartBlock | TableBlock | TextBlock | KpiBlock | FindingsBlock | QuotesBlock;

export type ReportSection = {
  id: string;
  title: string;
  /** Start the section on a new page (the chapters); short notes follow on. */
  newPage: boolean;
  blocks: ReportBlock[];
};

export type ReportModel = {
  lang: Language;
  /** What the maker should know before handing the report over (missing translations …), in English. */
  warnings: string[];
  palette: Palette;
  cover: {
    kicker: string;
    client: string;
    title: string;
    wave: string;
    preparedBy: string | null;
    date: string;
    /** The consultancy's logo as a PNG or JPEG data URL (an SVG logo already drawn to PNG). */
    logo?: string | null;
    /** The branding's accent colour (#rrggbb), a rule on the cover. */
    accent?: string | null;
  };
  sections: ReportSection[];
  /** Running header and footer texts; `pageOf` keeps `{page}`/`{pages}` for the renderer to fill. */
  running: { header: string; footer: string; pageOf: string };
};
