import { readFileSync } from 'node:fs';

/**
 * The numbers the dashboard and the PDF must show, computed here straight from the CSV (not by the app):
 * mean of a rating column; NPS = 100·(p − d) with its 95 % margin 1.96·100·√((p + d − (p − d)²)/n).
 */
export function expectedFromCsv(path: string, ratingCode: string, npsCode: string) {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  const rows = lines.map((l) => l.split(','));
  const column = (code: string) => {
    const i = cols.indexOf(code);
    if (i < 0) throw new Error(`expectedFromCsv: no column ${code} in ${path}`);
    return rows
      .map((r) => r[i] ?? '')
      .filter((v) => v.trim() !== '')
      .map(Number);
  };
  const rating = column(ratingCode);
  const nps = column(npsCode);
  const n = nps.length;
  const p = nps.filter((v) => v >= 9).length / n;
  const d = nps.filter((v) => v <= 6).length / n;
  return {
    rows: rows.length,
    mean: rating.reduce((a, b) => a + b, 0) / rating.length,
    ratingN: rating.length,
    nps: 100 * (p - d),
    npsN: n,
    margin95: 1.96 * 100 * Math.sqrt((p + d - (p - d) ** 2) / n),
  };
}

/** Formats as the app's locale conventions require (independent of the app's own formatter). */
export function fmt(x: number, locale: string, digits: number, signed = false): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(x);
}
