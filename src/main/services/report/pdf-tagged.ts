import { createRequire } from 'node:module';

/**
 * A tagged PDF from pdfmake 0.3. pdfmake passes `tagged` and `language` on to pdfkit (so the file is
 * marked as tagged and carries /Lang), but its renderer never opens a structure element, which
 * would leave assistive technology an empty structure tree: nothing to read. This subclass of
 * pdfmake's pdfkit document wraps each page's content in one marked-content sequence, a P element
 * of a Document element, in the order pdfmake writes it, so a screen reader reads every page's text
 * (headings and tables are not told apart: pdfmake keeps that knowledge in its layout).
 *
 * pdfmake's Printer constructs `require('./PDFDocument').default` when it makes a document, so the
 * subclass is put there once; it behaves exactly as before unless the document asks for `tagged`.
 */
type StructContent = object;
type StructElement = { add(child: StructElement | StructContent): StructElement; end(): void };
type PdfKitDocument = {
  options: { tagged?: boolean };
  page?: { markings: unknown[] };
  struct(type: string, options?: object, children?: (StructElement | StructContent)[]): StructElement;
  addStructure(element: StructElement): PdfKitDocument;
  markStructureContent(tag: string, options?: object): StructContent;
  endMarkedContent(): PdfKitDocument;
  addPage(options?: unknown): PdfKitDocument;
  end(): void;
};
type DocumentClass = new (...args: unknown[]) => PdfKitDocument;

const pdfDocumentModule = createRequire(import.meta.url)('pdfmake/js/PDFDocument') as {
  default: DocumentClass;
};
let installed = false;

export function installTaggedPages(): void {
  if (installed) return;
  installed = true;
  const Base = pdfDocumentModule.default;
  class TaggedPages extends Base {
    private root: StructElement | null = null;
    private open = false;

    private closePage(): void {
      if (this.open) this.endMarkedContent();
      this.open = false;
    }

    override addPage(options?: unknown): PdfKitDocument {
      this.closePage();
      const doc = super.addPage(options);
      if (this.options.tagged) {
        if (!this.root) {
          this.root = this.struct('Document');
          this.addStructure(this.root);
        }
        this.root.add(this.struct('P', {}, [this.markStructureContent('P')]));
        this.open = true;
      }
      return doc;
    }

    override end(): void {
      this.closePage();
      this.root?.end();
      super.end();
    }
  }
  pdfDocumentModule.default = TaggedPages;
}
