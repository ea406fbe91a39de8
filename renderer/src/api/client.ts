// Picks the transport: the Electron preload's window.vigilBridge when present, else the WebSocket bridge.
import { ApiCallError, type ApiEvents, type ApiResult } from '../../../shared/api/contract';
import type { PreloadBridge } from '../../../shared/api/wire';
import { bridgeUrl, createBridgeClient, type SocketFactory } from './bridgeClient';
import type { StationClient } from './stationClient';

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in a plain browser. */
    vigilBridge?: PreloadBridge;
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
function fromPreload(bridge: PreloadBridge): StationClient {
  return {
    async call(method, input) {
      const reply = await bridge.invoke(method, input);
      if (!reply.ok) throw new ApiCallError(reply.error.code, reply.error.message, { problems: reply.error.problems, said: reply.error.said });
      return reply.result as ApiResult<typeof method>;
    },
    on: (event, listener) =>
      bridge.subscribe((message) => {
        if (message.event === event) listener(message.payload as ApiEvents[typeof event]);
      }),
    link: 'open',
    onLink: () => () => {},
    close: () => {},
  };
}

export function connectApi(): StationClient {
  const preload = window.vigilBridge;
  if (preload !== undefined) return fromPreload(preload);
  return createBridgeClient({ url: bridgeUrl(window.location), socket: browserSocket });
}
