// The sandboxed preload: exposes exactly the API contract's two channels, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type EventMessage, type PreloadBridge } from '../../shared/api/wire';

const bridge: PreloadBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input),
  subscribe(listener) {
    const handler = (_event: IpcRendererEvent, message: EventMessage) => listener(message);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('vigilBridge', bridge);
