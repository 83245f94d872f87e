/** How the fast .xlsx reader (xlsx-fast.ts) says it cannot read a file, or a sheet is damaged. */

/** The fast reader cannot read this file for certain: read it with SheetJS. */
export class XlsxDecline extends Error {}

/** A sheet's XML is damaged: the message says where. */
export class XlsxDamaged extends Error {
  constructor(
    readonly sheet: string,
    reason: string,
  ) {
    super(reason);
  }
}

export const decline = (why: string): never => {
  throw new XlsxDecline(why);
};
