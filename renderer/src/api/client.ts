// Picks the transport: the Electron preload's window.vigil when present, else the WebSocket bridge.
import type { VigilApi } from '../../../shared/api/contract';
import { bridgeUrl, createBridgeClient, type SocketFactory } from './bridgeClient';
import type { StationClient } from './stationClient';

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in a plain browser. */
    vigil?: VigilApi;
  }
}

/** The browser's WebSocket behind the small SocketLike interface the bridge client uses. */
const browserSocket: SocketFactory = (url, handlers) => {
  const ws = new WebSocket(url);
  ws.onopen = () => handlers.open();
  ws.onmessage = (event: MessageEvent) => handlers.message(event.data);
  ws.onclose = () => handlers.close();
  ws.onerror = () => {
    // Always followed by 'close', which does the work.
  };
  return {
    send: (data) => ws.send(data),
    close: () => {
      ws.onopen = null;
      ws.onmessage = null;
      ws.onclose = null;
      ws.onerror = null;
      ws.close();
    },
  };
};

/** The IPC channel of the Electron window does not drop: its link is always open. */
function fromPreload(api: VigilApi): StationClient {
  return {
    call: (method, input) => api.call(method, input),
    on: (event, listener) => api.on(event, listener),
    link: 'open',
    onLink: () => () => {},
    close: () => {},
  };
}

export function connectApi(): StationClient {
  const preload = window.vigil;
  if (preload !== undefined) return fromPreload(preload);
  return createBridgeClient({ url: bridgeUrl(window.location), socket: browserSocket });
}
