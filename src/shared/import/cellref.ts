/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The place of a cell as a user finds it in the spreadsheet program: `Sheet1!D17`, or for a text file
 * `file.csv!D17` (rows and columns 0-based here, 1-based and lettered in the reference).
 */
export function cellRef(sheet: string, row: number, col: number): string {
  const name = /^[A-Za-z0-9_.-]+$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  return `${name}!${columnLetter(col)}${row + 1}`;
}
