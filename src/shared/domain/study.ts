import { z } from 'zod';
import type { languageSchema } from './language';
import type { Questionnaire } from './questionnaire';

export const brandingSchema = z.object({
  primaryColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#1f4e79'),
  consultancy: z.string().default(''),
  /** The accent colour (#rrggbb): the cover's rule and the deck's accent; absent = none set. */
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  /** Who prepared the report (a person's name), printed on the cover under the consultancy. */
  preparedBy: z.string().optional(),
  /** The logo as a data URL (PNG, JPEG or a sanitised SVG), validated when it is set. */
  logo: z.string().optional(),
});
export type Branding = z.infer<typeof brandingSchema>;

export type StudyMeta = {
  client: string;
  title: string;
  languages: z.infer<typeof languageSchema>[];
  anonymityK: number;
  branding: Branding;
  createdAt: string;
  updatedAt: string;
};

export type WaveSummary = {
  id: number;
  year: number;
  label: string;
  respondents: number;
};

export type ImportedFileSummary = {
  id: number;
  name: string;
  sha256: string;
  size: number;
  importedAt: string;
  waveYear: number | null;
  rows: number;
};

/** Everything the UI needs to show an open study. */
export type StudyOverview = {
  studyId: string;
  path: string;
  fileName: string;
  meta: StudyMeta;
  waves: WaveSummary[];
  questionnaire: Questionnaire;
  files: ImportedFileSummary[];
  /** Undo and redo of the questionnaire designer. */
  history: DesignerHistory;
};

/** The undo/redo state of the designer; `undo` and `redo` name the action (update, move, insert …). */
export type DesignerHistory = {
  canUndo: boolean;
  canRedo: boolean;
  undo: string | null;
  redo: string | null;
};

export type RecentStudy = { path: string; client: string; title: string; openedAt: string };
