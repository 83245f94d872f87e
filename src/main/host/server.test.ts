import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { odsWithRepeat } from '../services/import/damaged-fixtures';
import { makeStudy } from '../services/import/test-helpers';
import { createDispatch, createHandlers, StudySessions } from '../services/index';
import type { RunningHost } from './server';
import { startHost } from './server';

let host: RunningHost;
let dataDir: string;
let renderer: string;
const sessions = new StudySessions();

beforeAll(async () => {
  renderer = mkdtempSync(join(tmpdir(), 'tp-renderer-'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Touchpoint Studio</title>');
  dataDir = mkdtempSync(join(tmpdir(), 'tp-host-'));
  const ctx = {
    sessions,
    dataDir,
    resourcesDir: join(process.cwd(), 'resources'),
    version: 'test',
    transport: 'http' as const,
    dialogs: null,
  };
  host = await startHost({ dispatch: createDispatch(createHandlers(), ctx), rendererDir: renderer });
});
afterAll(async () => {
  sessions.closeAll();
  await host.close();
});

function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

describe('browser host', () => {
  const create = { client: 'Fjordbank', title: 'CX' };

  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('rejects API calls without the token, or with a wrong one, and touches nothing', async () => {
    expect((await post('/api/study/create', create)).status).toBe(401);
    expect((await post('/api/study/create', create, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await post('/api/study/create', create, { Authorization: `Bearer ${host.token}x` })).status).toBe(
      401,
    );
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('rejects a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const auth = { Authorization: `Bearer ${host.token}` };
    expect((await post('/api/app/info', {}, { ...auth, Host: 'attacker.example' })).status).toBe(403);
    expect((await post('/api/app/info', {}, { ...auth, Origin: 'http://attacker.example' })).status).toBe(
      401,
    );
  });

  it('serves the same handler table with the token, validating input', async () => {
    const auth = { Authorization: `Bearer ${host.token}` };
    const ok = await post('/api/study/create', create, auth);
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ ok: true, value: { meta: { client: 'Fjordbank' } } });
    const bad = await post('/api/study/create', { client: '' }, auth);
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await post('/api/study/explode', {}, auth);
    expect(unknown.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('answers another request within 1 s while a file that would hang is being refused', async () => {
    const auth = { Authorization: `Bearer ${host.token}` };
    process.env['TOUCHPOINT_READ_DEADLINE_MS'] = '2500';
    try {
      const base64 = odsWithRepeat('table:number-rows-repeated', 2_000_000_000).toString('base64');
      const t = Date.now();
      const inspecting = post('/api/import/inspect', { file: { name: 'hang.ods', base64 } }, auth);
      await new Promise((r) => setTimeout(r, 300));
      const t1 = Date.now();
      const info = await post('/api/app/info', {}, auth);
      expect(info.json).toMatchObject({ ok: true });
      expect(Date.now() - t1).toBeLessThan(1000);
      const refused = await inspecting;
      expect(refused.json).toMatchObject({
        ok: false,
        error: { code: 'IMPORT_UNREADABLE', message: 'hang.ods: damaged or too complex: stopped after 3 s' },
      });
      // 2.5 s of the reader's CPU time; on a loaded machine, at most the 4× wall-clock backstop.
      expect(Date.now() - t).toBeLessThan(12_000);
    } finally {
      delete process.env['TOUCHPOINT_READ_DEADLINE_MS'];
    }
  }, 15_000);

  it('refuses a body over the limit with 413, whether declared or streamed, and keeps serving', async () => {
    const small = await startHost({
      dispatch: createDispatch(createHandlers(), {
        sessions,
        dataDir,
        resourcesDir: dataDir,
        version: 't',
        transport: 'http',
        dialogs: null,
      }),
      rendererDir: renderer,
      maxBodyBytes: 1024,
      maxConcurrent: 1,
    });
    try {
      const raw = (body: string, headers: Record<string, string | number>, chunked = false) =>
        new Promise<number>((resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port: small.port,
              path: '/api/app/info',
              method: 'POST',
              headers: { Authorization: `Bearer ${small.token}`, ...headers },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', reject);
          if (chunked) {
            req.write(body.slice(0, 800));
            setTimeout(() => req.end(body.slice(800)), 50);
          } else req.end(body);
        });
      const big = 'x'.repeat(5000);
      expect(await raw(big, { 'Content-Length': big.length })).toBe(413);
      expect(await raw(big, { 'Transfer-Encoding': 'chunked' }, true)).toBe(413);
      expect(await raw('{}', { 'Content-Length': 2 })).toBe(200);
      // A second request while one is still uploading is turned away at once (maxConcurrent: 1).
      const holder = request({
        host: '127.0.0.1',
        port: small.port,
        path: '/api/app/info',
        method: 'POST',
        headers: { Authorization: `Bearer ${small.token}`, 'Transfer-Encoding': 'chunked' },
      });
      holder.on('error', () => {});
      holder.write('{');
      await new Promise((r) => setTimeout(r, 150));
      expect(await raw('{}', { 'Content-Length': 2 })).toBe(503);
      holder.destroy();
    } finally {
      await small.close();
    }
  });

  it('reaches study files only by name inside the data folder: create, open, saveAs, download, recent', async () => {
    const auth = { Authorization: `Bearer ${host.token}` };
    const outside = mkdtempSync(join(tmpdir(), 'tp-outside-'));
    const studies = join(dataDir, 'studies');
    mkdirSync(studies, { recursive: true });
    makeStudy(join(outside, 'theirs.tpstudy'));
    symlinkSync(join(outside, 'theirs.tpstudy'), join(studies, 'link.tpstudy'));
    execFileSync('mkfifo', [join(studies, 'fifo.tpstudy')]);
    const notFound = { ok: false, error: { code: 'FILE_NOT_FOUND' } };
    const api = async (op: string, body: unknown) => (await post(`/api/${op}`, body, auth)).json;

    const made = (await api('study/create', { ...create, path: 'ours.tpstudy' })) as {
      ok: true;
      value: { studyId: string };
    };
    expect(made).toMatchObject({ ok: true });
    const studyId = made.value.studyId;
    const refusedPaths = [
      join(outside, 'theirs.tpstudy'), // exists outside
      join(outside, 'nothing.tpstudy'), // does not exist outside
      join(studies, 'ours.tpstudy'), // absolute, though inside the data folder
      '../ours.tpstudy',
      'link.tpstudy', // a symlink out of the data folder
      'fifo.tpstudy', // a FIFO: would block a reader
    ];
    for (const path of refusedPaths) {
      expect(await api('study/open', { path }), `open ${path}`).toMatchObject(notFound);
      expect(await api('study/create', { ...create, path }), `create ${path}`).toMatchObject(notFound);
      expect(await api('study/saveAs', { studyId, path }), `saveAs ${path}`).toMatchObject(notFound);
    }
    expect(existsSync(join(outside, 'nothing.tpstudy'))).toBe(false);
    expect(await api('study/open', { path: 'ours.tpstudy' })).toMatchObject({ ok: true });
    expect(await api('study/download', { studyId })).toMatchObject({
      ok: true,
      value: { name: 'ours.tpstudy' },
    });
    const recent = (await api('study/recent', {})) as { ok: true; value: { path: string }[] };
    expect(recent.value.map((r) => r.path)).toContain('ours.tpstudy');
    expect(recent.value.every((r) => !r.path.includes('/'))).toBe(true);

    // The open study's file swapped for a FIFO: the download is refused at once, the server serves on.
    rmSync(join(studies, 'ours.tpstudy'));
    execFileSync('mkfifo', [join(studies, 'ours.tpstudy')]);
    const t = Date.now();
    expect(await api('study/download', { studyId })).toMatchObject(notFound);
    expect(Date.now() - t).toBeLessThan(1000);
    expect(await api('app/info', {})).toMatchObject({ ok: true });
  });
});
