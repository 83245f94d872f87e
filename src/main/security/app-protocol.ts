import { lstatSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { contentSecurityPolicy } from './csp';

/**
 * The desktop app's own URL scheme: the renderer is served as `app://touchpoint/…` from the built
 * renderer folder, never from `file://` (which would give the page the whole disk's origin).
 * Everything here is plain Node, so it is tested without Electron; `src/main/app` registers it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'touchpoint';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The file types the built renderer consists of; anything else is not served. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** True for a URL of the app's own pages (the origin `app://touchpoint`, any path). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.port === '';
  } catch {
    return false;
  }
}

/**
 * The file inside `root` that an `app://` URL names, or null when it names none: another scheme or
 * host, a `..` (plain or percent-encoded), an encoded slash or backslash, a NUL, a drive letter, or a
 * file type the renderer does not have. `/` is the entry page. Purely lexical: existence is checked
 * when serving.
 */
export function resolveAppFile(root: string, url: string): { file: string; mime: string } | null {
  if (!isAppUrl(url)) return null;
  const parts = new URL(url).pathname.split('/').slice(1);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === ''))
    parts.splice(0, parts.length, 'index.html');
  const segments: string[] = [];
  for (const raw of parts) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (seg === '' || seg === '.' || seg === '..' || /[/\\\0:]/.test(seg)) return null;
    segments.push(seg);
  }
  const file = join(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  const mime = MIME_TYPES[extname(file).toLowerCase()];
  return mime ? { file, mime } : null;
}

export type AppResponse = { status: number; headers: Record<string, string>; body: Buffer };

/** The headers of every `app://` response: the CSP, no MIME sniffing, no referrer. */
export function appHeaders(contentType: string, devServer?: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy({ transport: 'ipc', devServer }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

/** Answers one `app://` request from the built renderer folder: the file, or a bare 404. */
export function serveAppFile(root: string, url: string): AppResponse {
  const notFound = (): AppResponse => ({
    status: 404,
    headers: appHeaders('text/plain; charset=utf-8'),
    body: Buffer.from('not found'),
  });
  const hit = resolveAppFile(root, url);
  if (!hit) return notFound();
  try {
    // lstat: a symlink is not followed out of the folder, it is simply not served.
    if (!lstatSync(hit.file).isFile()) return notFound();
    return { status: 200, headers: appHeaders(hit.mime), body: readFileSync(hit.file) };
  } catch {
    return notFound();
  }
}
