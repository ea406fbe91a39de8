// Browser mode: serves the built renderer and a WebSocket bridge of the API contract on loopback.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { BRIDGE_PATH, type CallMessage, type ReplyMessage } from '../../../shared/api/wire';
import type { Dispatch } from '../api/dispatcher';
import type { EventHub } from '../api/eventHub';
import type { WindowSession } from '../auth/sessions';

export interface WebServerOptions {
  readonly dispatch: Dispatch;
  /** A sign-in session per connection (each browser tab signs in on its own). */
  readonly createSession?: () => WindowSession;
  readonly events: EventHub;
  readonly rendererDir: string;
  readonly port: number;
  readonly host?: string;
  /** Fixed token for tests; a random one per run otherwise. */
  readonly token?: string;
}

export interface RunningWebServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The window must not load anything from outside the station. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Events are dropped for a window that cannot keep up rather than buffering without bound. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = resolve(options.rendererDir);
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`The window is not built (no ${join(root, 'index.html')}): run "npm run build" first.`);
  });

  const server = createServer((req, res) => {
    if (!allowedHost(req, host, port())) return send(res, 421, 'text/plain', 'Misdirected request');
    void serveStatic(root, req, res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = req.headers.origin;
    const originOk = origin === undefined || origin === `http://${host}:${port()}` || origin === `http://localhost:${port()}`;
    if (url.pathname !== BRIDGE_PATH || !tokenMatches(url.searchParams.get('token'), token) || !originOk || !allowedHost(req, host, port())) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => bridge(ws, options));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolveListen());
  });
  const port = () => (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port()}/?token=${token}`,
    port: port(),
    token,
    close: () => closeServer(server, wss),
  };
}

function bridge(ws: WebSocket, options: WebServerOptions): void {
  const session = options.createSession?.() ?? null;
  const unsubscribe = options.events.subscribe((message) => {
    if (ws.readyState === ws.OPEN && ws.bufferedAmount < MAX_BUFFERED_BYTES) ws.send(JSON.stringify(message));
  });
  ws.on('close', unsubscribe);
  ws.on('error', unsubscribe);
  ws.on('message', (data) => {
    let call: Partial<CallMessage>;
    try {
      call = JSON.parse(data.toString()) as Partial<CallMessage>;
    } catch {
      return; // not a call: nothing to answer
    }
    if (call?.type !== 'call' || typeof call.id !== 'number') return;
    const id = call.id;
    void options.dispatch(call.method, call.input, session).then((reply) => {
      const message: ReplyMessage = reply.ok ? { type: 'reply', id, ok: true, result: reply.result } : { type: 'reply', id, ok: false, error: reply.error };
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    });
  });
}

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const relative = normalize(pathname === '/' ? '/index.html' : pathname);
  const file = join(root, relative);
  if (!file.startsWith(root + sep)) return send(res, 404, 'text/plain', 'Not found');
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    send(res, 404, 'text/plain', 'Not found');
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

/** Refuses requests addressed to another host name (DNS rebinding). */
function allowedHost(req: IncomingMessage, host: string, port: number): boolean {
  const h = req.headers.host;
  return h === `${host}:${port}` || h === `localhost:${port}`;
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
