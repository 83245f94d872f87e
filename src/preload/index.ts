import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { PreloadApi, ShellEvent } from './api';
import { allowedOperations, unknownOperation } from './operations';

// The contract's operation names, as the main process handed them to this process.
const allowed = allowedOperations(process.argv);

// Thin by design: one object, two functions. ipcRenderer itself never reaches the page, and only the
// contract's operations go through (the main process checks again).
const api = {
  invoke: (name, input) =>
    typeof name === 'string' && allowed.has(name)
      ? ipcRenderer.invoke('api:invoke', name, input)
      : Promise.resolve(unknownOperation(name)),
  on: (listener) => {
    const wrapped = (_e: IpcRendererEvent, event: ShellEvent) => listener(event);
    ipcRenderer.on('shell:event', wrapped);
    return () => ipcRenderer.removeListener('shell:event', wrapped);
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);
