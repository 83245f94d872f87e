/**
 * The import's own reader of .xlsx and .xlsm workbooks: the few zip entries a table needs
 * (content types, workbook, its relationships, shared strings, styles, the sheets) inflated by Node's
 * zlib, and their XML read by an indexOf scanner, with no DOM and no regular expression per cell.
 *
 * Its output is the SheetJS-based reader's (`workbook.ts`), cell for cell: the same text for numbers,
 * strings (shared, inline, rich text runs, entities and `_xHHHH_` escapes), booleans, errors and dates
 * (a cell whose style's number format is a date or time, the 1904 date system included), the same
 * sheet list and the same rows and columns. Anything it does not know for certain — strict OOXML,
 * prefixed element names, a binary workbook, an unusual part or cell type, a damaged zip — it
 * declines (`XlsxDecline`), and the caller reads the file with SheetJS instead; damaged sheet XML is
 * an `XlsxDamaged` naming the sheet, so the caller can say which sheet when SheetJS cannot read it
 * either.
 */
import type { RawTable } from '../../../shared/import/table';
import { decline } from './xlsx-decline';
import {
  CT_NS,
  CT_SST,
  CT_STYLES,
  CT_WORKBOOK,
  dateStyles,
  REL_WORKSHEET,
  resolveSheetPath,
  sharedStrings,
} from './xlsx-parts';
import type { SheetContext } from './xlsx-sheet';
import { readSheet } from './xlsx-sheet';
import { attributes, tags, unescapeXml } from './xlsx-xml';
import { Zip } from './xlsx-zip';

export { XlsxDamaged, XlsxDecline } from './xlsx-decline';
export { sheetChunk } from './xlsx-sheet';

export type FastWorkbook = {
  sheets: string[];
  /** Reads the named sheets as text tables (missing names are left out). */
  read(names: string[]): Map<string, RawTable>;
};

/** Opens an .xlsx/.xlsm for the fast reader, or declines (`XlsxDecline`). */
export function openFastXlsx(file: string, bytes: Uint8Array): FastWorkbook {
  const zip = new Zip(bytes);
  const ctXml = zip.text('[Content_Types].xml');
  if (ctXml === null) return decline('no content types');
  if (zip.has('META-INF/manifest.xml') || zip.has('Index/Document.iwa')) decline('not an xlsx');
  const types = tags(ctXml, 'Types')[0];
  if (!types || attributes(types).xmlns !== CT_NS) decline('content types namespace');
  let workbookPath: string | null = null;
  let sstPath: string | null = null;
  let stylesPath: string | null = null;
  for (const t of tags(ctXml, 'Override')) {
    const a = attributes(t);
    const part = a.PartName ?? '';
    const type = a.ContentType ?? '';
    if (CT_WORKBOOK.has(type)) workbookPath ??= part;
    else if (type === CT_SST) sstPath ??= part;
    else if (type === CT_STYLES) stylesPath ??= part;
    else if (
      type.includes('spreadsheetml.sheet.binary') ||
      type === 'application/vnd.ms-excel.sheet.binary.macroEnabled.main'
    )
      decline('binary workbook');
  }
  if (workbookPath === null) {
    if (!zip.has('xl/workbook.xml')) decline('no workbook part');
    workbookPath = 'xl/workbook.xml';
  }
  const strip = (p: string) => (p.startsWith('/') ? p.slice(1) : p);
  workbookPath = strip(workbookPath);
  if (!workbookPath.endsWith('.xml')) decline('binary workbook');
  const wbXml = zip.text(workbookPath);
  if (wbXml === null) return decline('workbook part missing');
  if (wbXml.includes('purl.oclc.org/ooxml')) decline('strict OOXML');
  if (/<\w+:workbook\b/.test(wbXml)) decline('prefixed workbook');
  const pr = tags(wbXml, 'workbookPr')[0];
  const d1904 = pr ? attributes(pr).date1904 : undefined;
  const date1904 = d1904 === '1' || d1904 === 'true';
  const sheetTags = tags(wbXml, 'sheet');
  if (sheetTags.length === 0) decline('no sheets');

  const slash = workbookPath.lastIndexOf('/');
  let relsFile = `${workbookPath.slice(0, slash + 1)}_rels/${workbookPath.slice(slash + 1)}.rels`;
  if (!zip.has(relsFile)) relsFile = 'xl/_rels/workbook.xml.rels';
  const relsXml = zip.text(relsFile);
  if (relsXml === null) return decline('no workbook relationships');
  const rels = new Map<string, { target: string; type: string }>();
  for (const t of tags(relsXml, 'Relationship')) {
    const a = attributes(t);
    if (a.TargetMode === 'External') continue;
    rels.set(a.Id ?? '', { target: a.Target ?? '', type: a.Type ?? '' });
  }
  const sheets: { name: string; path: string }[] = [];
  for (const t of sheetTags) {
    const a = attributes(t);
    const rel = rels.get(a.id ?? '');
    if (!rel || rel.type !== REL_WORKSHEET) decline('a sheet that is not a worksheet');
    const path = resolveSheetPath(zip, rel!.target, relsFile);
    if (!path.endsWith('.xml') || !zip.has(path)) decline('sheet part missing');
    sheets.push({ name: unescapeXml(a.name ?? '', false), path });
  }

  let ctx: SheetContext | null = null;
  const context = (): SheetContext => {
    ctx ??= {
      file,
      strings: sharedStrings(sstPath ? zip.text(strip(sstPath)) : null),
      dates: dateStyles(stylesPath ? zip.text(strip(stylesPath)) : null),
      date1904,
    };
    return ctx;
  };

  return {
    sheets: sheets.map((s) => s.name),
    read(names) {
      const c = context();
      const out = new Map<string, RawTable>();
      for (const s of sheets) {
        if (!names.some((n) => n.toLowerCase() === s.name.toLowerCase())) continue;
        const xml = zip.bytesOf(s.path);
        if (xml === null) return decline('sheet part missing');
        out.set(s.name, { sheet: s.name, rows: readSheet(xml, s.name, c) });
      }
      return out;
    },
  };
}
