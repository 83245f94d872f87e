import type { z } from 'zod';
import { analysisOperations } from './analysis';
import { brandingOperations } from './branding';
import { commentsOperations } from './comments';
import { deliverableOperations } from './deliverables';
import { importOperations } from './import';
import { mergeOperations } from './operation';
import { plsOperations } from './pls';
import type { Operation } from './operation';
import { questionnaireOperations } from './questionnaire';
import { questionnaireFileOperations } from './questionnaire-files';
import { reportOperations } from './report';
import { studyOperations } from './study';
import { unitRuleOperations } from './units';
import type { Result } from './errors';

/** Every backend operation, once. Both transports (IPC and HTTP) serve exactly this map. */
export const contract = mergeOperations(
  mergeOperations(
    mergeOperations(mergeOperations(studyOperations, questionnaireOperations), importOperations),
    mergeOperations(analysisOperations, mergeOperations(reportOperations, deliverableOperations)),
  ),
  mergeOperations(
    mergeOperations(mergeOperations(questionnaireFileOperations, brandingOperations), commentsOperations),
    mergeOperations(plsOperations, unitRuleOperations),
  ),
);

export type Contract = typeof contract;
export type OperationName = keyof Contract & string;
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>;
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends OperationName> = Contract[N] extends Operation<z.ZodType, infer O> ? O : never;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the renderer calls: the same shape over IPC and HTTP. */
export type ApiClient = {
  invoke<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>>;
};
