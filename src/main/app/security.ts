import { app, session, shell } from 'electron';

/**
 * Hardens every window: no navigation away from the app's own pages (`app://touchpoint`, or the
 * development server under `npm run dev`), no redirects, no webviews, no new windows (https links
 * open in the system browser), every permission request denied. `devCsp` is set only with the
 * development server, whose responses get the policy here; `app://` responses carry it themselves.
 */
export function applySecurity(isAppUrl: (url: string) => boolean, devCsp?: string): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  if (devCsp) {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [devCsp] } });
    });
  }
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
