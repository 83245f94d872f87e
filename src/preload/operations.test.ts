import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../shared/api/contract';
import { allowedOperations, operationsArgument, unknownOperation } from './operations';

describe('the preload lets through only the contract operations', () => {
  const argv = ['/opt/electron', '--type=renderer', operationsArgument(OPERATION_NAMES)];

  it('knows every operation of the contract and nothing else', () => {
    const allowed = allowedOperations(argv);
    expect([...allowed].sort()).toEqual([...OPERATION_NAMES].sort());
    for (const bad of ['app/quit', 'study/open ', '__proto__', 'constructor', '', 'study/open,app/x'])
      expect(allowed.has(bad), bad).toBe(false);
  });

  it('allows nothing when the main process passed no list (fails closed)', () => {
    expect(allowedOperations(['/opt/electron', '--type=renderer']).size).toBe(0);
    expect(allowedOperations(['--touchpoint-operations=']).size).toBe(0);
    expect([...allowedOperations(['--touchpoint-operations=study/open,rm -rf,../x'])]).toEqual([
      'study/open',
    ]);
  });

  it('refuses to pass a name that does not look like an operation', () => {
    expect(() => operationsArgument(['study/open', 'x,y'])).toThrow(/unexpected name/);
  });

  it('answers an unknown name as the dispatcher would, without echoing objects', () => {
    expect(unknownOperation('app/quit')).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_OPERATION', message: 'unknown operation app/quit' },
    });
    expect(unknownOperation({ toString: () => 'x' }).error.message).toBe('unknown operation object');
  });
});
