import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { mergeHandlers } from './api/handlers';
import { completeHandlers, createHandlers } from './index';
import { reportHandlers } from './report/handlers';

describe('the handler table', () => {
  it('implements every operation of the contract', () => {
    const h = createHandlers();
    for (const name of Object.keys(contract))
      expect(typeof (h as Record<string, unknown>)[name], name).toBe('function');
  });

  it('refuses to start with an operation missing, naming it', () => {
    const { 'import/inspect': _gone, ...rest } = createHandlers();
    void _gone;
    expect(() => completeHandlers(rest)).toThrow('no handler for import/inspect: the app cannot start');
  });

  it('refuses an operation implemented twice, naming it', () => {
    const first = Object.keys(reportHandlers)[0]!;
    expect(() => mergeHandlers(reportHandlers, { ...reportHandlers })).toThrow(
      `mergeHandlers: operation "${first}" is implemented twice`,
    );
  });
});
