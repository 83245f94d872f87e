import { z } from 'zod';
import { reportLayoutSchema } from '../report/layout';
import type { ReportLayout } from '../report/layout';
import { op } from './operation';
import { studyId } from './study';

/** The largest logo a study keeps (the file's bytes, before base64). */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const hexColor = z.string().trim();

/** The consultant's branding as edited: every field optional; `logo: null` removes the logo. */
export const brandingPatchSchema = z.object({
  primaryColor: hexColor.optional(),
  accentColor: hexColor.nullable().optional(),
  consultancy: z.string().trim().max(200).optional(),
  preparedBy: z.string().trim().max(200).optional(),
  /** A logo file: its name and bytes (PNG, JPEG or SVG), or null to remove the logo. */
  logo: z
    .object({ name: z.string().min(1).max(255), base64: z.string() })
    .nullable()
    .optional(),
});
export type BrandingPatch = z.infer<typeof brandingPatchSchema>;

/** Branding as the UI shows it: the logo as a data URL ready for an <img>, and its kind. */
export type BrandingView = {
  primaryColor: string;
  accentColor: string | null;
  consultancy: string;
  preparedBy: string;
  logo: { dataUrl: string; type: 'png' | 'jpeg' | 'svg'; bytes: number } | null;
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-03-02')
  .nullable();
const count = z.number().int().min(0).max(100_000_000).nullable();

/** One wave's fieldwork as the consultant records it: dates, invitations and responses. */
export const waveFieldworkSchema = z.object({
  year: z.number().int(),
  start: isoDate,
  end: isoDate,
  /** How many were invited (null: not known, so no response rate). */
  invited: count,
  /** How many answered; null: the wave's respondents in this file. */
  responded: count,
});
export type WaveFieldworkPatch = z.infer<typeof waveFieldworkSchema>;
/** A wave's fieldwork as stored, with its respondents and the response rate (0–1) when known. */
export type WaveFieldwork = WaveFieldworkPatch & {
  label: string;
  respondents: number;
  responseRate: number | null;
};

export const brandingOperations = {
  /** Every wave's fieldwork dates, invitations and responses (printed on the method page). */
  'study/getFieldwork': op(z.object({ studyId })).returns<WaveFieldwork[]>(),
  /** Refused (INVALID_INPUT, nothing stored) when the end is before the start or more answered than were invited. */
  'study/setFieldwork': op(waveFieldworkSchema.extend({ studyId })).returns<WaveFieldwork[]>(),
  'study/getBranding': op(z.object({ studyId })).returns<BrandingView>(),
  /** Validates everything first: a bad colour or logo changes nothing and says why (INVALID_INPUT). */
  'study/setBranding': op(brandingPatchSchema.extend({ studyId })).returns<BrandingView>(),
  'report/getLayout': op(z.object({ studyId })).returns<ReportLayout>(),
  'report/setLayout': op(z.object({ studyId, layout: reportLayoutSchema })).returns<ReportLayout>(),
};
