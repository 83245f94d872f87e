import { Menu } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { ShellEvent } from '../../preload/api';

export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (event: ShellEvent) => getWindow()?.webContents.send('shell:event', event);
  const menu = (command: Extract<ShellEvent, { type: 'menu' }>['command'], arg?: string) => () =>
    send(arg === undefined ? { type: 'menu', command } : { type: 'menu', command, arg });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Study…', accelerator: 'CmdOrCtrl+N', click: menu('new') },
        { label: 'Open Study…', accelerator: 'CmdOrCtrl+O', click: menu('open') },
        { label: 'Open Sample Study', click: menu('openSample') },
        { type: 'separator' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: menu('saveAs') },
        { label: 'Close Study', accelerator: 'CmdOrCtrl+W', click: menu('close') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'English', click: menu('language', 'en') },
        { label: 'Norsk bokmål', click: menu('language', 'nb') },
        { label: 'Dansk', click: menu('language', 'da') },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
