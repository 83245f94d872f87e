import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatch, createHandlers, StudySessions } from '../index';
import { makeStudy, tempDir } from '../import/test-helpers';

const dataDir = tempDir();
const outside = tempDir();
const sessions = new StudySessions();
const call = createDispatch(
  createHandlers(),
  { sessions, dataDir, resourcesDir: dataDir, version: 'test', transport: 'http', dialogs: null },
  () => {},
);
afterAll(() => sessions.closeAll());
const meta = { client: 'Fjordbank', title: 'CX' };

describe('paths over the browser host stay inside the data folder', () => {
  it('creates and reopens a study by name inside the studies folder', async () => {
    const r = await call('study/create', { ...meta, path: 'mine.tpstudy' });
    expect(r).toMatchObject({ ok: true });
    expect(existsSync(join(dataDir, 'studies', 'mine.tpstudy'))).toBe(true);
    expect(await call('study/open', { path: 'mine.tpstudy' })).toMatchObject({ ok: true });
  });

  it('refuses to write outside it (an absolute path, or climbing out with ..)', async () => {
    for (const path of [join(outside, 'authorized_keys'), join(outside, 'x.tpstudy'), '../../x.tpstudy']) {
      const r = await call('study/create', { ...meta, path });
      expect(r, path).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    }
    expect(existsSync(join(outside, 'authorized_keys'))).toBe(false);
    expect(existsSync(join(outside, 'x.tpstudy'))).toBe(false);
  });

  it('answers the same for a file outside that exists and one that does not', async () => {
    makeStudy(join(outside, 'real.tpstudy'));
    const there = await call('study/open', { path: join(outside, 'real.tpstudy') });
    const gone = await call('study/open', { path: join(outside, 'gone.tpstudy') });
    expect(there).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(gone).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
  });

  it('refuses symlinks and FIFOs inside the data folder, without blocking', async () => {
    const studies = join(dataDir, 'studies');
    mkdirSync(studies, { recursive: true });
    symlinkSync(join(outside, 'real.tpstudy'), join(studies, 'link.tpstudy'));
    symlinkSync(outside, join(dataDir, 'out'));
    execFileSync('mkfifo', [join(studies, 'pipe.tpstudy')]);
    for (const path of ['link.tpstudy', 'pipe.tpstudy', join(dataDir, 'out', 'real.tpstudy')]) {
      expect(await call('study/open', { path }), path).toMatchObject({
        ok: false,
        error: { code: 'FILE_NOT_FOUND' },
      });
    }
    const r = await call('study/create', { ...meta, path: 'pipe.tpstudy' });
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    const s = await call('study/open', { path: 'mine.tpstudy' });
    const studyId = (s as { ok: true; value: { studyId: string } }).value.studyId;
    const save = await call('study/saveAs', { studyId, path: join(outside, 'copy.tpstudy') });
    expect(save).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(existsSync(join(outside, 'copy.tpstudy'))).toBe(false);
  }, 15_000);
});
