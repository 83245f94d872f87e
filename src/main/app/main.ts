import { app, BrowserWindow, dialog, ipcMain, protocol } from 'electron';
import { join, resolve } from 'node:path';
import { isOperationName, OPERATION_NAMES } from '../../shared/api/contract';
import { operationsArgument } from '../../preload/operations';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  isAppUrl as isAppProtocolUrl,
  serveAppFile,
} from '../security/app-protocol';
import { contentSecurityPolicy } from '../security/csp';
import { createDispatch, createHandlers, StudySessions } from '../services/index';
import type { Dialogs, ServiceContext } from '../services/index';
import { ChosenPaths } from '../services/study/path-policy';
import { installMenu } from './menu';
import { applySecurity } from './security';

// The renderer is served from our own scheme, never file://. Privileges must be declared before ready.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

/** `npm run dev` only: the development server's page, with hot reload. Never in a packaged app. */
const rendererDevUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(__dirname, '../renderer');

function isAppUrl(url: string): boolean {
  if (!rendererDevUrl) return isAppProtocolUrl(url);
  try {
    return new URL(url).origin === new URL(rendererDevUrl).origin;
  } catch {
    return false;
  }
}

let mainWindow: BrowserWindow | null = null;
/** The paths the user chose (dialogs, the OS, the recent list): the only ones the page may use. */
let chosen: ChosenPaths | null = null;

function studyArgs(argv: readonly string[], cwd: string): string[] {
  return argv.filter((a) => a.toLowerCase().endsWith('.tpstudy')).map((a) => resolve(cwd, a));
}
const pendingPaths: string[] = studyArgs(process.argv, process.cwd());

/** A study the OS handed over (double-click, file association): the user's choice, so it may be read. */
function openFromOs(path: string): void {
  if (!mainWindow || !chosen) {
    pendingPaths.push(path);
    return;
  }
  mainWindow.webContents.send('shell:event', { type: 'openPath', path: chosen.grant(path, 'read') });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Touchpoint Studio',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
      // The preload's list of operations the page may call: the contract's, nothing else.
      additionalArguments: [operationsArgument(OPERATION_NAMES)],
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.webContents.on('did-finish-load', () => {
    for (const path of pendingPaths.splice(0)) openFromOs(path);
  });
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(rendererDevUrl ?? APP_ENTRY_URL);
}

const dialogs: Dialogs = {
  async openStudy() {
    const r = await dialog.showOpenDialog({
      properties: ['openFile'],
      filters: [{ name: 'Touchpoint study', extensions: ['tpstudy'] }],
    });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async saveStudy(defaultName) {
    const r = await dialog.showSaveDialog({
      defaultPath: defaultName,
      filters: [{ name: 'Touchpoint study', extensions: ['tpstudy'] }],
    });
    return r.canceled ? null : (r.filePath ?? null);
  },
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_e, argv, workingDirectory) => {
    for (const path of studyArgs(argv, workingDirectory)) openFromOs(path);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(resolve(path));
  });

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
      const r = serveAppFile(rendererDir, request.url);
      return new Response(new Uint8Array(r.body), { status: r.status, headers: r.headers });
    });
    const sessions = new StudySessions();
    const dataDir = process.env.TOUCHPOINT_DATA_DIR ?? app.getPath('userData');
    chosen = new ChosenPaths(dataDir);
    const ctx: ServiceContext = {
      sessions,
      dataDir,
      resourcesDir: app.isPackaged
        ? join(process.resourcesPath, 'resources')
        : join(app.getAppPath(), 'resources'),
      version: app.getVersion(),
      transport: 'ipc',
      dialogs: chosen.remembering(dialogs),
      pathPolicy: chosen,
    };
    const dispatch = createDispatch(createHandlers(), ctx);
    ipcMain.handle('api:invoke', (event, name: unknown, input: unknown) => {
      // Only our own page (its top frame) may call the backend, and only the contract's operations.
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'request from an unknown page' } };
      }
      if (typeof name !== 'string' || !isOperationName(name)) {
        return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: 'unknown operation' } };
      }
      return dispatch(name, input);
    });
    applySecurity(
      isAppUrl,
      rendererDevUrl ? contentSecurityPolicy({ transport: 'ipc', devServer: rendererDevUrl }) : undefined,
    );
    installMenu(() => mainWindow);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
    app.on('will-quit', () => sessions.closeAll());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
