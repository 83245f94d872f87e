import type { OperationName, OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from './context';

export type Handler<N extends OperationName> = (
  input: ParsedInputOf<N>,
  ctx: ServiceContext,
) => OutputOf<N> | Promise<OutputOf<N>>;

export type HandlerMap = { [N in OperationName]: Handler<N> };
export type PartialHandlerMap = { [N in OperationName]?: Handler<N> };

/** Merges feature handler maps, refusing an operation implemented twice. */
export function mergeHandlers(...maps: PartialHandlerMap[]): PartialHandlerMap {
  const out: Record<string, unknown> = {};
  for (const m of maps) {
    for (const [name, h] of Object.entries(m)) {
      if (name in out) throw new Error(`mergeHandlers: operation "${name}" is implemented twice`);
      out[name] = h;
    }
  }
  return out as PartialHandlerMap;
}
