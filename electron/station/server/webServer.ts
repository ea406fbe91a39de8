// Browser mode: serves the built renderer and a WebSocket bridge of the API contract on loopback.
// Every request gets a defined answer; nothing a request or a socket brings can stop the station.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { BRIDGE_PATH } from '../../../shared/api/wire';
import type { LogLine } from '../log/rateLimitedLog';
import { answerFailure, refuseSocket, sendText } from './answers';
import { bridge, type BridgeOptions } from './bridge';
import { keepListening, type ListeningChange } from '../../../drivers/transport/keepListening';
import { ServiceBoard } from '../services';
import { parseRequestTarget, type RequestTarget } from './requestTarget';
import { guarded, webErrorReporter, type ReportError } from './safetyNet';
import { serveStatic } from './staticFiles';

export interface WebServerOptions extends BridgeOptions {
  readonly rendererDir: string;
  readonly port: number;
  readonly host?: string;
  /** Fixed token for tests; a random one per run otherwise. */
  readonly token?: string;
  /** Where the server's own failures go (rate-limited there); stderr by default. */
  readonly log?: LogLine;
  /** The station's services board, where a lost listening socket is shown until it is back; a board of its own otherwise. */
  readonly services?: ServiceBoard;
}

export interface RunningWebServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/** The largest WebSocket message a window may send; ws closes the socket (1009) above it. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
/** A GET-only server needs little time per request; slow senders must not hold sockets for Node's default minutes. */
const TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 2_000 } as const;

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = resolve(options.rendererDir);
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`The window is not built (no ${join(root, 'index.html')}): run "npm run build" first.`);
  });
  const { report, log } = webErrorReporter(options.log ?? ((line) => console.error(line)));
  let port = 0;
  const ours = () => [`${host}:${port}`, `localhost:${port}`];
  /** Refuses requests addressed to another host name (DNS rebinding), in the Host header or an absolute-form target. */
  const addressedToUs = (hostHeader: string, target: RequestTarget) => ours().includes(hostHeader) && (target.authority === null || ours().includes(target.authority));
  const originOk = (origin: string | undefined) => origin === undefined || ours().some((authority) => origin === `http://${authority}`);

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const target = parseRequestTarget(req.url);
    if (!target) return sendText(res, 400, 'Bad request');
    const hostHeader = singleHost(req);
    if (hostHeader === null) return sendText(res, 400, 'Bad request: one Host header needed');
    if (!addressedToUs(hostHeader, target)) return sendText(res, 421, 'Misdirected request');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return serveStatic(root, target.path, req, res);
  };
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = parseRequestTarget(req.url);
    if (!target) return refuseSocket(socket, 400);
    const hostHeader = singleHost(req);
    const allowed = target.path === BRIDGE_PATH && tokenMatches(target.query.get('token'), token) && originOk(req.headers.origin) && hostHeader !== null && addressedToUs(hostHeader, target);
    if (!allowed) return refuseSocket(socket, 403);
    // ws answers a handshake it cannot complete (not websocket, bad key or version) with 400 and closes the socket.
    wss.handleUpgrade(req, socket, head, (ws) => bridge(ws, options, report));
  };

  const server = createServer(
    TIMEOUTS,
    guarded(onRequest, (error, req, res) => {
      report(`${req.method} ${req.url}`, error);
      answerFailure(res);
    }),
  );
  server.on('upgrade', rawSocketHandler(onUpgrade, report));
  // A proxy tunnel is not something this server offers.
  server.on('connect', rawSocketHandler((_req, socket) => refuseSocket(socket, 405), report));
  let onListeningChange: (change: ListeningChange) => void = () => {};
  const listening = await keepListening(server, { host, port: options.port, onChange: (change) => onListeningChange(change) });
  port = listening.port;
  const services = options.services ?? new ServiceBoard(Date.now, log);
  onListeningChange = services.add({ kind: 'web', address: `${host}:${port}`, logName: 'vigil web: the web server' });
  return {
    url: `http://${host}:${port}/?token=${token}`,
    port,
    token,
    close: () => {
      listening.stop();
      services.remove('web', `${host}:${port}`);
      return closeServer(server, wss);
    },
  };
}

type RawSocketHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** Guards a handler of a socket Node has handed over: Node removed its own 'error' listener, so a reset would otherwise throw. */
function rawSocketHandler(handler: RawSocketHandler, report: ReportError): RawSocketHandler {
  const safe = guarded(handler, (error, req, socket) => {
    report(`${req.method} ${req.url} (upgrade)`, error);
    refuseSocket(socket, 500);
  });
  return (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    safe(req, socket, head);
  };
}

/** The one Host header, lower-cased; null when it is missing or repeated (HTTP/1.1 wants exactly one). */
function singleHost(req: IncomingMessage): string | null {
  const hosts = req.headersDistinct.host;
  return hosts?.length === 1 ? hosts[0]!.toLowerCase() : null;
}

function tokenMatches(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function closeServer(server: Server, wss: WebSocketServer): Promise<void> {
  for (const client of wss.clients) client.terminate();
  wss.close();
  server.closeAllConnections();
  return new Promise((resolveClose) => server.close(() => resolveClose()));
}
