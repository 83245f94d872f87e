import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../security/csp';
import type { Dispatch } from '../services/api/dispatch';

/** The most a single API request body may carry (an imported workbook travels base64-encoded). */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

/** The same policy as the desktop app's pages, plus same-origin fetch for `/api/…`. */
const CSP = contentSecurityPolicy({ transport: 'http' });

export type HostOptions = {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  token?: string;
  /** Per-request body limit (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** API requests served at once (default MAX_CONCURRENT); more get 503 at once. */
  maxConcurrent?: number;
};

/** API requests in progress at once: each may hold a large upload in memory. */
export const MAX_CONCURRENT = 4;

class TooLarge extends Error {}

export type RunningHost = { url: string; port: number; token: string; close(): Promise<void> };

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CSP,
  });
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        // Stop holding it: what follows is drained, not buffered, so the 413 still reaches the client.
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The browser host: serves the built renderer and the same handler table as the desktop app, as
 * `POST /api/<name>`, on 127.0.0.1 only. Every API request must carry the per-launch token
 * (`Authorization: Bearer …`) and a Host header naming this server (against DNS rebinding); otherwise
 * it gets 401/403 and touches nothing.
 */
export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const root = resolve(opts.rendererDir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`startHost: no built renderer in ${root} (run npm run build first)`);
  }
  let port = 0;
  let active = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        send(
          res,
          403,
          JSON.stringify({ ok: false, error: { code: 'UNAUTHORIZED', message: 'unknown host' } }),
        );
        return;
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') {
          send(
            res,
            405,
            JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'POST only' } }),
          );
          return;
        }
        const auth = req.headers.authorization ?? '';
        const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
        const origin = req.headers.origin;
        if (!given || !sameToken(given, token) || (origin !== undefined && origin !== `http://${host}`)) {
          req.resume();
          send(
            res,
            401,
            JSON.stringify({ ok: false, error: { code: 'UNAUTHORIZED', message: 'missing or wrong token' } }),
          );
          return;
        }
        const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
        const tooLarge = () => {
          res.setHeader('Connection', 'close');
          send(
            res,
            413,
            JSON.stringify({
              ok: false,
              error: {
                code: 'IMPORT_TOO_LARGE',
                message: `the request is larger than ${Math.round(limit / 1048576)} MB`,
              },
            }),
          );
        };
        if (Number(req.headers['content-length'] ?? 0) > limit) {
          req.resume();
          tooLarge();
          return;
        }
        if (active >= (opts.maxConcurrent ?? MAX_CONCURRENT)) {
          req.resume();
          res.setHeader('Retry-After', '1');
          send(
            res,
            503,
            JSON.stringify({
              ok: false,
              error: { code: 'BUSY', message: 'too many requests at once; try again' },
            }),
          );
          return;
        }
        active++;
        try {
          let input: unknown;
          try {
            const body = await readBody(req, limit);
            input = body.length ? JSON.parse(body.toString('utf8')) : {};
          } catch (e) {
            if (e instanceof TooLarge) {
              tooLarge();
              return;
            }
            send(
              res,
              400,
              JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: (e as Error).message } }),
            );
            return;
          }
          const name = decodeURIComponent(url.pathname.slice('/api/'.length));
          const result = await opts.dispatch(name, input);
          send(res, 200, JSON.stringify(result));
        } finally {
          active--;
        }
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'method not allowed', 'text/plain');
        return;
      }
      // Static files of the renderer; anything unknown falls back to the app page.
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      let file = join(root, rel);
      if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
        file = join(root, 'index.html');
      }
      send(res, 200, readFileSync(file), MIME[extname(file)] ?? 'application/octet-stream');
    })().catch((e: unknown) => {
      if (!res.headersSent)
        send(res, 500, JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: String(e) } }));
    });
  });

  return new Promise((resolveHost, reject) => {
    server.on('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolveHost({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
