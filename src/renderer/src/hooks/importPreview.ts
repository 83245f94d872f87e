import { useCallback, useRef, useState } from 'react';
import type { ImportOptions, ImportPreview } from '../../../shared/api/import';
import type { FileBytes } from '../../../shared/api/study';
import type { DateRule } from '../../../shared/import/dates';
import type { RecodeTable } from '../../../shared/import/recode';
import { useApi } from './useApi';

export type Delimiter = NonNullable<ImportOptions['delimiter']>;

/** What the consultant changed in the wizard; everything else is the service's detection. */
export type ImportChoices = {
  sheet?: string | undefined;
  headerRow?: number | undefined;
  headerRows?: number | undefined;
  delimiter?: Delimiter | undefined;
  profile?: string | undefined;
  /** Column index → question code, or null to leave the column out. */
  mapping: Record<number, string | null>;
  recodes: Record<string, RecodeTable>;
  /** Column index → the role and scale ends set by hand for the question created from it. */
  corrections?: Record<number, Correction> | undefined;
  /** Column index → the rule its dates are read by, where they fit more than one. */
  dateRules?: Record<number, DateRule> | undefined;
  createQuestions: boolean;
  keepPersonal: boolean;
  /** Keep the tool's preview and test responses (left out by default). */
  keepTestResponses?: boolean | undefined;
};

export type Correction = Omit<NonNullable<ImportOptions['corrections']>[number], 'column'>;

export const NO_CHOICES: ImportChoices = {
  mapping: {},
  recodes: {},
  createQuestions: false,
  keepPersonal: false,
};

/** The options the API wants, with only what was set. */
export function toOptions(c: ImportChoices): ImportOptions {
  const mapping = Object.entries(c.mapping).map(([column, questionCode]) => ({
    column: Number(column),
    questionCode,
  }));
  return {
    ...(c.sheet !== undefined ? { sheet: c.sheet } : {}),
    ...(c.headerRow !== undefined ? { headerRow: c.headerRow } : {}),
    ...(c.headerRows !== undefined ? { headerRows: c.headerRows } : {}),
    ...(c.delimiter !== undefined ? { delimiter: c.delimiter } : {}),
    ...(c.profile !== undefined ? { profile: c.profile } : {}),
    ...(mapping.length > 0 ? { mapping } : {}),
    ...(Object.keys(c.recodes).length > 0 ? { recodes: c.recodes } : {}),
    ...(c.corrections && Object.keys(c.corrections).length > 0
      ? {
          corrections: Object.entries(c.corrections).map(([column, fix]) => ({
            column: Number(column),
            ...fix,
          })),
        }
      : {}),
    ...(c.dateRules && Object.keys(c.dateRules).length > 0
      ? {
          dateRules: Object.entries(c.dateRules).map(([column, rule]) => ({ column: Number(column), rule })),
        }
      : {}),
    createQuestions: c.createQuestions,
    keepPersonal: c.keepPersonal,
    ...(c.keepTestResponses ? { keepTestResponses: true } : {}),
  };
}

/** The wizard's choices from options the API gave back (the last import of a stored file). */
export function fromOptions(o: ImportOptions): ImportChoices {
  return {
    ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
    ...(o.headerRow !== undefined ? { headerRow: o.headerRow } : {}),
    ...(o.headerRows !== undefined ? { headerRows: o.headerRows } : {}),
    ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
    ...(o.profile !== undefined ? { profile: o.profile } : {}),
    mapping: Object.fromEntries((o.mapping ?? []).map((m) => [m.column, m.questionCode])),
    recodes: o.recodes ?? {},
    ...(o.corrections
      ? { corrections: Object.fromEntries(o.corrections.map(({ column, ...fix }) => [column, fix])) }
      : {}),
    ...(o.dateRules ? { dateRules: Object.fromEntries(o.dateRules.map((d) => [d.column, d.rule])) } : {}),
    createQuestions: o.createQuestions ?? false,
    keepPersonal: o.keepPersonal ?? false,
    ...(o.keepTestResponses ? { keepTestResponses: true } : {}),
  };
}

/** Changing how the file is read makes column-level choices meaningless: they start over. */
export function readingChanged(patch: Partial<ImportChoices>): boolean {
  return (
    'sheet' in patch ||
    'headerRow' in patch ||
    'headerRows' in patch ||
    'delimiter' in patch ||
    'profile' in patch
  );
}

export type ImportPreviewState = {
  file: FileBytes | null;
  preview: ImportPreview | null;
  choices: ImportChoices;
  busy: boolean;
  /** Reads a file, starting from the given choices (a re-map starts from the last import's). */
  load(file: FileBytes, choices?: ImportChoices): Promise<boolean>;
  change(patch: Partial<ImportChoices>): Promise<boolean>;
  reset(): void;
};

/**
 * The file in the wizard and its latest preview. Every change asks the service again, so what the
 * wizard shows is exactly what the import will do; a refused change keeps the previous preview.
 */
export function useImportPreview(studyId: string): ImportPreviewState {
  const api = useApi();
  const [file, setFile] = useState<FileBytes | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<ImportChoices>(NO_CHOICES);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);

  const run = useCallback(
    async (f: FileBytes, c: ImportChoices): Promise<boolean> => {
      const n = ++seq.current;
      setBusy(true);
      const p = await api('import/preview', { studyId, file: f, ...toOptions(c) });
      if (n !== seq.current) return false;
      setBusy(false);
      if (!p) return false;
      setPreview(p);
      setChoices(c);
      return true;
    },
    [api, studyId],
  );

  const load = useCallback(
    async (f: FileBytes, c: ImportChoices = NO_CHOICES) => {
      const ok = await run(f, c);
      if (ok) setFile(f);
      return ok;
    },
    [run],
  );

  const change = useCallback(
    (patch: Partial<ImportChoices>) => {
      if (!file) return Promise.resolve(false);
      const base = readingChanged(patch)
        ? { ...choices, mapping: {}, recodes: {}, corrections: {}, dateRules: {} }
        : choices;
      return run(file, { ...base, ...patch });
    },
    [choices, file, run],
  );

  const reset = useCallback(() => {
    seq.current++;
    setFile(null);
    setPreview(null);
    setChoices(NO_CHOICES);
    setBusy(false);
  }, []);

  return { file, preview, choices, busy, load, change, reset };
}
