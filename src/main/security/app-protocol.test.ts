import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, MIME_TYPES, resolveAppFile, serveAppFile } from './app-protocol';
import { contentSecurityPolicy } from './csp';

const base = mkdtempSync(join(tmpdir(), 'tp-app-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(join(root, 'assets', 'Roboto-Regular.ttf'), 'font');
writeFileSync(join(root, 'assets', 'notes.txt'), 'not part of the app');
writeFileSync(join(base, 'secret.json'), '{"secret":true}');
symlinkSync(join(base, 'secret.json'), join(root, 'assets', 'link.json'));

describe('app:// resolves only files inside the built renderer folder', () => {
  it('serves the entry page for / and the bundle with the right types', () => {
    expect(resolveAppFile(root, 'app://touchpoint/')).toEqual({
      file: join(root, 'index.html'),
      mime: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile(root, 'app://touchpoint')?.file).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, APP_ENTRY_URL)?.file).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://touchpoint/assets/index-abc.js?v=1#x')).toEqual({
      file: join(root, 'assets', 'index-abc.js'),
      mime: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile(root, 'app://touchpoint/assets/index-abc.css')?.mime).toBe(
      'text/css; charset=utf-8',
    );
    expect(resolveAppFile(root, 'app://touchpoint/assets/Roboto-Regular.ttf')?.mime).toBe('font/ttf');
    expect(resolveAppFile(root, 'app://touchpoint/assets/Roboto%20Regular.woff2')?.file).toBe(
      join(root, 'assets', 'Roboto Regular.woff2'),
    );
  });

  it('refuses to climb out, plainly or percent-encoded', () => {
    for (const url of [
      'app://touchpoint/..%2fsecret.json',
      'app://touchpoint/assets/..%2f..%2fsecret.json',
      'app://touchpoint/%2e%2e%2fsecret.json',
      'app://touchpoint/assets/%2E%2E%2F%2E%2E%2Fsecret.json',
      'app://touchpoint/..%5csecret.json',
      'app://touchpoint/assets%5c..%5c..%5csecret.json',
      'app://touchpoint/C:%5cWindows%5cwin.ini',
      'app://touchpoint/C:/Windows/win.ini',
      'app://touchpoint//etc/passwd.json',
      'app://touchpoint/%2fetc%2fpasswd.json',
      'app://touchpoint/index.html%00.js',
      'app://touchpoint/%E0%A4%A',
      'app://touchpoint/assets/',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
      expect(serveAppFile(root, url).status, url).toBe(404);
    }
    // The URL parser folds plain and encoded dot segments; what is left is still inside the folder.
    expect(resolveAppFile(root, 'app://touchpoint/assets/../../secret.json')?.file).toBe(
      join(root, 'secret.json'),
    );
    expect(resolveAppFile(root, 'app://touchpoint/%2e%2e/%2e%2e/secret.json')?.file).toBe(
      join(root, 'secret.json'),
    );
    expect(serveAppFile(root, 'app://touchpoint/%2e%2e/%2e%2e/secret.json').status).toBe(404);
    expect(resolveAppFile(root, 'app://touchpoint/%2e%2e')?.file).toBe(join(root, 'index.html'));
  });

  it('refuses other schemes, hosts, ports and credentials', () => {
    for (const url of [
      `file://${join(root, 'index.html')}`,
      'https://touchpoint/index.html',
      'app://evil/index.html',
      'app://touchpoint:8080/index.html',
      'app://user@touchpoint/index.html',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
      expect(resolveAppFile(root, url), url).toBeNull();
    }
    expect(isAppUrl('app://touchpoint/index.html#/x')).toBe(true);
  });

  it('answers 404 for unknown files, file types the renderer does not have, folders and symlinks', () => {
    expect(serveAppFile(root, 'app://touchpoint/assets/missing.js').status).toBe(404);
    expect(serveAppFile(root, 'app://touchpoint/assets/notes.txt').status).toBe(404);
    expect(resolveAppFile(root, 'app://touchpoint/assets/notes.txt')).toBeNull();
    expect(serveAppFile(root, 'app://touchpoint/assets.js').status).toBe(404);
    const link = serveAppFile(root, 'app://touchpoint/assets/link.json');
    expect(link.status).toBe(404);
    expect(link.body.toString()).not.toContain('secret');
  });

  it('serves the bytes with type, CSP and nosniff headers', () => {
    const r = serveAppFile(root, 'app://touchpoint/assets/index-abc.js');
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe('console.log(1)');
    expect(r.headers['Content-Type']).toBe(MIME_TYPES['.js']);
    expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(r.headers['Content-Security-Policy']).toBe(contentSecurityPolicy({ transport: 'ipc' }));
    expect(
      serveAppFile(root, 'app://touchpoint/nothing.html').headers['Content-Security-Policy'],
    ).toBeTruthy();
  });
});

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  it('allows nothing by default and exactly what the built renderer needs', () => {
    const d = directives(contentSecurityPolicy({ transport: 'ipc' }));
    expect(Object.fromEntries(d)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
      'base-uri': ["'none'"],
    });
  });

  it('lets the browser host page reach its own API, and nothing else', () => {
    const d = directives(contentSecurityPolicy({ transport: 'http' }));
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
  });

  it('never allows eval, remote hosts or plugins', () => {
    for (const csp of [
      contentSecurityPolicy({ transport: 'ipc' }),
      contentSecurityPolicy({ transport: 'http' }),
    ]) {
      expect(csp).not.toMatch(/unsafe-eval|https?:|\*|wasm/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(directives(csp).has('object-src')).toBe(false); // covered by default-src 'none'
    }
  });

  it('relaxes only for the development server: its inline preamble and its hot-reload socket', () => {
    const d = directives(contentSecurityPolicy({ transport: 'ipc', devServer: 'http://localhost:5173/' }));
    expect(d.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(d.get('default-src')).toEqual(["'none'"]);
  });
});
