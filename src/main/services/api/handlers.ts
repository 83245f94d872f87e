import type { analysisOperations } from '../../../shared/api/analysis';
import type { brandingOperations } from '../../../shared/api/branding';
import type { commentsOperations } from '../../../shared/api/comments';
import type { OperationName, OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import type { importOperations } from '../../../shared/api/import';
import type { OperationMap } from '../../../shared/api/operation';
import type { plsOperations } from '../../../shared/api/pls';
import type { questionnaireOperations } from '../../../shared/api/questionnaire';
import type { questionnaireFileOperations } from '../../../shared/api/questionnaire-files';
import type { deliverableOperations } from '../../../shared/api/deliverables';
import type { reportOperations } from '../../../shared/api/report';
import type { studyOperations } from '../../../shared/api/study';
import type { unitRuleOperations } from '../../../shared/api/units';
import type { ServiceContext } from './context';

export type Handler<N extends OperationName> = (
  input: ParsedInputOf<N>,
  ctx: ServiceContext,
) => OutputOf<N> | Promise<OutputOf<N>>;

export type HandlerMap = { [N in OperationName]: Handler<N> };
export type PartialHandlerMap = { [N in OperationName]?: Handler<N> };

/**
 * What a feature's handler map owes: one handler for each operation of its part of the contract and
 * nothing else. A feature declares `{ … } satisfies HandlersFor<…>`, so a missing handler, a misspelt
 * name or another feature's operation is a compile error.
 */
export type HandlersFor<M extends OperationMap> = { [N in keyof M & OperationName]: Handler<N> };

export type StudyHandlers = HandlersFor<typeof studyOperations>;
export type QuestionnaireHandlers = HandlersFor<typeof questionnaireOperations>;
export type QuestionnaireFileHandlers = HandlersFor<typeof questionnaireFileOperations>;
export type ImportHandlers = HandlersFor<typeof importOperations>;
export type AnalysisHandlers = HandlersFor<typeof analysisOperations>;
export type ReportHandlers = HandlersFor<typeof reportOperations>;
export type DeliverableHandlers = HandlersFor<typeof deliverableOperations>;
export type BrandingHandlers = HandlersFor<typeof brandingOperations>;
export type CommentsHandlers = HandlersFor<typeof commentsOperations>;
export type PlsHandlers = HandlersFor<typeof plsOperations>;
export type UnitRuleHandlers = HandlersFor<typeof unitRuleOperations>;

/** Merges two feature handler maps, refusing an operation implemented twice; the types merge too. */
export function mergeHandlers<A extends PartialHandlerMap, B extends PartialHandlerMap>(a: A, b: B): A & B {
  for (const name of Object.keys(b)) {
    if (Object.prototype.hasOwnProperty.call(a, name))
      throw new Error(`mergeHandlers: operation "${name}" is implemented twice`);
  }
  return { ...a, ...b };
}
