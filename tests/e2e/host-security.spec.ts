import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { E2E_PORT, E2E_TOKEN } from '../../playwright.config';
import { contentSecurityPolicy } from '../../src/main/security/csp';

/** Every file under `dir` (recursively), so a new study anywhere in the data folder is noticed. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
  } catch {
    return [];
  }
}

/** A raw POST with full control of the headers (the browser and Playwright's client fix Host). */
function post(
  path: string,
  headers: Record<string, string>,
  body = '{}',
): Promise<{ status: number; body: string; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: E2E_PORT,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const host = { Host: `127.0.0.1:${E2E_PORT}` };

test('the API refuses requests without the right token or from a foreign host', async () => {
  expect((await post('/api/app/info', host)).status).toBe(401);
  expect((await post('/api/app/info', { ...host, Authorization: 'Bearer wrong-token' })).status).toBe(401);
  const foreign = await post('/api/app/info', {
    Host: 'evil.example:80',
    Authorization: `Bearer ${E2E_TOKEN}`,
  });
  expect(foreign.status).toBe(403);
  const ok = await post('/api/app/info', { ...host, Authorization: `Bearer ${E2E_TOKEN}` });
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { transport: 'http' } });
});

test('a refused request changes nothing on disk', async () => {
  const dataDir = process.env.TOUCHPOINT_E2E_DATA;
  expect(dataDir, 'playwright.config.ts sets TOUCHPOINT_E2E_DATA').toBeTruthy();
  const before = filesUnder(dataDir!).sort();
  const body = JSON.stringify({ client: 'Intruder AS', title: 'Should not exist', languages: ['en'] });
  const res = await post('/api/study/create', host, body);
  expect(res.status).toBe(401);
  const wrong = await post('/api/study/create', { ...host, Authorization: 'Bearer nope' }, body);
  expect(wrong.status).toBe(401);
  expect(filesUnder(dataDir!).sort()).toEqual(before);
  expect(filesUnder(dataDir!).some((f) => /intruder/i.test(f))).toBe(false);
});

test('every answer carries the Content-Security-Policy: the page, its assets and the API', async ({
  request,
}) => {
  const csp = contentSecurityPolicy({ transport: 'http' });
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  const pageRes = await request.get('/');
  expect(pageRes.headers()['content-security-policy']).toBe(csp);
  const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(await pageRes.text())?.[1];
  expect(script, 'the built page names its bundle').toBeTruthy();
  const asset = await request.get(`/${script}`);
  expect(asset.headers()['content-type']).toContain('text/javascript');
  expect(asset.headers()['content-security-policy']).toBe(csp);
  const api = await post('/api/app/info', { ...host, Authorization: `Bearer ${E2E_TOKEN}` });
  expect(api.headers['content-security-policy']).toBe(csp);
  expect((await post('/api/app/info', host)).headers['content-security-policy']).toBe(csp);
});
