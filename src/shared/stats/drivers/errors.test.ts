import { describe, expect, it } from 'vitest';
import { rethrowAs } from './errors';

describe('rethrowAs', () => {
  it('replaces the inner function name and keeps the cause', () => {
    const inner = new Error('allSubsetsR2: not positive semi-definite');
    try {
      rethrowAs('shapley', inner);
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).message).toBe('shapley: not positive semi-definite');
      expect((e as Error).cause).toBe(inner);
      return;
    }
    throw new Error('rethrowAs did not throw');
  });
});
