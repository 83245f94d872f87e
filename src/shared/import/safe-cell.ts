/**
 * Text that a spreadsheet program would read as a formula (= + - @, or a leading tab or carriage
 * return that some programs strip first) gets a leading apostrophe in every xlsx and csv the app
 * writes, so a respondent's answer "=HYPERLINK(...)" stays text. Numbers stay numbers.
 */
export function safeCell<T>(v: T): T | string {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** safeCell over every cell of a sheet's rows. */
export function safeRows<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map((r) => r.map(safeCell));
}
