/**
 * The Content-Security-Policy of the app's pages, shared by the desktop app's `app://` protocol and
 * the browser host. Nothing is allowed by default; each directive names exactly what the built
 * renderer needs:
 * - scripts: the bundle, from our own origin (no inline script, no eval);
 * - styles: our stylesheet plus inline styles, which Mantine needs (its `<style>` element with the
 *   theme's CSS variables and `style` attributes from component props);
 * - images: our own, and data:/blob: URLs (chart images and downloads made in the page);
 * - fonts: the bundled Roboto files;
 * - connections: the browser host's `/api/…` (same origin); the desktop page talks over IPC only.
 * No frames may embed the page, no form may post anywhere, no `<base>` may redirect relative URLs.
 */
export type CspOptions = {
  /** How the page reaches the backend: 'http' needs same-origin fetch, 'ipc' needs no network. */
  transport: 'ipc' | 'http';
  /**
   * The development server's origin (`npm run dev` only): its hot reload needs an inline script
   * (React Refresh's preamble) and a WebSocket back to the server.
   */
  devServer?: string;
};

export function contentSecurityPolicy(opts: CspOptions): string {
  const dev = opts.devServer ? new URL(opts.devServer) : null;
  const connect: string[] = [];
  if (opts.transport === 'http' || dev) connect.push("'self'");
  if (dev) connect.push(`${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`);
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', connect],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
    ['base-uri', ["'none'"]],
  ];
  return directives
    .filter(([, sources]) => sources.length > 0)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
