// Messages of the WebSocket bridge and the Electron IPC channel: the same envelope for both.
import type { ApiErrorBody, ApiEvent, ApiEvents, ApiMethod } from './contract';

export interface CallMessage {
  readonly type: 'call';
  readonly id: number;
  readonly method: ApiMethod;
  readonly input: unknown;
}

export type ReplyMessage =
  | { readonly type: 'reply'; readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly type: 'reply'; readonly id: number; readonly ok: false; readonly error: ApiErrorBody };

export interface EventMessage<E extends ApiEvent = ApiEvent> {
  readonly type: 'event';
  readonly event: E;
  readonly payload: ApiEvents[E];
}

/** The Electron IPC channel names (one invoke channel, one event channel). */
export const IPC_CALL_CHANNEL = 'vigil:call';
export const IPC_EVENT_CHANNEL = 'vigil:event';
/** Path of the WebSocket bridge in browser mode. */
export const BRIDGE_PATH = '/bridge';

/** What the Electron preload exposes as `window.vigilBridge`: raw envelopes, so error codes survive contextBridge. */
export interface PreloadBridge {
  invoke(method: ApiMethod, input: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: ApiErrorBody }>;
  subscribe(listener: (message: EventMessage) => void): () => void;
}
