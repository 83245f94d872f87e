import { describe, expect, it } from 'vitest';
import { judgeRun } from '../bench/import-under-load';

describe('judging a run of the import under load', () => {
  it('tells an import, a failure with a message and a silent failure apart', () => {
    expect(judgeRun(0, null, JSON.stringify({ imported: 300 }), '', 300).kind).toBe('imported');
    // fewer rows than the file holds, with nothing said, is no success
    expect(judgeRun(0, null, JSON.stringify({ imported: 299 }), '', 300).kind).toBe('silent');
    const refused = {
      ok: false,
      error: { code: 'IMPORT_TOO_LARGE', message: 'the import ran out of memory' },
    };
    expect(judgeRun(1, null, JSON.stringify(refused), '', 300)).toEqual({
      kind: 'message',
      text: 'IMPORT_TOO_LARGE: the import ran out of memory',
    });
    expect(judgeRun(1, null, '', 'touchpoint import: the study is locked\n', 300).kind).toBe('message');
    expect(judgeRun(null, 'SIGSEGV', '', '', 300)).toEqual({ kind: 'silent', text: 'killed by SIGSEGV' });
    expect(judgeRun(139, null, '', '', 300).kind).toBe('silent');
  });
});
