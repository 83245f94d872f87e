import { describe, expect, it } from 'vitest';
import { parseHostArgs } from './args';

describe('browser host options', () => {
  it('answers --help', () => {
    expect(parseHostArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseHostArgs(['-h'])).toEqual({ kind: 'help' });
  });
  it('refuses an unknown option or a bad port with one line', () => {
    const r = parseHostArgs(['--prot', '80']);
    expect(r.kind).toBe('error');
    const msg = r.kind === 'error' ? r.message : '';
    expect(msg).toMatch(/^touchpoint web: .*--prot.*\(try --help\)$/);
    expect(msg).not.toContain('\n');
    expect(parseHostArgs(['--port', 'x'])).toEqual({
      kind: 'error',
      message: 'touchpoint web: --port takes a number from 0 to 65535, not "x"',
    });
  });
  it('reads the known options', () => {
    expect(parseHostArgs(['--port', '8080', '--data-dir', '/d'])).toEqual({
      kind: 'run',
      port: 8080,
      dataDir: '/d',
      token: undefined,
    });
  });
});
