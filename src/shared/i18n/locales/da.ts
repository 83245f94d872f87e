import { analysis } from './da/analysis';
import { base } from './da/base';
import { data } from './da/data';
import { chartImages } from './da/chartImages';
import { perUnit } from './da/perUnit';
import { deliverables } from './da/deliverables';
import { errors } from './da/errors';
import { infer } from './da/infer';
import { live } from './da/live';
import { questionnaire } from './da/questionnaire';
import { report } from './da/report';
import { scaleEditor } from './da/scaleEditor';
import { weighting } from './da/weighting';
import { branding } from './da/branding';
import { importTools } from './da/importTools';
import type { Catalog } from './en';

/** Dansk: one file per area of the app, as in ./en. */
export const da: Catalog = {
  ...base,
  ...questionnaire,
  ...data,
  ...infer,
  ...scaleEditor,
  ...analysis,
  ...live,
  ...report,
  ...deliverables,
  ...chartImages,
  ...perUnit,
  ...weighting,
  ...branding,
  ...importTools,
  ...errors,
};
