import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { Content } from 'pdfmake/interfaces';
import { reportText } from '../../../shared/i18n/report';
import type { ReportModel, ReportSection } from '../../../shared/report/types';
import { fontCoverage, pdfFontTable } from './fonts';
import type { ChartImages } from './pdf-document';
import { reportDocument } from './pdf-document';
import { installSharedFonts } from './pdf-shared-fonts';
import { installTaggedPages } from './pdf-tagged';
import { printableDocument } from './pdf-text';
import { renderChartPng } from './rasterise';

// pdfmake 0.3's server build is a CommonJS singleton (`module.exports = new pdfmake()`); require keeps
// its methods bound and typed, where an ESM default import would not type-check against @types/pdfmake.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMake;
installTaggedPages();
installSharedFonts();

/** `droppedGlyphs`: characters no shipped font has (colour emoji), left out instead of boxes. */
export type RenderedPdf = { bytes: Buffer; pages: number; droppedGlyphs: number };

/** Draws every chart block of the model to a PNG data URL (device pixel ratio 2 for print). */
export async function renderChartImages(model: ReportModel, resourcesDir: string): Promise<ChartImages> {
  const images: ChartImages = new Map();
  for (const s of model.sections) {
    for (const b of s.blocks) {
      if (b.kind !== 'chart') continue;
      const png = await renderChartPng(b.spec, {
        width: b.width,
        height: b.height,
        pixelRatio: 2,
        resourcesDir,
      });
      images.set(b.id, `data:image/png;base64,${png.toString('base64')}`);
    }
  }
  return images;
}

/**
 * The page count of each model laid out alone (cover and sections), found by laying them out in one
 * document, each from a new page, without writing a PDF: one document (and one reading of the fonts)
 * for several tries of the summary instead of one each. Each model's pages are where the next one's
 * cover lands less where its own did; a page break before a block starting a page, the layout of
 * every page is the layout the model has alone.
 */
async function pageCounts(
  models: ReportModel[],
  images: ChartImages,
  resourcesDir: string,
): Promise<number[]> {
  let total = 0;
  const docs = models.map((m, i) =>
    reportDocument(m, images, (n) => {
      if (i === 0) total = n;
    }),
  );
  const content = docs.map((d, i) => ({
    stack: d.content as Content[],
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  const doc = printableDocument({ ...docs[0]!, content }, fontCoverage(resourcesDir), { droppedGlyphs: 0 });
  // The pages are laid out once the document is ready; ending it (embedding the font subsets,
  // compressing and writing) is left out, as only the counts are wanted. pdfmake writes each node's
  // positions into the document it is given.
  await pdfmake.createPdf(doc).getStream();
  if (total === 0) throw new Error('renderReportPdf: pdfmake laid out no pages');
  const starts = (doc.content as unknown as { positions?: { pageNumber?: number }[] }[]).map(
    (c) => c.positions?.[0]?.pageNumber ?? Number.NaN,
  );
  return starts.map((p, i) => (i + 1 < starts.length ? starts[i + 1]! : total + 1) - p);
}

/** Lays out a document and returns its bytes and page count. */
async function layout(
  model: ReportModel,
  images: ChartImages,
  resourcesDir: string,
): Promise<{ bytes: Buffer; pages: number; droppedGlyphs: number }> {
  let pages = 0;
  const stats = { droppedGlyphs: 0 };
  const doc = printableDocument(
    reportDocument(model, images, (n) => {
      pages = n;
    }),
    fontCoverage(resourcesDir),
    stats,
  );
  const bytes = await pdfmake.createPdf(doc).getBuffer();
  if (pages === 0) throw new Error('renderReportPdf: pdfmake laid out no pages');
  return { bytes, pages, droppedGlyphs: stats.droppedGlyphs };
}

/**
 * The model with a summary (its first section) that fits on the cover page: laid out alone, and while
 * it runs onto a second page its last finding moves out (the chapters hold them all), with a note.
 */
export async function fitSummary(
  model: ReportModel,
  images: ChartImages,
  resourcesDir: string,
): Promise<ReportModel> {
  // The tries in order, each with the model it gives when its summary fits; `last` when none does.
  // Each round tries the summary, then without the "more in the chapters" note (the first thing to
  // give up: the chapters follow anyway), then takes a finding out.
  const tries: { summary: ReportModel; result: ReportModel }[] = [];
  let last = model;
  for (let round = 0; round < 12; round++) {
    const first = last.sections[0];
    if (!first) break;
    tries.push({ summary: { ...last, sections: [first] }, result: last });
    const more = reportText(last.lang, 'summaryMore');
    const bare = { ...first, blocks: first.blocks.filter((b) => !(b.kind === 'text' && b.text === more)) };
    if (bare.blocks.length < first.blocks.length)
      tries.push({
        summary: { ...last, sections: [bare] },
        result: { ...last, sections: [bare, ...last.sections.slice(1)] },
      });
    const trimmed = trimSummary(first, last.lang);
    if (!trimmed) break;
    last = { ...last, sections: [trimmed, ...last.sections.slice(1)] };
  }
  // Laid out a few at a time: the first try mostly fits, or one of the next few.
  for (let at = 0; at < tries.length; at += SUMMARY_BATCH) {
    const batch = tries.slice(at, at + SUMMARY_BATCH);
    const pages = await pageCounts(
      batch.map((t) => t.summary),
      images,
      resourcesDir,
    );
    const fits = pages.findIndex((p) => p <= 1);
    if (fits >= 0) return batch[fits]!.result;
  }
  return last;
}

/** Tries of the summary laid out in one document. */
const SUMMARY_BATCH = 4;

/**
 * The summary less one finding, taken from the longest list (ties: the earlier one), so both what
 * changed and what to fix first keep their most important items; an emptied list goes with its lead.
 * Null when no finding is left.
 */
function trimSummary(s: ReportSection, lang: ReportModel['lang']): ReportSection | null {
  const blocks = [...s.blocks];
  let i = -1;
  blocks.forEach((b, j) => {
    const best = blocks[i];
    if (b.kind === 'findings' && (best?.kind !== 'findings' || b.items.length > best.items.length)) i = j;
  });
  const list = blocks[i];
  if (i < 0 || list?.kind !== 'findings') return null;
  const items = list.items.slice(0, -1);
  if (items.length > 0) blocks[i] = { ...list, items };
  else {
    blocks.splice(i, 1);
    if (blocks[i - 1]?.kind === 'text') blocks.splice(i - 1, 1);
  }
  const more = reportText(lang, 'summaryMore');
  if (!blocks.some((b) => b.kind === 'text' && b.text === more))
    blocks.push({ kind: 'text', text: more, style: 'note' });
  return { ...s, blocks };
}

/** Lays out the report model with pdfmake 0.3 (server API) and returns the PDF bytes and page count. */
export async function renderReportPdf(model: ReportModel, resourcesDir: string): Promise<RenderedPdf> {
  const fontsDir = resolve(resourcesDir, 'fonts') + sep;
  // Reports are built from study data only: no fetching from the network, no files but our fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => resolve(path).startsWith(fontsDir));
  pdfmake.setFonts(pdfFontTable(resourcesDir));
  const images = await renderChartImages(model, resourcesDir);
  return layout(await fitSummary(model, images, resourcesDir), images, resourcesDir);
}
