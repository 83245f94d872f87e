import { analysis } from './nb/analysis';
import { base } from './nb/base';
import { data } from './nb/data';
import { chartImages } from './nb/chartImages';
import { reportLanguage } from './nb/reportLanguage';
import { fieldwork } from './nb/fieldwork';
import { perUnit } from './nb/perUnit';
import { deliverables } from './nb/deliverables';
import { errors } from './nb/errors';
import { errorHelp } from './nb/errorHelp';
import { dashboardMore } from './nb/dashboardMore';
import { map } from './nb/map';
import { recentStudies } from './nb/recentStudies';
import { infer } from './nb/infer';
import { live } from './nb/live';
import { trend } from './nb/trend';
import { questionnaire } from './nb/questionnaire';
import { report } from './nb/report';
import { scaleEditor } from './nb/scaleEditor';
import { weighting } from './nb/weighting';
import { branding } from './nb/branding';
import { commentsWs } from './nb/commentsWs';
import { plsIndex } from './nb/plsIndex';
import { plsLive } from './nb/plsLive';
import { plsModel } from './nb/plsModel';
import { present } from './nb/present';
import { suppression } from './nb/suppression';
import { importTools } from './nb/importTools';
import { importDates } from './nb/importDates';
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
