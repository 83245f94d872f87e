import { OPERATION_NAMES, type OperationName } from '../../shared/api/contract';
import type { Handler, HandlerMap, PartialHandlerMap } from '../services/api/handlers';

/**
 * The handler table of the command line, loaded per feature on the first call of one of its
 * operations: `info` loads the study handlers only, never the report's canvas and PDF libraries or
 * the spreadsheet reader. The app and the browser host load the full table (services/index.ts);
 * this is the same handlers, just not all at once.
 */
type Feature = { owns(op: string): boolean; load(): Promise<PartialHandlerMap> };

const FEATURES: Feature[] = [
  {
    owns: (op) => ['study/getPlsModel', 'study/setPlsModel', 'analysis/plsIndex'].includes(op),
    load: async () => (await import('../services/pls/handlers')).plsHandlers,
  },
  {
    owns: (op) =>
      [
        'study/getBranding',
        'study/setBranding',
        'study/getFieldwork',
        'study/setFieldwork',
        'report/getLayout',
        'report/setLayout',
      ].includes(op),
    load: async () => (await import('../services/branding/handlers')).brandingHandlers,
  },
  {
    owns: (op) => op.startsWith('comments/'),
    load: async () => (await import('../services/comments/handlers')).commentsHandlers,
  },
  {
    owns: (op) => op === 'study/getUnitRules' || op === 'study/setUnitRules',
    load: async () => (await import('../services/units/handlers')).unitRuleHandlers,
  },
  {
    owns: (op) => op.startsWith('study/') || op.startsWith('app/') || op.startsWith('dialog/'),
    load: async () => (await import('../services/study/handlers')).studyHandlers,
  },
  {
    owns: (op) => op === 'questionnaire/export' || op === 'questionnaire/import',
    load: async () => (await import('../services/questionnaire/file-handlers')).questionnaireFileHandlers,
  },
  {
    owns: (op) => op.startsWith('questionnaire/'),
    load: async () => (await import('../services/questionnaire/handlers')).questionnaireHandlers,
  },
  {
    owns: (op) => op.startsWith('import/'),
    load: async () => (await import('../services/import/handlers')).importHandlers,
  },
  {
    owns: (op) => op.startsWith('analysis/'),
    load: async () => (await import('../services/analysis/handlers')).analysisHandlers,
  },
  {
    owns: (op) => op === 'report/pptx' || op === 'report/xlsx' || op === 'report/charts',
    load: async () => (await import('../services/report/deliverables-handlers')).deliverableHandlers,
  },
  {
    owns: (op) => op.startsWith('report/'),
    load: async () => (await import('../services/report/handlers')).reportHandlers,
  },
];

/** The complete table (as the app loads it), for an operation no feature above claims. */
const allHandlers = async (): Promise<PartialHandlerMap> =>
  (await import('../services/index')).createHandlers();

async function handlerFor(op: OperationName): Promise<Handler<OperationName>> {
  const feature = FEATURES.find((f) => f.owns(op));
  const own = feature ? (await feature.load())[op] : undefined;
  const handler = own ?? (await allHandlers())[op];
  if (typeof handler !== 'function') throw new Error(`no handler for ${op}`);
  return handler as Handler<OperationName>;
}

export function createLazyHandlers(): HandlerMap {
  const map: Record<string, Handler<OperationName>> = {};
  for (const op of OPERATION_NAMES) {
    map[op] = async (input, ctx) => (await handlerFor(op))(input, ctx);
  }
  return map as HandlerMap;
}
