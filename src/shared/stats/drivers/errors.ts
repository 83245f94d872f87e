/**
 * Re-throwing an inner function's error under the caller's name, so every message starts with the
 * function the caller called.
 */

/**
 * Throws `Error('<fnName>: <message without its own "name: " prefix>')`, keeping the original as
 * `cause`.
 */
export function rethrowAs(fnName: string, e: unknown): never {
  const message = e instanceof Error ? e.message.replace(/^\w+: /, '') : String(e);
  throw new Error(`${fnName}: ${message}`, { cause: e });
}
