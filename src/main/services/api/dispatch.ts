import { randomBytes } from 'node:crypto';
import { contract, isOperationName } from '../../../shared/api/contract';
import type { OperationName } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { Result } from '../../../shared/api/errors';
import { applyPathPolicy } from '../study/path-policy';
import type { ServiceContext } from './context';
import type { Handler, HandlerMap } from './handlers';

export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The one entry point both transports call: checks the name, validates the input with the shared zod
 * schema, runs the handler, and turns every failure into an error value (never a stack trace): an
 * AppError keeps its code; anything else is a bug, answered as INTERNAL and logged with its stack.
 */
export function createDispatch(
  handlers: HandlerMap,
  ctx: ServiceContext,
  log: (msg: string) => void = console.error,
): Dispatch {
  return async (name, input) => {
    if (!isOperationName(name)) {
      return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: `unknown operation ${name}` } };
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? first.path.join('.') : 'input';
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `${name}: ${where}: ${first?.message ?? 'invalid'}`,
          details: { operation: name, field: where },
        },
      };
    }
    try {
      const handler = handlers[name] as Handler<OperationName>;
      const data = ctx.pathPolicy ? applyPathPolicy(name, parsed.data, ctx.pathPolicy) : parsed.data;
      const value: unknown = await handler(data as never, ctx);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.toValue() };
      // Not an AppError: a bug, not bad input. The stack goes to the log (stderr) under a reference
      // the user can quote; the answer says only that it failed inside the app.
      const ref = randomBytes(4).toString('hex');
      log(`[${name}] internal error ${ref}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `${name} failed because of an error inside the app (reference ${ref})`,
          details: { operation: name, ref },
        },
      };
    }
  };
}
