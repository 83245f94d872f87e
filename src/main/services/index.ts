import { contract } from '../../shared/api/contract';
import type { OperationName } from '../../shared/api/contract';
import type { HandlerMap, PartialHandlerMap } from './api/handlers';
import { mergeHandlers } from './api/handlers';
import { analysisHandlers } from './analysis/handlers';
import { importHandlers } from './import/handlers';
import { questionnaireFileHandlers } from './questionnaire/file-handlers';
import { questionnaireHandlers } from './questionnaire/handlers';
import { reportHandlers } from './report/handlers';
import { deliverableHandlers } from './report/deliverables-handlers';
import { studyHandlers } from './study/handlers';

/** The complete handler table: one implementation per contract operation, shared by IPC, HTTP and CLI. */
export function createHandlers(): HandlerMap {
  return completeHandlers(
    mergeHandlers(
      studyHandlers,
      questionnaireHandlers,
      importHandlers,
      analysisHandlers,
      reportHandlers,
      deliverableHandlers,
      questionnaireFileHandlers,
    ),
  );
}

/** Refuses to start with an operation of the contract that nothing implements, naming it. */
export function completeHandlers(map: PartialHandlerMap): HandlerMap {
  const missing = (Object.keys(contract) as OperationName[]).filter((n) => typeof map[n] !== 'function');
  if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}: the app cannot start`);
  return map as HandlerMap;
}

export { createDispatch } from './api/dispatch';
export type { Dispatch } from './api/dispatch';
export type { ServiceContext, Dialogs } from './api/context';
export { StudySessions } from './study/sessions';
