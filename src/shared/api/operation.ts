import type { z } from 'zod';

/**
 * One backend operation: its input schema (validated at the boundary by both transports) and its
 * output type (a phantom, for the typed client).
 */
export type Operation<I extends z.ZodType, O> = { readonly input: I; readonly __output?: O };

export function op<I extends z.ZodType>(input: I): { returns<O>(): Operation<I, O> } {
  return { returns: <O>() => ({ input }) as Operation<I, O> };
}

// Loose constraint for generic code over any operation map.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<z.ZodType, any>;
export type OperationMap = Record<string, AnyOperation>;

/** Merges feature maps, refusing a name defined twice. */
export function mergeOperations<A extends OperationMap, B extends OperationMap>(a: A, b: B): A & B {
  for (const name of Object.keys(b)) {
    if (name in a) throw new Error(`mergeOperations: operation "${name}" is defined twice`);
  }
  return { ...a, ...b };
}
