import type { Database } from 'better-sqlite3';
import type { Branding } from '../../../shared/domain/study';
import { applyBranding, applyLayout } from '../../../shared/report/layout';
import type { ReportModel } from '../../../shared/report/types';
import { reportLogoDataUrl } from './logo';
import { readLayout } from './store';

/**
 * The report model as the consultant shaped and branded it: the one step both the PDF and the deck
 * take after building the model, so they follow the same choices.
 */
export function shapeReport(db: Database, model: ReportModel, branding: Branding): ReportModel {
  const logo = reportLogoDataUrl(branding.logo);
  return applyLayout(applyBranding(model, { ...branding, logo }), readLayout(db));
}
