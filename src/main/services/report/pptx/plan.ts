import type { Language } from '../../../../shared/domain/language';
import { NO_VALUE } from '../../../../shared/format';
import type {
  Finding,
  Kpi,
  QuoteGroup,
  ReportBlock,
  ReportModel,
  ReportSection,
  TableColumn,
  TableRow,
} from '../../../../shared/report/types';
import { deckText } from './deck-text';
import type { NativeBar, NativeChart } from './native-chart';
import { nativeChart, pageBars } from './native-chart';
import { columnWidths, CONTENT, TABLE_CHARS_PER_INCH } from './layout';

/**
 * The deck as a list of slide plans, from the report model alone: every figure, suppression mark and
 * caption the PDF prints, cut into slide-sized pieces (long charts and tables continue on the next
 * slide, text is split between paragraphs). Pure, so the pagination is tested without PowerPoint.
 */

export type FindingGroup = { title: string; items: Finding[]; texts: string[] };

export type SlideBody =
  | { kind: 'chart'; chart: NativeChart }
  | { kind: 'table'; columns: TableColumn[]; rows: TableRow[] }
  | { kind: 'kpis'; items: Kpi[]; nps: NativeBar | null; npsTitle: string | null }
  | { kind: 'findings'; groups: FindingGroup[] }
  | { kind: 'quotes'; groups: QuoteGroup[] }
  | { kind: 'text'; paragraphs: string[] };

export type SlidePlan = {
  section: string;
  title: string;
  subtitle: string | null;
  body: SlideBody;
  /** Small print under the body: the captions and notes the PDF prints beside the figure. */
  caption: string | null;
  notes: string[];
};

/** Categories per chart slide and the longest category label before it is shortened. */
export const BARS_PER_SLIDE = 20;
export const LABEL_MAX = 60;
/** Table height budget in lines of 11 pt (a row of one line costs 1, each wrapped line 0.7 more). */
const TABLE_LINES = 19;
const TEXT_CHARS_PER_SLIDE = 2400;

function shorten(text: string, max = LABEL_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Rough line count of `text` in a column of `chars` characters. */
export function lineCount(text: string, chars: number): number {
  return text.split('\n').reduce((sum, p) => sum + Math.max(1, Math.ceil(p.length / chars)), 0);
}

/** Breaks long unbreakable runs (URLs) with zero-width spaces so a text box can wrap them. */
export function breakable(text: string): string {
  return text.replace(/\S{30,}/g, (run) =>
    run.replace(/([/?&=._-])/g, '$1\u200b').replace(/(\S{24})/g, '$1\u200b'),
  );
}

function withPages(plans: SlidePlan[], lang: Language): SlidePlan[] {
  if (plans.length < 2) return plans;
  return plans.map((p, i) => ({
    ...p,
    title: `${p.title} ${deckText(lang, 'continued', { page: i + 1, pages: plans.length })}`,
  }));
}

/** The column of a table that holds the base (n), or -1. */
function nColumn(columns: TableColumn[]): number {
  return columns.findIndex((c) => c.label.trim().toLowerCase() === 'n');
}

/** Speaker notes of a table: its bases (n per row) and what it does not show. */
function tableNotes(columns: TableColumn[], rows: TableRow[], k: number, lang: Language): string[] {
  const notes: string[] = [];
  const ni = nColumn(columns);
  const data = rows.filter((r) => r.kind === 'data');
  if (ni >= 0 && data.length > 0)
    notes.push(
      deckText(lang, 'notesBases', { list: data.map((r) => `${r.cells[0]} ${r.cells[ni]}`).join('; ') }),
    );
  const hidden = rows.filter((r) => r.kind === 'suppressed').map((r) => r.cells[0] ?? '');
  if (hidden.length > 0) notes.push(deckText(lang, 'notesSuppressed', { k, list: hidden.join('; ') }));
  if (rows.some((r) => r.cells.slice(1).includes(NO_VALUE)))
    notes.push(deckText(lang, 'notesNoValue', { mark: NO_VALUE }));
  return notes;
}

function chartNotes(chart: NativeChart, lang: Language): string[] {
  const notes = [deckText(lang, 'notesEditable')];
  if (chart.kind !== 'bar') return notes;
  const long = chart.labels.filter((l) => l.length > LABEL_MAX);
  if (long.length > 0) notes.push(deckText(lang, 'notesFullNames', { list: long.join('; ') }));
  if (chart.intervals) {
    const list = chart.labels.flatMap((l, i) => {
      const c = chart.intervals?.[i];
      return c ? [`${l} ${c[0].toFixed(1)} … ${c[1].toFixed(1)}`] : [];
    });
    if (list.length > 0) notes.push(deckText(lang, 'notesIntervals', { list: list.join('; ') }));
  }
  return notes;
}

function tablePages(columns: TableColumn[], rows: TableRow[]): TableRow[][] {
  // Characters per line of each column, from the widths the slide gives it.
  const chars = columnWidths(columns, CONTENT.w).map((w) =>
    Math.max(4, Math.floor((w - 0.16) * TABLE_CHARS_PER_INCH)),
  );
  const costs = rows.map((r) => {
    const lines = Math.max(...r.cells.map((c, i) => lineCount(c, chars[i] ?? 18)));
    return 1 + (lines - 1) * 0.7;
  });
  const total = costs.reduce((a, b) => a + b, 0);
  // Even pages: 19 rows make 10 + 9, not 17 + 2.
  const budget = Math.min(TABLE_LINES, Math.ceil(total / Math.ceil(total / TABLE_LINES)) + 0.5);
  const pages: TableRow[][] = [];
  let page: TableRow[] = [];
  let used = 0;
  rows.forEach((r, i) => {
    const cost = costs[i]!;
    // A stage heading never ends a page: it moves over with the rows it heads.
    if (page.length > 0 && used + cost > budget) {
      const last = page.at(-1);
      const carry = last?.kind === 'group' ? [page.pop()!] : [];
      pages.push(page);
      page = carry;
      used = carry.length;
    }
    page.push(r);
    used += cost;
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

function textPages(paragraphs: string[]): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    if (page.length > 0 && used + p.length > TEXT_CHARS_PER_SLIDE) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(p);
    used += p.length + 80;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function quotePages(groups: QuoteGroup[]): QuoteGroup[][] {
  // A column holds about 22 lines of 11 pt at 75 characters; each quote adds a line of space.
  const budget = 20;
  const cost = (q: string) => lineCount(q, 66) + 0.6;
  const split = groups.map((g) => {
    const chunks: string[][] = [];
    let chunk: string[] = [];
    let used = 0;
    for (const q of g.quotes) {
      if (chunk.length > 0 && used + cost(q) > budget) {
        chunks.push(chunk);
        chunk = [];
        used = 0;
      }
      chunk.push(q);
      used += cost(q);
    }
    chunks.push(chunk);
    return chunks;
  });
  const count = Math.max(1, ...split.map((s) => s.length));
  return Array.from({ length: count }, (_, i) =>
    groups.map((g, j) => ({ ...g, quotes: split[j]![i] ?? [], note: i === 0 ? g.note : null })),
  );
}

function overviewPlans(s: ReportSection, lang: Language): SlidePlan[] {
  let kpis: Kpi[] = [];
  let nps: NativeBar | null = null;
  let npsTitle: string | null = null;
  const captions: string[] = [];
  const groups: FindingGroup[] = [];
  let lead: string | null = null;
  for (const b of s.blocks) {
    if (b.kind === 'kpis' && kpis.length === 0) kpis = b.items;
    else if (b.kind === 'kpis')
      groups.push({
        title: lead ?? '',
        items: [],
        texts: b.items.map((k) => `${k.label}: ${k.value} · ${k.detail}`),
      });
    else if (b.kind === 'chart' && b.id === 'nps') {
      const c = nativeChart(b.spec);
      if (c.kind === 'bar') nps = c;
      npsTitle = b.alt;
      lead = null;
    } else if (b.kind === 'text' && b.style === 'lead') {
      lead = b.text;
      if (groups.length > 0 || nps) groups.push({ title: b.text, items: [], texts: [] });
    } else if (b.kind === 'findings') {
      const g = groups.at(-1);
      if (g) g.items.push(...b.items);
      else groups.push({ title: lead ?? '', items: b.items, texts: [] });
    } else if (b.kind === 'text') {
      const g = groups.at(-1);
      if (g) g.texts.push(b.text);
      else captions.push(b.text);
    }
  }
  const plans: SlidePlan[] = [
    {
      section: s.id,
      title: s.title,
      subtitle: null,
      body: { kind: 'kpis', items: kpis, nps, npsTitle },
      caption: captions.join(' · ') || null,
      notes: [...captions],
    },
  ];
  const filled = groups.filter((g) => g.items.length > 0 || g.texts.length > 0);
  if (filled.length > 0) {
    plans.push({
      section: s.id,
      title: deckText(lang, 'summary'),
      subtitle: null,
      body: { kind: 'findings', groups: filled },
      caption: null,
      notes: filled.flatMap((g) => [g.title, ...g.items.map((f) => `${f.title}: ${f.detail}`), ...g.texts]),
    });
  }
  return plans;
}

function sectionPlans(s: ReportSection, k: number, lang: Language): SlidePlan[] {
  if (s.id === 'overview') return overviewPlans(s, lang);
  const plans: SlidePlan[] = [];
  let pending: string[] = [];
  let lead: string | null = null;
  let last: SlidePlan[] = [];
  const open = (pages: SlidePlan[]) => {
    plans.push(...pages);
    last = pages;
    pending = [];
    lead = null;
  };
  const captionLast = (text: string) => {
    for (const p of last) {
      p.caption = p.caption ? `${p.caption} ${text}` : text;
      p.notes.push(text);
    }
  };
  const visual = (b: ReportBlock): void => {
    const title = (b.kind === 'table' ? b.title : undefined) ?? lead ?? s.title;
    const subtitle = pending.join(' ') || null;
    const base = { section: s.id, title, subtitle, caption: null };
    if (b.kind === 'chart') {
      const chart = nativeChart(b.spec);
      const pages = chart.kind === 'bar' ? pageBars(chart, BARS_PER_SLIDE) : [chart];
      open(
        pages.map((c) => ({
          ...base,
          body: {
            kind: 'chart' as const,
            chart: c.kind === 'bar' ? { ...c, labels: c.labels.map((l) => shorten(l)) } : c,
          },
          notes: [b.alt, ...(subtitle ? [subtitle] : []), ...chartNotes(c, lang)],
        })),
      );
      // The bases of a chart are in the table of its section (the touchpoints' n).
      const table = s.blocks.find((x) => x.kind === 'table' && nColumn(x.columns) >= 0);
      if (table && table.kind === 'table')
        for (const p of last) p.notes.push(...tableNotes(table.columns, table.rows, k, lang));
    } else if (b.kind === 'table') {
      const notes = tableNotes(b.columns, b.rows, k, lang);
      open(
        tablePages(b.columns, b.rows).map((rows) => ({
          ...base,
          body: { kind: 'table' as const, columns: b.columns, rows },
          caption: b.note,
          notes: [...(subtitle ? [subtitle] : []), ...(b.note ? [b.note] : []), ...notes],
        })),
      );
    } else if (b.kind === 'quotes') {
      const pages = quotePages(b.groups);
      open(
        pages.map((groups) => ({
          ...base,
          body: { kind: 'quotes' as const, groups },
          notes: [
            ...(subtitle ? [subtitle] : []),
            ...b.groups.flatMap((g) => (g.note ? [g.note] : [g.title])),
          ],
        })),
      );
    }
  };
  for (const b of s.blocks) {
    if (b.kind === 'text') {
      if (b.style === 'lead' || b.style === 'h2') {
        if (lead) pending.unshift(lead);
        lead = b.text;
      } else if (b.style === 'note' && last.length > 0 && pending.length === 0 && !lead) captionLast(b.text);
      else pending.push(b.text);
    } else if (b.kind === 'chart' || b.kind === 'table' || b.kind === 'quotes') visual(b);
    else if (b.kind === 'findings') pending.push(...b.items.map((f) => `${f.title}: ${f.detail}`));
    else pending.push(...b.items.map((x) => `${x.label}: ${x.value} (${x.detail})`));
  }
  const rest = [...(lead ? [lead] : []), ...pending];
  if (rest.length > 0) {
    if (plans.length === 0 || rest.join(' ').length > 400) {
      const pages = textPages(rest).map((paragraphs) => ({
        section: s.id,
        title: s.title,
        subtitle: null,
        body: { kind: 'text' as const, paragraphs },
        caption: null,
        notes: [],
      }));
      plans.push(...pages);
    } else captionLast(rest.join(' '));
  }
  return plans;
}

/** Every slide after the title slide, in the report's order. */
export function planDeck(model: ReportModel, k: number): SlidePlan[] {
  const plans = model.sections.flatMap((s) => sectionPlans(s, k, model.lang));
  // Slides of one title in a row (a chart or table split to fit, or a chapter the report already
  // split into page-sized parts) are numbered "(1/3)" in their title.
  const same = (a: SlidePlan, b: SlidePlan) =>
    a.section === b.section && a.title === b.title && a.body.kind === b.body.kind;
  const out: SlidePlan[] = [];
  for (let i = 0; i < plans.length;) {
    let j = i + 1;
    while (j < plans.length && same(plans[j]!, plans[i]!)) j++;
    out.push(...withPages(plans.slice(i, j), model.lang));
    i = j;
  }
  return out;
}
