// The defined answers of the web server: a short text response, or a refusal written to a raw (upgrade) socket.
import { STATUS_CODES, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** A short plain-text answer; error answers close the connection so nothing else of that request is read. */
export function sendText(res: ServerResponse, status: number, body = STATUS_CODES[status] ?? '', headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    ...(status >= 400 ? { Connection: 'close' } : {}),
    ...headers,
  });
  res.end(body);
}

/** Writes a status line to a socket Node has handed over (upgrade, CONNECT), then destroys it once written. */
export function refuseSocket(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Whatever state a response is in after a handler failed: a 500 if nothing was sent yet, else a cut connection. */
export function answerFailure(res: ServerResponse): void {
  if (!res.headersSent) sendText(res, 500, 'The station could not answer this request; it has been logged.');
  else if (!res.writableEnded) res.destroy();
}
