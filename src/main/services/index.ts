import type { HandlerMap } from './api/handlers';
import { mergeHandlers } from './api/handlers';
import { analysisHandlers } from './analysis/handlers';
import { importHandlers } from './import/handlers';
import { questionnaireFileHandlers } from './questionnaire/file-handlers';
import { questionnaireHandlers } from './questionnaire/handlers';
import { reportHandlers } from './report/handlers';
import { studyHandlers } from './study/handlers';

/** The complete handler table: one implementation per contract operation, shared by IPC, HTTP and CLI. */
export function createHandlers(): HandlerMap {
  return mergeHandlers(
    studyHandlers,
    questionnaireHandlers,
    importHandlers,
    analysisHandlers,
    reportHandlers,
    questionnaireFileHandlers,
  ) as HandlerMap;
}

export { createDispatch } from './api/dispatch';
export type { Dispatch } from './api/dispatch';
export type { ServiceContext, Dialogs } from './api/context';
export { StudySessions } from './study/sessions';
