import { analysis } from './nb/analysis';
import { base } from './nb/base';
import { data } from './nb/data';
import { errors } from './nb/errors';
import { questionnaire } from './nb/questionnaire';
import { report } from './nb/report';
import { weighting } from './nb/weighting';
import type { Catalog } from './en';

/** Norsk bokmål: one file per area of the app, as in ./en. */
export const nb: Catalog = {
  ...base,
  ...questionnaire,
  ...data,
  ...analysis,
  ...report,
  ...errors,
  ...weighting,
};
