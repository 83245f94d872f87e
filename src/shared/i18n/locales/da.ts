import { analysis } from './da/analysis';
import { base } from './da/base';
import { data } from './da/data';
import { chartImages } from './da/chartImages';
import { reportLanguage } from './da/reportLanguage';
import { fieldwork } from './da/fieldwork';
import { perUnit } from './da/perUnit';
import { deliverables } from './da/deliverables';
import { errors } from './da/errors';
import { errorHelp } from './da/errorHelp';
import { dashboardMore } from './da/dashboardMore';
import { map } from './da/map';
import { recentStudies } from './da/recentStudies';
import { infer } from './da/infer';
import { live } from './da/live';
import { trend } from './da/trend';
import { questionnaire } from './da/questionnaire';
import { report } from './da/report';
import { scaleEditor } from './da/scaleEditor';
import { weighting } from './da/weighting';
import { branding } from './da/branding';
import { commentsWs } from './da/commentsWs';
import { plsIndex } from './da/plsIndex';
import { plsLive } from './da/plsLive';
import { plsModel } from './da/plsModel';
import { present } from './da/present';
import { suppression } from './da/suppression';
import { importTools } from './da/importTools';
import { importDates } from './da/importDates';
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
  ...trend,
  ...report,
  ...deliverables,
  ...chartImages,
  ...reportLanguage,
  ...fieldwork,
  ...perUnit,
  ...weighting,
  ...branding,
  ...commentsWs,
  ...plsIndex,
  ...plsLive,
  ...plsModel,
  ...present,
  ...suppression,
  ...importTools,
  ...importDates,
  ...errors,
  ...errorHelp,
  ...dashboardMore,
  ...map,
  ...recentStudies,
};
