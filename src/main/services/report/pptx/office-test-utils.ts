import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';

/** Test helpers: read an Office file's zip parts, and convert it with LibreOffice when installed. */

/** Every part of an OOXML zip (pptx, xlsx) by its path, as text. */
type ZipEntry = { type: number; content?: Uint8Array };
type ZipContainer = { FileIndex: ZipEntry[]; FullPaths: string[] };
// SheetJS bundles its zip reader (CFB) and types it loosely; this is the part the tests read.
const zip = XLSX.CFB as { read(data: Buffer, opts: { type: 'buffer' }): ZipContainer };

export function zipParts(bytes: Buffer | Uint8Array): Map<string, string> {
  const cfb = zip.read(Buffer.from(bytes), { type: 'buffer' });
  const parts = new Map<string, string>();
  cfb.FileIndex.forEach((entry, i) => {
    if (entry.type !== 2 || !entry.content) return;
    const path = (cfb.FullPaths[i] ?? '').replace(/^Root Entry\//, '');
    parts.set(path, Buffer.from(entry.content).toString('utf8'));
  });
  return parts;
}

/** The text runs (<a:t>) of an DrawingML part, XML entities decoded. */
export function textRuns(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}

export function hasSoffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts `bytes` (named `name`) with LibreOffice headless to `format` and returns the output file's
 * path. A private profile directory keeps parallel runs from fighting over one LibreOffice profile.
 */
export function sofficeConvert(bytes: Buffer, name: string, format: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tp-office-'));
  const input = join(dir, name);
  writeFileSync(input, bytes);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      dir,
      input,
    ],
    { stdio: 'ignore', timeout: 90_000 },
  );
  const out = join(dir, name.replace(/\.[^.]+$/, `.${format.split(':')[0]}`));
  readFileSync(out); // throws when LibreOffice wrote nothing
  return out;
}
