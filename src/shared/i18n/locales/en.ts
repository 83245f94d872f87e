import { analysis } from './en/analysis';
import { base } from './en/base';
import { data } from './en/data';
import { chartImages } from './en/chartImages';
import { reportLanguage } from './en/reportLanguage';
import { fieldwork } from './en/fieldwork';
import { perUnit } from './en/perUnit';
import { deliverables } from './en/deliverables';
import { errors } from './en/errors';
import { errorHelp } from './en/errorHelp';
import { dashboardMore } from './en/dashboardMore';
import { map } from './en/map';
import { recentStudies } from './en/recentStudies';
import { infer } from './en/infer';
import { live } from './en/live';
import { trend } from './en/trend';
import { questionnaire } from './en/questionnaire';
import { report } from './en/report';
import { scaleEditor } from './en/scaleEditor';
import { weighting } from './en/weighting';
import { branding } from './en/branding';
import { commentsWs } from './en/commentsWs';
import { plsIndex } from './en/plsIndex';
import { plsLive } from './en/plsLive';
import { plsModel } from './en/plsModel';
import { present } from './en/present';
import { suppression } from './en/suppression';
import { importTools } from './en/importTools';
import { importDates } from './en/importDates';

/**
 * The UI catalog in English: the reference. nb and da are typed `Catalog`, so a key missing or extra
 * there fails the type check; catalogs.test.ts also checks for empty strings. Plurals use i18next's
 * `_one`/`_other` suffixes (the same forms in all three languages).
 *
 * Each language is one folder with a file per area of the app (base, questionnaire, data, analysis,
 * report, errors); a new area gets its own file in all three folders and one line in each list below (one area per
 * line, so areas added side by side merge cleanly).
 */
export const en = {
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

export type Catalog = typeof en;
