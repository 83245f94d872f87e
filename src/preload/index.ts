import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { PreloadApi, ShellEvent } from './api';

// Thin by design: one object, two functions. ipcRenderer itself never reaches the page.
const api = {
  invoke: (name, input) => ipcRenderer.invoke('api:invoke', name, input),
  on: (listener) => {
    const wrapped = (_e: IpcRendererEvent, event: ShellEvent) => listener(event);
    ipcRenderer.on('shell:event', wrapped);
    return () => ipcRenderer.removeListener('shell:event', wrapped);
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);
