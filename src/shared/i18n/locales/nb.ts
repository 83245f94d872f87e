import { analysis } from './nb/analysis';
import { base } from './nb/base';
import { data } from './nb/data';
import { chartImages } from './nb/chartImages';
import { perUnit } from './nb/perUnit';
import { deliverables } from './nb/deliverables';
import { errors } from './nb/errors';
import { infer } from './nb/infer';
import { live } from './nb/live';
import { questionnaire } from './nb/questionnaire';
import { report } from './nb/report';
import { scaleEditor } from './nb/scaleEditor';
import { weighting } from './nb/weighting';
import { branding } from './nb/branding';
import { importTools } from './nb/importTools';
import type { Catalog } from './en';

/** Norsk bokmål: one file per area of the app, as in ./en. */
export const nb: Catalog = {
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
