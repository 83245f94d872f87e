import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../shared/api/contract';
import type { OperationName } from '../../../shared/api/contract';
import type { Dialogs, ServiceContext } from '../api/context';
import { createDispatch, createHandlers, StudySessions } from '../index';
import { fileHash, makeStudy, tempDir } from '../import/test-helpers';
import { applyPathPolicy, ChosenPaths, PATH_ARGUMENTS } from './path-policy';

const dataDir = tempDir();
const elsewhere = tempDir();
const sessions = new StudySessions();
const policy = new ChosenPaths(dataDir);
/** What the user picks in the native dialogs during the test. */
const picks: { open: string | null; save: string | null } = { open: null, save: null };
const nativeDialogs: Dialogs = {
  openStudy: () => Promise.resolve(picks.open),
  saveStudy: () => Promise.resolve(picks.save),
};
const ctx: ServiceContext = {
  sessions,
  dataDir,
  resourcesDir: join(process.cwd(), 'resources'),
  version: 'test',
  transport: 'ipc',
  dialogs: policy.remembering(nativeDialogs),
  pathPolicy: policy,
};
const call = createDispatch(createHandlers(), ctx, () => {});
afterAll(() => sessions.closeAll());

async function studyId(r: Promise<unknown>): Promise<string> {
  const v = (await r) as { ok: boolean; value?: { studyId: string } };
  expect(v).toMatchObject({ ok: true });
  return v.value!.studyId;
}

describe('desktop paths come only from the native dialogs, the OS and the recent list', () => {
  const picked = join(elsewhere, 'picked.tpstudy');
  const typed = join(elsewhere, 'typed.tpstudy');
  makeStudy(picked);
  makeStudy(typed);

  it('opens a study the open dialog returned', async () => {
    picks.open = picked;
    const d = await call('dialog/openStudy', {});
    expect(d).toEqual({ ok: true, value: { path: picked } });
    const id = await studyId(call('study/open', { path: picked }));
    expect(await call('study/close', { studyId: id })).toMatchObject({ ok: true });
  });

  it('refuses an existing study the page names itself, with the same error as a missing file', async () => {
    const before = fileHash(typed);
    const existing = await call('study/open', { path: typed });
    const missing = await call('study/open', { path: join(elsewhere, 'nothing-here.tpstudy') });
    expect(existing).toEqual({
      ok: false,
      error: {
        code: 'FILE_NOT_FOUND',
        message: 'typed.tpstudy: no such study among the files chosen in this app',
        details: { file: 'typed.tpstudy' },
      },
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(fileHash(typed)).toBe(before);
  });

  it('reopens from the recent list, also after the window reloads (a fresh grant list)', async () => {
    const fresh = new ChosenPaths(dataDir);
    expect(fresh.check(picked, 'read')).toBe(picked);
    // The recent list lets a study be read, never overwritten.
    expect(() => fresh.check(picked, 'write')).toThrow(/no such study/);
  });

  it('writes only where the save dialog said: create and save as', async () => {
    const target = join(elsewhere, 'new.tpstudy');
    const copy = join(elsewhere, 'copy.tpstudy');
    const meta = { client: 'Fjordbank', title: 'CX' };
    expect(await call('study/create', { ...meta, path: target })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
    expect(existsSync(target)).toBe(false);
    picks.save = target;
    expect(await call('dialog/saveStudy', { defaultName: 'new.tpstudy' })).toMatchObject({ ok: true });
    const id = await studyId(call('study/create', { ...meta, path: target }));
    expect(existsSync(target)).toBe(true);

    // Save as: to a path the page made up, refused; to the one picked in the dialog, written.
    expect(await call('study/saveAs', { studyId: id, path: copy })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
    expect(existsSync(copy)).toBe(false);
    // A file picked for opening is not thereby writable.
    expect(await call('study/saveAs', { studyId: id, path: picked })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
    picks.save = copy;
    await call('dialog/saveStudy', {});
    expect(await call('study/saveAs', { studyId: id, path: copy })).toMatchObject({ ok: true });
    expect(existsSync(copy)).toBe(true);
  });

  it('still creates a new study in the data folder when no path is given', async () => {
    const id = await studyId(call('study/create', { client: 'Havbruk', title: 'NPS' }));
    const o = (await call('study/get', { studyId: id })) as { ok: true; value: { path: string } };
    expect(o.value.path.startsWith(dataDir)).toBe(true);
  });

  it('normalises a granted path, so a ../ detour names the same file and nothing else', () => {
    const p = new ChosenPaths(tempDir());
    p.grant(picked, 'read');
    expect(p.check(join(elsewhere, 'sub', '..', 'picked.tpstudy'), 'read')).toBe(picked);
    expect(() => p.check(join(elsewhere, 'picked.tpstudy', '..', 'typed.tpstudy'), 'read')).toThrow();
  });

  it('leaves the browser host and the CLI as they are (no policy: the path reaches the service)', async () => {
    const cli = createDispatch(createHandlers(), { ...ctx, pathPolicy: undefined, dialogs: null }, () => {});
    const id = await studyId(cli('study/open', { path: typed }));
    expect(await cli('study/close', { studyId: id })).toMatchObject({ ok: true });
  });
});

describe('every operation that takes a file path is covered by the policy', () => {
  it('lists exactly the operations whose input has a path-like field', () => {
    const withPath: OperationName[] = [];
    for (const [name, operation] of Object.entries(contract)) {
      const schema: z.ZodType = operation.input;
      if (!(schema instanceof z.ZodObject)) continue;
      const keys = Object.keys(schema.shape);
      // Any other spelling of a path would pass unchecked: it must be `path` and listed.
      for (const k of keys) if (/path|dir$|folder/i.test(k)) expect(k, `${name}.${k}`).toBe('path');
      if (keys.includes('path')) withPath.push(name as OperationName);
    }
    expect(withPath.sort()).toEqual(Object.keys(PATH_ARGUMENTS).sort());
  });

  it('refuses a path on an operation it does not know (fail closed)', () => {
    // study/get takes no path; the input is checked as the handler would receive it.
    expect(() => applyPathPolicy('study/get', { studyId: 'x', path: '/etc/passwd' }, policy)).toThrow(
      /no such study/,
    );
    expect(applyPathPolicy('study/get', { studyId: 'x' }, policy)).toEqual({ studyId: 'x' });
  });
});
