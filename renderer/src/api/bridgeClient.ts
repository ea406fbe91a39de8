// The WebSocket bridge client: VigilApi over the wire envelope, with a call queue, reconnect and backoff.
// Pure: the socket is injected (SocketFactory), so it runs under vitest in node with a fake socket.
import {
  API_ERROR_CODES,
  API_EVENT_NAMES,
  ApiCallError,
  type ApiErrorCode,
  type ApiErrorBody,
  type ApiEvent,
  type ApiEvents,
  type ApiInput,
  type ApiMethod,
  type ApiResult,
} from '../../../shared/api/contract';
import { BRIDGE_PATH, type CallMessage } from '../../../shared/api/wire';
import { i18n } from '../i18n';
import type { LinkListener, LinkState, StationClient } from './stationClient';
import { isMessage } from '../../../shared/messages/message';

/** What the client needs from a socket; the real one wraps a browser WebSocket (see client.ts). */
export interface SocketHandlers {
  open(): void;
  message(data: unknown): void;
  /** Called once when the socket closed or could not connect (an 'error' is always followed by this). */
  close(): void;
}
export interface SocketLike {
  send(data: string): void;
  close(): void;
}
export type SocketFactory = (url: string, handlers: SocketHandlers) => SocketLike;

/** Rejection of a call that the station never answered: link lost, timed out, or client closed. */
export class StationLinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StationLinkError';
  }
}

export interface BridgeClientOptions {
  readonly url: string;
  readonly socket: SocketFactory;
  /** First reconnect delay; doubles on each failed attempt up to maxRetryMs. */
  readonly initialRetryMs?: number;
  readonly maxRetryMs?: number;
  /** A call (queued or sent) not answered within this time is rejected with StationLinkError. */
  readonly callTimeoutMs?: number;
  /** 0..1; spreads reconnects of several windows (±20 %). Injected for tests. */
  readonly random?: () => number;
}

interface PendingCall {
  readonly message: CallMessage;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
  sent: boolean;
}

type AnyListener = (payload: unknown) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isApiEvent(value: unknown): value is ApiEvent {
  return typeof value === 'string' && (API_EVENT_NAMES as readonly string[]).includes(value);
}

function toCallError(error: unknown): ApiCallError {
  if (isRecord(error) && typeof error.message === 'string' && typeof error.code === 'string') {
    const code = (API_ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as ApiErrorCode) : 'internal';
    return new ApiCallError(code, error.message, { problems: Array.isArray(error.problems) ? (error.problems as ApiErrorBody['problems']) : [], said: isMessage(error.said) ? error.said : undefined });
  }
  return new ApiCallError('internal', 'Malformed error reply from the station');
}

/** Backoff delay before reconnect attempt number `attempt` (0-based), without jitter. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
}

export function createBridgeClient(options: BridgeClientOptions): StationClient {
  const initialRetryMs = options.initialRetryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 10_000;
  const callTimeoutMs = options.callTimeoutMs ?? 15_000;
  const random = options.random ?? Math.random;

  let nextId = 1;
  const pending = new Map<number, PendingCall>();
  const listeners = new Map<ApiEvent, Set<AnyListener>>();
  const linkListeners = new Set<LinkListener>();

  let link: LinkState = 'connecting';
  let socket: SocketLike | null = null;
  let socketOpen = false;
  /** Bumped for every new socket and on close(): events of an older socket are ignored. */
  let generation = 0;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  function setLink(next: LinkState): void {
    if (link === next) return;
    link = next;
    for (const listener of [...linkListeners]) listener(next);
  }

  function settle(id: number): PendingCall | undefined {
    const call = pending.get(id);
    if (call === undefined) return undefined;
    pending.delete(id);
    clearTimeout(call.timer);
    return call;
  }

  function trySend(call: PendingCall): void {
    if (socket === null || !socketOpen) return;
    try {
      socket.send(JSON.stringify(call.message));
      call.sent = true;
    } catch {
      settle(call.message.id)?.reject(new StationLinkError(i18n.t('errors.connectionLost')));
    }
  }

  function flushQueue(): void {
    for (const call of [...pending.values()]) if (!call.sent) trySend(call);
  }

  function dispatch(event: ApiEvent, payload: unknown): void {
    const set = listeners.get(event);
    if (set === undefined) return;
    for (const listener of [...set]) {
      try {
        listener(payload);
      } catch (error) {
        // One faulty listener must not stop the others from seeing the event.
        console.error(`Listener for '${event}' failed`, error);
      }
    }
  }

  function onMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (!isRecord(message)) return;
    if (message.type === 'reply' && typeof message.id === 'number') {
      const call = settle(message.id);
      if (call === undefined) return; // late reply of a timed-out call
      if (message.ok === true) call.resolve(message.result);
      else call.reject(toCallError(message.error));
    } else if (message.type === 'event' && isApiEvent(message.event)) {
      dispatch(message.event, message.payload);
    }
  }

  function scheduleReconnect(): void {
    if (closed || retryTimer !== null) return;
    const jitter = 0.8 + 0.4 * random();
    const delay = Math.round(backoffDelay(attempt, initialRetryMs, maxRetryMs) * jitter);
    attempt += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect();
    }, delay);
  }

  function connect(): void {
    if (closed) return;
    const mine = ++generation;
    const handlers: SocketHandlers = {
      open() {
        if (mine !== generation || closed) return;
        socketOpen = true;
        attempt = 0;
        setLink('open');
        flushQueue();
      },
      message(data) {
        if (mine !== generation || closed) return;
        onMessage(data);
      },
      close() {
        if (mine !== generation || closed) return;
        socket = null;
        socketOpen = false;
        // Calls already sent will never be answered by this socket; queued ones wait for the next.
        for (const call of [...pending.values()]) {
          if (call.sent) settle(call.message.id)?.reject(new StationLinkError(i18n.t('errors.connectionLost')));
        }
        setLink('lost');
        scheduleReconnect();
      },
    };
    try {
      socket = options.socket(options.url, handlers);
      if (socketOpen) flushQueue(); // a socket that opened synchronously
    } catch {
      socket = null;
      setLink('lost');
      scheduleReconnect();
    }
  }

  const client: StationClient = {
    call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
      if (closed) return Promise.reject(new StationLinkError(i18n.t('errors.clientClosed')));
      const id = nextId++;
      return new Promise<ApiResult<M>>((resolve, reject) => {
        const timer = setTimeout(() => {
          settle(id)?.reject(new StationLinkError(i18n.t('errors.callTimeout')));
        }, callTimeoutMs);
        const call: PendingCall = {
          message: { type: 'call', id, method, input },
          resolve: (result) => resolve(result as ApiResult<M>),
          reject,
          timer,
          sent: false,
        };
        pending.set(id, call);
        trySend(call);
      });
    },

    on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
      let set = listeners.get(event);
      if (set === undefined) {
        set = new Set();
        listeners.set(event, set);
      }
      const entry = listener as AnyListener;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },

    get link() {
      return link;
    },

    onLink(listener: LinkListener): () => void {
      linkListeners.add(listener);
      return () => {
        linkListeners.delete(listener);
      };
    },

    close(): void {
      if (closed) return;
      closed = true;
      generation += 1;
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      const current = socket;
      socket = null;
      socketOpen = false;
      current?.close();
      for (const id of [...pending.keys()]) settle(id)?.reject(new StationLinkError(i18n.t('errors.clientClosed')));
      setLink('closed');
    },
  };

  connect();
  return client;
}

/** ws(s)://<host>/bridge?token=<token>, from the page's own location and its `?token=` query. */
export function bridgeUrl(location: { readonly protocol: string; readonly host: string; readonly search: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const token = new URLSearchParams(location.search).get('token');
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  return `${scheme}://${location.host}${BRIDGE_PATH}${query}`;
}
