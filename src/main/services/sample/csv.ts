/**
 * RFC 4180 CSV for the sample's own response files. The sample must build without the import
 * service (which handles real survey-tool quirks); this covers what our generator writes: commas,
 * quotes and line breaks inside quoted fields, LF or CRLF records, an optional UTF-8 BOM.
 */

/** Parses CSV text into records of fields. A trailing line break does not make an empty record. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
      fieldStarted = true;
    } else if (c === '\n' || c === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      if (c === '\r' && src[i + 1] === '\n') i++;
    } else {
      field += c;
      fieldStarted = true;
    }
    i++;
  }
  if (quoted) throw new Error('parseCsv: a quoted field is not closed before the end of the file');
  if (fieldStarted || field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function quote(field: string): string {
  return `"${field.replaceAll('"', '""')}"`;
}

/**
 * Formats records as CSV with LF line ends (commit-friendly). Fields are quoted when they need it,
 * and always in the columns listed in `alwaysQuote` (survey tools quote every open-text answer).
 */
export function formatCsv(
  records: readonly (readonly string[])[],
  alwaysQuote: ReadonlySet<number> = new Set(),
): string {
  return records
    .map((r) =>
      r
        .map((f, col) => {
          if (alwaysQuote.has(col) && f !== '') return quote(f);
          return /[",\r\n]/.test(f) ? quote(f) : f;
        })
        .join(','),
    )
    .map((line) => `${line}\n`)
    .join('');
}
