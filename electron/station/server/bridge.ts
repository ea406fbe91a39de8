// One window's WebSocket bridge: calls in, replies and pushed events out. Nothing a window sends can throw out of here.
import type { RawData, WebSocket } from 'ws';
import type { CallMessage, ReplyMessage } from '../../../shared/api/wire';
import { INTERNAL_ERROR, type Dispatch, type DispatchReply } from '../api/dispatcher';
import type { EventHub } from '../api/eventHub';
import type { WindowSession } from '../auth/sessions';
import { guarded, type ReportError } from './safetyNet';

export interface BridgeOptions {
  readonly dispatch: Dispatch;
  /** A sign-in session per connection (each browser tab signs in on its own). */
  readonly createSession?: () => WindowSession;
  readonly events: EventHub;
}

/** Events are dropped for a window that cannot keep up rather than buffering without bound. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

type Call = Pick<CallMessage, 'id'> & { readonly method: unknown; readonly input: unknown };

export function bridge(ws: WebSocket, options: BridgeOptions, report: ReportError): void {
  const session = options.createSession?.() ?? null;
  const unsubscribe = options.events.subscribe((message) => {
    if (ws.readyState === ws.OPEN && ws.bufferedAmount < MAX_BUFFERED_BYTES) ws.send(JSON.stringify(message));
  });
  ws.on('close', unsubscribe);
  ws.on('error', unsubscribe); // malformed or oversize frames: ws closes the socket (1002/1009) and tells us here
  const answer = async (data: RawData) => {
    const call = readCall(data);
    if (!call) return; // not a call: there is no id to answer
    try {
      send(ws, replyMessage(call.id, await options.dispatch(call.method, call.input, session)));
    } catch (error) {
      report(`the bridge call ${typeof call.method === 'string' ? call.method : '(no method name)'}`, error);
      send(ws, replyMessage(call.id, { ok: false, error: INTERNAL_ERROR }));
    }
  };
  ws.on('message', guarded(answer, (error) => report('a bridge message', error)));
}

/** A call envelope, or null for anything else (not JSON, not an object, no numeric id). */
function readCall(data: RawData): Call | null {
  let value: unknown;
  try {
    value = JSON.parse(asBuffer(data).toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const call = value as Partial<Record<keyof CallMessage, unknown>>;
  if (call.type !== 'call' || typeof call.id !== 'number') return null;
  return { id: call.id, method: call.method, input: call.input };
}

function asBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

function replyMessage(id: number, reply: DispatchReply): ReplyMessage {
  return reply.ok ? { type: 'reply', id, ok: true, result: reply.result } : { type: 'reply', id, ok: false, error: reply.error };
}

function send(ws: WebSocket, message: ReplyMessage): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}
