// Test helpers for the browser-mode server: raw TCP exchanges (no HTTP client tidies the bytes up), hand-built
// WebSocket frames, and the corpus of malformed requests every test of "no request stops the station" sends.
import { connect } from 'node:net';

export interface RawAnswer {
  /** The status code of the first status line, or null when the socket closed without one. */
  readonly status: number | null;
  /** Everything received, as latin1 text. */
  readonly text: string;
  readonly bytes: Buffer;
  /** The server closed (or reset) the connection. */
  readonly closed: boolean;
}

/**
 * Writes `request` to a fresh connection and resolves at the first complete status line (or, with
 * `untilClose`, when the server closes); rejects if neither happens within `timeoutMs`: a hang.
 */
export function rawExchange(port: number, request: string | Buffer, { untilClose = false, timeoutMs = 3_000 } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const answer = (closed: boolean): RawAnswer => {
      const bytes = Buffer.concat(chunks);
      const text = bytes.toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3}) [^\r\n]*\r\n/.exec(text);
      return { status: status ? Number(status[1]) : null, text, bytes, closed };
    };
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(request.toString('latin1').slice(0, 120))}; got ${JSON.stringify(answer(false).text.slice(0, 120))}`));
    }, timeoutMs);
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer(closed));
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (!untilClose && answer(false).status !== null) finish(false);
    });
    socket.on('error', () => finish(true)); // a reset is a closed socket too
    socket.on('close', () => finish(true));
    socket.write(request);
  });
}

/** Writes `request` and resets the connection (RST) right away, before the server has answered. */
export function sendAndReset(port: number, request: string | Buffer): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(request);
      setImmediate(() => {
        socket.resetAndDestroy();
        resolve();
      });
    });
    socket.on('error', () => resolve());
  });
}

export interface FrameOptions {
  readonly fin?: boolean;
  /** RSV1–3 bits, as the high nibble's lower three bits (0b100 = RSV1). */
  readonly rsv?: number;
  readonly masked?: boolean;
  /** A declared payload length that differs from the bytes sent (64-bit field). */
  readonly declaredLength?: bigint;
}

/** A client-to-server WebSocket frame built by hand, so it can be wrong in exactly one way. */
export function wsFrame(opcode: number, payload: Buffer | string, { fin = true, rsv = 0, masked = true, declaredLength }: FrameOptions = {}): Buffer {
  const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8');
  const first = (fin ? 0x80 : 0) | (rsv << 4) | opcode;
  const maskBit = masked ? 0x80 : 0;
  let header: Buffer;
  if (declaredLength !== undefined || body.length > 0xffff) {
    header = Buffer.alloc(10);
    header[1] = maskBit | 127;
    header.writeBigUInt64BE(declaredLength ?? BigInt(body.length), 2);
  } else if (body.length > 125) {
    header = Buffer.alloc(4);
    header[1] = maskBit | 126;
    header.writeUInt16BE(body.length, 2);
  } else {
    header = Buffer.alloc(2);
    header[1] = maskBit | body.length;
  }
  header[0] = first;
  if (!masked) return Buffer.concat([header, body]);
  const mask = Buffer.from([0x12, 0x34, 0x56, 0x78]);
  return Buffer.concat([header, mask, Buffer.from(body.map((b, i) => b ^ mask[i % 4]!))]);
}

/** The status code of the first close frame the server sent after its 101 answer, or null. */
export function closeCode(answer: RawAnswer): number | null {
  const end = answer.bytes.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const frames = answer.bytes.subarray(end + 4);
  return frames.length >= 4 && frames[0] === 0x88 ? frames.readUInt16BE(2) : null;
}

/** A bridge handshake with a wrong token: refused by the server's own code, not by ws. */
export function refusedUpgrade(port: number): string {
  return `GET /bridge?token=wrong HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`;
}

export interface CorpusEntry {
  readonly name: string;
  readonly request: string | Buffer;
  /** The status code of the answer. */
  readonly status: number;
  /** For a bridge handshake followed by a bad frame: the close code the server sends before closing. */
  readonly closeCode?: number;
}

interface Server {
  readonly port: number;
  readonly token: string;
}

/** The malformed and hostile requests of issue 14, each with the one answer it must get. */
export function malformedCorpus({ port, token }: Server): CorpusEntry[] {
  const host = `Host: 127.0.0.1:${port}`;
  const get = (target: string, headers: string[] = [host]) => `GET ${target} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`;
  const upgrade = (target: string, extra: string[] = []) =>
    get(target, [host, 'Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 13', ...extra]);
  const bridge = `/bridge?token=${token}`;
  const handshakeThen = (frame: Buffer) => Buffer.concat([Buffer.from(upgrade(bridge), 'latin1'), frame]);
  return [
    // The two requests that stopped the station (issue 14, item 1).
    { name: 'GET /% (malformed percent-encoding)', request: get('/%'), status: 400 },
    { name: 'upgrade to http://[ (not a URL)', request: upgrade('http://['), status: 400 },
    { name: 'GET http://[ without upgrade', request: get('http://['), status: 400 },
    { name: 'upgrade to /% ', request: upgrade('/%'), status: 400 },
    { name: 'GET /%E0%A4%A (truncated UTF-8 escape)', request: get('/%E0%A4%A'), status: 400 },
    { name: 'GET /%C0%AF (overlong UTF-8)', request: get('/%C0%AF'), status: 400 },
    { name: 'GET /index.html%00.png (encoded NUL)', request: get('/index.html%00.png'), status: 400 },
    { name: 'GET * (asterisk-form)', request: get('*'), status: 400 },
    { name: 'GET ftp://127.0.0.1/ (other scheme)', request: get(`ftp://127.0.0.1:${port}/`), status: 400 },
    { name: 'absolute-form naming another host', request: get('http://evil.example/index.html'), status: 421 },
    { name: 'absolute-form naming this station', request: get(`http://127.0.0.1:${port}/index.html`), status: 200 },
    { name: 'traversal with ..', request: get('/../../../../etc/passwd'), status: 404 },
    { name: 'traversal with encoded ../', request: get('/..%2F..%2F..%2Fetc%2Fpasswd'), status: 404 },
    { name: 'traversal with double-encoded ../', request: get('/%252e%252e/%252e%252e/etc/passwd'), status: 404 },
    { name: 'traversal with backslashes', request: get('/..\\..\\..\\etc\\passwd'), status: 404 },
    { name: 'protocol-relative //host/path', request: get('//evil.example/index.html'), status: 404 },
    { name: 'a folder', request: get('/assets/'), status: 404 },
    { name: 'a very long path (8 KiB)', request: get(`/${'a'.repeat(8 * 1024)}`), status: 404 },
    { name: 'a request line over the header limit (64 KiB)', request: get(`/${'a'.repeat(64 * 1024)}`), status: 431 },
    { name: 'TRACE', request: `TRACE / HTTP/1.1\r\n${host}\r\n\r\n`, status: 405 },
    { name: 'OPTIONS', request: `OPTIONS / HTTP/1.1\r\n${host}\r\n\r\n`, status: 405 },
    { name: 'OPTIONS *', request: `OPTIONS * HTTP/1.1\r\n${host}\r\n\r\n`, status: 400 },
    { name: 'POST with a body', request: `POST / HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{"type":"x"}\n`, status: 405 },
    { name: 'POST announcing a body it never sends', request: `POST /bridge HTTP/1.1\r\n${host}\r\nContent-Length: 1000000\r\n\r\nabc`, status: 405 },
    { name: 'chunked body with a bad chunk size', request: `PUT / HTTP/1.1\r\n${host}\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nhello\r\n0\r\n\r\n`, status: 405 },
    { name: 'Content-Length and Transfer-Encoding together', request: `POST / HTTP/1.1\r\n${host}\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`, status: 400 },
    { name: 'CONNECT (proxy tunnel)', request: `CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n`, status: 405 },
    { name: 'no Host header', request: 'GET / HTTP/1.1\r\n\r\n', status: 400 },
    { name: 'HTTP/1.0 without Host', request: 'GET / HTTP/1.0\r\n\r\n', status: 400 },
    { name: 'Host of another site (DNS rebinding)', request: get('/', ['Host: evil.example']), status: 421 },
    { name: 'two Host headers', request: get('/', [host, 'Host: evil.example']), status: 400 },
    { name: 'a header with a control character', request: get('/', [host, 'X-Test: a\u0001b']), status: 400 },
    { name: 'a header line without a colon', request: get('/', [host, 'no colon here']), status: 400 },
    { name: '5,000 headers', request: get('/', [host, ...Array.from({ length: 5000 }, (_, i) => `X-H${i}: v`)]), status: 431 },
    { name: 'a 20 KiB header value', request: get('/', [host, `X-A: ${'a'.repeat(20 * 1024)}`]), status: 431 },
    { name: 'an Expect the server cannot meet', request: get('/', [host, 'Expect: teapot']), status: 417 },
    { name: 'an unknown method', request: `BREW / HTTP/1.1\r\n${host}\r\n\r\n`, status: 400 },
    { name: 'HTTP/2 preface', request: 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', status: 400 },
    { name: 'HTTP/9.9', request: `GET / HTTP/9.9\r\n${host}\r\n\r\n`, status: 400 },
    { name: 'binary garbage', request: Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a]), status: 400 },
    { name: 'upgrade without a token', request: upgrade('/bridge'), status: 403 },
    { name: 'upgrade with a wrong token', request: upgrade('/bridge?token=wrong'), status: 403 },
    { name: 'upgrade with the token on another path', request: upgrade(`/index.html?token=${token}`), status: 403 },
    { name: 'upgrade from another Origin', request: upgrade(bridge, ['Origin: http://evil.example']), status: 403 },
    { name: 'upgrade with a malformed Origin', request: upgrade(bridge, ['Origin: ://[']), status: 403 },
    { name: 'upgrade to h2c', request: get(bridge, [host, 'Upgrade: h2c', 'Connection: Upgrade, HTTP2-Settings', 'HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA']), status: 400 },
    { name: 'upgrade without Sec-WebSocket-Key', request: get(bridge, [host, 'Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Version: 13']), status: 400 },
    { name: 'upgrade with a bad Sec-WebSocket-Version', request: get(bridge, [host, 'Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 99']), status: 400 },
    { name: 'upgrade by POST', request: `POST ${bridge} HTTP/1.1\r\n${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nContent-Length: 0\r\n\r\n`, status: 405 },
    { name: 'bridge: unmasked frame', request: handshakeThen(wsFrame(0x1, '{}', { masked: false })), status: 101, closeCode: 1002 },
    { name: 'bridge: reserved opcode', request: handshakeThen(wsFrame(0x3, 'x')), status: 101, closeCode: 1002 },
    { name: 'bridge: RSV1 without an extension', request: handshakeThen(wsFrame(0x1, '{}', { rsv: 0b100 })), status: 101, closeCode: 1002 },
    { name: 'bridge: fragmented ping', request: handshakeThen(wsFrame(0x9, 'x', { fin: false })), status: 101, closeCode: 1002 },
    { name: 'bridge: invalid UTF-8 text', request: handshakeThen(wsFrame(0x1, Buffer.from([0x7b, 0xc3, 0x28, 0x7d]))), status: 101, closeCode: 1007 },
    { name: 'bridge: a message over 1 MiB', request: handshakeThen(wsFrame(0x1, 'x', { declaredLength: 2n * 1024n * 1024n })), status: 101, closeCode: 1009 },
    { name: 'bridge: a 2^63-byte length', request: handshakeThen(wsFrame(0x2, 'x', { declaredLength: 1n << 63n })), status: 101, closeCode: 1009 },
    { name: 'bridge: close with an invalid code', request: handshakeThen(wsFrame(0x8, Buffer.from([0x03, 0xe7]))), status: 101, closeCode: 1002 },
  ];
}

/** What a corpus entry got: its status, and the close code when the entry expects the bridge to close on it. */
export async function answerTo(port: number, entry: CorpusEntry): Promise<{ status: number | null; closeCode: number | null }> {
  const answer = await rawExchange(port, entry.request, { untilClose: entry.closeCode !== undefined });
  return { status: answer.status, closeCode: entry.closeCode === undefined ? null : closeCode(answer) };
}

/** What a corpus entry must get, in the shape `answerTo` returns. */
export function expectedAnswer(entry: CorpusEntry): { status: number; closeCode: number | null } {
  return { status: entry.status, closeCode: entry.closeCode ?? null };
}
