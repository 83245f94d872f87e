import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { ReportModel } from '../../../shared/report/types';
import { REPORT_FONT, reportFontFiles } from './fonts';
import type { ChartImages } from './pdf-document';
import { reportDocument } from './pdf-document';
import { renderChartPng } from './rasterise';

// pdfmake 0.3's server build is a CommonJS singleton (`module.exports = new pdfmake()`); require keeps
// its methods bound and typed, where an ESM default import would not type-check against @types/pdfmake.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMake;

export type RenderedPdf = { bytes: Buffer; pages: number };

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

/** Lays out the report model with pdfmake 0.3 (server API) and returns the PDF bytes and page count. */
export async function renderReportPdf(model: ReportModel, resourcesDir: string): Promise<RenderedPdf> {
  const fonts = reportFontFiles(resourcesDir);
  const fontsDir = resolve(resourcesDir, 'fonts') + sep;
  // Reports are built from study data only: no fetching from the network, no files but our fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => resolve(path).startsWith(fontsDir));
  pdfmake.setFonts({ [REPORT_FONT]: fonts });
  const images = await renderChartImages(model, resourcesDir);
  let pages = 0;
  const doc = reportDocument(model, images, (n) => {
    pages = n;
  });
  const bytes = await pdfmake.createPdf(doc).getBuffer();
  if (pages === 0) throw new Error('renderReportPdf: pdfmake laid out no pages');
  return { bytes, pages };
}
