import type { Database } from 'better-sqlite3';
import type { BrandingPatch, BrandingView } from '../../../shared/api/branding';
import { AppError } from '../../../shared/api/errors';
import type { Branding } from '../../../shared/domain/study';
import { brandingSchema } from '../../../shared/domain/study';
import { DEFAULT_LAYOUT, reportLayoutSchema } from '../../../shared/report/layout';
import type { ReportLayout } from '../../../shared/report/layout';
import { readStudyMeta } from '../store/study-repo';
import { checkLogo, parseLogoDataUrl } from './logo';

const HEX = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** A colour as the study keeps it (#rrggbb, lower case); "#0B5" is "#00bb55". */
export function normaliseColor(value: string, what: string): string {
  const v = value.trim();
  if (!HEX.test(v))
    throw new AppError('INVALID_INPUT', `the ${what} "${value}" is not a hex colour such as #1f4e79 or #0B5`);
  const h = v.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return `#${full.toLowerCase()}`;
}

export function brandingView(b: Branding): BrandingView {
  const logo = b.logo ? parseLogoDataUrl(b.logo) : null;
  return {
    primaryColor: b.primaryColor,
    accentColor: b.accentColor ?? null,
    consultancy: b.consultancy,
    preparedBy: b.preparedBy ?? '',
    logo: logo && b.logo ? { dataUrl: b.logo, type: logo.type, bytes: logo.bytes.length } : null,
  };
}

/**
 * The study's branding with `patch` applied. Everything is checked before anything is written, so a
 * bad colour or logo leaves the study as it was.
 */
export function setBranding(db: Database, patch: BrandingPatch): Branding {
  const cur = readStudyMeta(db).branding;
  const next: Branding = { ...cur };
  if (patch.primaryColor !== undefined)
    next.primaryColor = normaliseColor(patch.primaryColor, 'primary colour');
  if (patch.accentColor === null || patch.accentColor?.trim() === '') delete next.accentColor;
  else if (patch.accentColor !== undefined)
    next.accentColor = normaliseColor(patch.accentColor, 'accent colour');
  if (patch.consultancy !== undefined) next.consultancy = patch.consultancy;
  if (patch.preparedBy !== undefined) next.preparedBy = patch.preparedBy;
  if (patch.logo === null) delete next.logo;
  else if (patch.logo) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(patch.logo.base64))
      throw new AppError('INVALID_INPUT', `the logo "${patch.logo.name}" was not sent as base64`);
    next.logo = checkLogo(patch.logo.name, Buffer.from(patch.logo.base64, 'base64')).dataUrl;
  }
  const valid = brandingSchema.parse(next);
  db.prepare('UPDATE study SET branding = ?, updated_at = ? WHERE id = 1').run(
    JSON.stringify(valid),
    new Date().toISOString(),
  );
  return valid;
}

/** The consultant's report layout; the standard report when none is set. */
export function readLayout(db: Database): ReportLayout {
  const row = db.prepare('SELECT layout FROM report_layout WHERE id = 1').get() as
    { layout: string } | undefined;
  if (!row) return DEFAULT_LAYOUT;
  const parsed = reportLayoutSchema.safeParse(JSON.parse(row.layout));
  if (!parsed.success) throw new AppError('STUDY_CORRUPT', 'the study file has an unreadable report layout');
  return parsed.data;
}

export function writeLayout(db: Database, layout: ReportLayout): ReportLayout {
  const valid = reportLayoutSchema.parse(layout);
  db.prepare(
    `INSERT INTO report_layout (id, layout, updated_at) VALUES (1, ?, ?)
     ON CONFLICT(id) DO UPDATE SET layout = excluded.layout, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(valid), new Date().toISOString());
  return valid;
}
