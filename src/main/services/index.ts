import { OPERATION_NAMES } from '../../shared/api/contract';
import type { OperationName } from '../../shared/api/contract';
import type { HandlerMap, PartialHandlerMap } from './api/handlers';
import { mergeHandlers } from './api/handlers';
import { analysisHandlers } from './analysis/handlers';
import { brandingHandlers } from './branding/handlers';
import { commentsHandlers } from './comments/handlers';
import { importHandlers } from './import/handlers';
import { plsHandlers } from './pls/handlers';
import { questionnaireFileHandlers } from './questionnaire/file-handlers';
import { questionnaireHandlers } from './questionnaire/handlers';
import { deliverableHandlers } from './report/deliverables-handlers';
import { reportHandlers } from './report/handlers';
import { studyHandlers } from './study/handlers';
import { unitRuleHandlers } from './units/handlers';

/**
 * The complete handler table: one implementation per contract operation, shared by IPC, HTTP and CLI.
 * Leaving a feature out is a compile error here (`satisfies HandlerMap`) and a start-up refusal.
 */
export function createHandlers(): HandlerMap {
  const table = mergeHandlers(
    mergeHandlers(mergeHandlers(studyHandlers, questionnaireHandlers), importHandlers),
    mergeHandlers(
      mergeHandlers(analysisHandlers, mergeHandlers(reportHandlers, deliverableHandlers)),
      mergeHandlers(
        mergeHandlers(mergeHandlers(questionnaireFileHandlers, brandingHandlers), commentsHandlers),
        mergeHandlers(plsHandlers, unitRuleHandlers),
      ),
    ),
  ) satisfies HandlerMap;
  return completeHandlers(table);
}

/** The contract's operations that `map` has no handler for. */
export function missingHandlers(map: PartialHandlerMap): OperationName[] {
  return OPERATION_NAMES.filter((n) => typeof map[n] !== 'function');
}

function isComplete(map: PartialHandlerMap): map is HandlerMap {
  return missingHandlers(map).length === 0;
}

/** Refuses to start with an operation of the contract that nothing implements, naming it. */
export function completeHandlers(map: PartialHandlerMap): HandlerMap {
  if (!isComplete(map)) {
    throw new Error(`no handler for ${missingHandlers(map).join(', ')}: the app cannot start`);
  }
  return map;
}

export { createDispatch } from './api/dispatch';
export type { Dispatch } from './api/dispatch';
export type { ServiceContext, Dialogs } from './api/context';
export { StudySessions } from './study/sessions';
