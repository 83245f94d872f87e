import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDispatch, createHandlers, StudySessions } from '../services/index';
import type { Dialogs, ServiceContext } from '../services/index';
import { installMenu } from './menu';
import { applySecurity } from './security';

const rendererDevUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(__dirname, '../renderer/index.html');
const rendererFileUrl = pathToFileURL(rendererFile).href;

function isAppUrl(url: string): boolean {
  return rendererDevUrl ? url.startsWith(rendererDevUrl) : url.split('#')[0] === rendererFileUrl;
}

let mainWindow: BrowserWindow | null = null;
const pendingPaths: string[] = process.argv.filter((a) => a.toLowerCase().endsWith('.tpstudy'));

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
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.webContents.on('did-finish-load', () => {
    for (const path of pendingPaths.splice(0))
      mainWindow?.webContents.send('shell:event', { type: 'openPath', path });
  });
  mainWindow.on('closed', () => (mainWindow = null));
  if (rendererDevUrl) void mainWindow.loadURL(rendererDevUrl);
  else void mainWindow.loadFile(rendererFile);
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
  app.on('second-instance', (_e, argv) => {
    for (const path of argv.filter((a) => a.toLowerCase().endsWith('.tpstudy'))) {
      mainWindow?.webContents.send('shell:event', { type: 'openPath', path });
    }
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (mainWindow) mainWindow.webContents.send('shell:event', { type: 'openPath', path });
    else pendingPaths.push(path);
  });

  void app.whenReady().then(() => {
    const sessions = new StudySessions();
    const ctx: ServiceContext = {
      sessions,
      dataDir: process.env.TOUCHPOINT_DATA_DIR ?? app.getPath('userData'),
      resourcesDir: app.isPackaged
        ? join(process.resourcesPath, 'resources')
        : join(app.getAppPath(), 'resources'),
      version: app.getVersion(),
      transport: 'ipc',
      dialogs,
    };
    const dispatch = createDispatch(createHandlers(), ctx);
    ipcMain.handle('api:invoke', (event, name: unknown, input: unknown) => {
      // Only our own page may call the backend.
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'request from an unknown page' } };
      }
      return dispatch(String(name), input);
    });
    applySecurity(isAppUrl);
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
