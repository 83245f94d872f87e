import { createRequire } from 'node:module';

/**
 * One reading of each report font per process instead of one per document. pdfkit parses a font
 * file afresh for every document (fontkit decodes its tables as they are first read: the glyph
 * metrics, the character map, the substitution and positioning lookups) and shapes every word again
 * in each. A report lays itself out more than once (the page counts of the summary's tries, then the
 * file itself), and the app writes many reports in one session.
 *
 * So the first document to use a face keeps its parsed font and its cache of shaped words for the
 * process; a later document's copy of that face is given them. What stays per document is what
 * pdfkit writes into the file: the subset of glyphs it embeds, their widths and code points. A shaped
 * word is the font's glyphs and positions at 1000 units per em, whatever the document.
 *
 * pdfmake's Printer constructs `require('./PDFDocument').default`; the subclass is put there once,
 * over whatever is there already (pdf-tagged.ts).
 */

/** The parts of pdfkit's embedded font that this touches. */
type EmbeddedFont = {
  font: { createSubset(): unknown };
  subset: unknown;
  layoutCache?: Record<string, unknown>;
};
type PdfMakeDocument = {
  getFontFile(familyName: string, bold: boolean, italics: boolean): unknown;
  provideFont(familyName: string, bold: boolean, italics: boolean): unknown;
};
type DocumentClass = new (...args: never[]) => PdfMakeDocument;

const pdfDocumentModule = createRequire(import.meta.url)('pdfmake/js/PDFDocument') as {
  default: DocumentClass;
};

/** Shaped words kept per face before the cache starts again (comments bring many distinct words). */
const MAX_WORDS = 50_000;

type Shared = { font: EmbeddedFont['font']; words: Record<string, unknown> };
const shared = new Map<string, Shared>();
/** Faces already given theirs: one file serves several styles (the fallback faces), opened once. */
const given = new WeakSet<EmbeddedFont>();

const isEmbedded = (f: unknown): f is EmbeddedFont =>
  typeof f === 'object' && f !== null && 'font' in f && 'subset' in f;

/** Gives a face just opened by a document the process's parsed font and shaped words for its file. */
function share(file: string, f: EmbeddedFont): void {
  if (given.has(f)) return;
  given.add(f);
  const known = shared.get(file);
  if (!known) {
    shared.set(file, { font: f.font, words: f.layoutCache ?? Object.create(null) });
    if (f.layoutCache) f.layoutCache = shared.get(file)!.words;
    return;
  }
  f.font = known.font;
  f.subset = known.font.createSubset();
  if (f.layoutCache) {
    if (Object.keys(known.words).length > MAX_WORDS)
      known.words = Object.create(null) as Record<string, unknown>;
    f.layoutCache = known.words;
  }
}

let installed = false;

export function installSharedFonts(): void {
  if (installed) return;
  installed = true;
  const Base = pdfDocumentModule.default;
  class SharedFonts extends Base {
    override provideFont(familyName: string, bold: boolean, italics: boolean): unknown {
      const font = super.provideFont(familyName, bold, italics);
      const file = this.getFontFile(familyName, bold, italics);
      if (typeof file === 'string' && isEmbedded(font)) share(file, font);
      return font;
    }
  }
  pdfDocumentModule.default = SharedFonts;
}

/** The font files whose parsed faces this process keeps (for tests). */
export function sharedFontFiles(): string[] {
  return [...shared.keys()];
}
