import { analysis } from './da/analysis';
import { base } from './da/base';
import { data } from './da/data';
import { errors } from './da/errors';
import { questionnaire } from './da/questionnaire';
import { report } from './da/report';
import { weighting } from './da/weighting';
import type { Catalog } from './en';

/** Dansk: one file per area of the app, as in ./en. */
export const da: Catalog = {
  ...base,
  ...questionnaire,
  ...data,
  ...analysis,
  ...report,
  ...errors,
  ...weighting,
};
