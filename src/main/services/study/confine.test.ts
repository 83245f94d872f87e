import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
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
const notFound = { ok: false, error: { code: 'FILE_NOT_FOUND' } };
const idOf = (r: unknown) => (r as { ok: true; value: { studyId: string } }).value.studyId;

describe('paths over the browser host stay inside the data folder', () => {
  it('creates and reopens a study by name inside the studies folder', async () => {
    const r = await call('study/create', { ...meta, path: 'mine.tpstudy' });
    expect(r).toMatchObject({ ok: true });
    expect(existsSync(join(dataDir, 'studies', 'mine.tpstudy'))).toBe(true);
    expect(await call('study/open', { path: 'mine.tpstudy' })).toMatchObject({ ok: true });
  });

  it('refuses an absolute path, even one inside the data folder, and any name with a folder in it', async () => {
    const inside = join(dataDir, 'studies', 'mine.tpstudy');
    for (const path of [inside, join(dataDir, 'studies', 'new.tpstudy'), 'sub/x.tpstudy', '..\\x.tpstudy']) {
      expect(await call('study/open', { path }), path).toMatchObject(notFound);
    }
    for (const path of [join(outside, 'authorized_keys'), join(outside, 'x.tpstudy'), '../../x.tpstudy']) {
      expect(await call('study/create', { ...meta, path }), path).toMatchObject(notFound);
    }
    const s = idOf(await call('study/open', { path: 'mine.tpstudy' }));
    expect(
      await call('study/saveAs', { studyId: s, path: join(dataDir, 'studies', 'copy.tpstudy') }),
    ).toMatchObject(notFound);
    expect(existsSync(join(outside, 'authorized_keys'))).toBe(false);
    expect(existsSync(join(outside, 'x.tpstudy'))).toBe(false);
    expect(existsSync(join(dataDir, 'studies', 'copy.tpstudy'))).toBe(false);
  });

  it('answers the same for a file outside that exists and one that does not', async () => {
    makeStudy(join(outside, 'real.tpstudy'));
    const there = await call('study/open', { path: join(outside, 'real.tpstudy') });
    const gone = await call('study/open', { path: join(outside, 'gone.tpstudy') });
    const missing = await call('study/open', { path: 'gone.tpstudy' });
    expect(there).toMatchObject(notFound);
    expect(gone).toMatchObject(notFound);
    expect(missing).toMatchObject(notFound);
    // Not even the message tells them apart beyond the name that was asked for.
    const msg = (r: unknown) => (r as { error: { message: string } }).error.message.replace(/^[^:]+/, '');
    expect(msg(there)).toBe(msg(missing));
  });

  it('refuses symlinks and FIFOs inside the data folder, without blocking', async () => {
    const studies = join(dataDir, 'studies');
    mkdirSync(studies, { recursive: true });
    symlinkSync(join(outside, 'real.tpstudy'), join(studies, 'link.tpstudy'));
    execFileSync('mkfifo', [join(studies, 'pipe.tpstudy')]);
    for (const path of ['link.tpstudy', 'pipe.tpstudy']) {
      expect(await call('study/open', { path }), path).toMatchObject(notFound);
      expect(await call('study/create', { ...meta, path }), path).toMatchObject(notFound);
    }
    const studyId = idOf(await call('study/open', { path: 'mine.tpstudy' }));
    for (const path of ['link.tpstudy', 'pipe.tpstudy', join(outside, 'copy.tpstudy')]) {
      expect(await call('study/saveAs', { studyId, path }), path).toMatchObject(notFound);
    }
    expect(existsSync(join(outside, 'copy.tpstudy'))).toBe(false);
  }, 15_000);

  it('downloads an open study only while it is still a plain file in the studies folder', async () => {
    const r = await call('study/create', { ...meta, path: 'swap.tpstudy' });
    const studyId = idOf(r);
    expect(await call('study/download', { studyId })).toMatchObject({
      ok: true,
      value: { name: 'swap.tpstudy' },
    });
    // Replaced behind the app's back by a FIFO: refused at once, not read (which would block).
    const file = join(dataDir, 'studies', 'swap.tpstudy');
    rmSync(file);
    execFileSync('mkfifo', [file]);
    expect(await call('study/download', { studyId })).toMatchObject(notFound);
    rmSync(file);
    symlinkSync(join(outside, 'real.tpstudy'), file);
    expect(await call('study/download', { studyId })).toMatchObject(notFound);
  });

  it('lists recent studies by their name, only those in the studies folder', async () => {
    const r = await call('study/recent', {});
    expect(r.ok).toBe(true);
    const paths = (r as { ok: true; value: { path: string }[] }).value.map((x) => x.path);
    expect(paths).toContain('mine.tpstudy');
    expect(paths.every((p) => !p.includes('/') && !p.includes('\\'))).toBe(true);
  });
});
