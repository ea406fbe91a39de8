import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { WebSocket } from 'ws';
import { startWebServer, type RunningWebServer, type WebServerOptions } from './webServer';
import { EventHub } from '../api/eventHub';
import { createDispatcher, type ApiHandlers, type Dispatch } from '../api/dispatcher';
import { answerTo, expectedAnswer, malformedCorpus, rawExchange, refusedUpgrade, sendAndReset } from './test-support';

function rendererDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Vigil</title>');
  return dir;
}

const dispatch = createDispatcher({
  'station.status': () => ({ stationName: 'bed 4', patient: null, devices: [], now: 42 }),
  'observations.latest': () => [],
  'observations.trend': () => [],
} as unknown as ApiHandlers);

function open(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function nextMessage(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) => ws.once('message', (d) => resolve(JSON.parse(d.toString()))));
}

/** The next `count` messages, sorted by id (replies to concurrent calls may come in any order). */
function nextReplies(ws: WebSocket, count: number): Promise<{ id: number }[]> {
  return new Promise((resolve) => {
    const replies: { id: number }[] = [];
    const onMessage = (d: WebSocket.RawData) => {
      replies.push(JSON.parse(d.toString()) as { id: number });
      if (replies.length < count) return;
      ws.off('message', onMessage);
      resolve(replies.sort((a, b) => a.id - b.id));
    };
    ws.on('message', onMessage);
  });
}

describe('browser-mode web server', () => {
  let server: RunningWebServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('serves the renderer on loopback with a strict CSP and refuses path traversal', async () => {
    server = await startWebServer({ dispatch, events: new EventHub(), rendererDir: rendererDir(), port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await page.text()).toMatch(/Vigil/);
    expect((await fetch(`http://127.0.0.1:${server.port}/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it('answers calls and pushes events over the bridge only with the right token', async () => {
    const events = new EventHub();
    server = await startWebServer({ dispatch, events, rendererDir: rendererDir(), port: 0 });
    await expect(open(`ws://127.0.0.1:${server.port}/bridge?token=wrong`)).rejects.toThrow(/403/);
    await expect(open(`ws://127.0.0.1:${server.port}/bridge?token=${server.token}`, { Origin: 'http://evil.example' })).rejects.toThrow(/403/);
    const ws = await open(`ws://127.0.0.1:${server.port}/bridge?token=${server.token}`);
    ws.send(JSON.stringify({ type: 'call', id: 7, method: 'station.status', input: {} }));
    expect(await nextMessage(ws)).toEqual({ type: 'reply', id: 7, ok: true, result: { stationName: 'bed 4', patient: null, devices: [], now: 42 } });
    ws.send('not json at all');
    ws.send(JSON.stringify({ type: 'call', id: 8, method: 'nope', input: {} }));
    expect(await nextMessage(ws)).toMatchObject({ id: 8, ok: false, error: { code: 'unknown_method' } });
    const pushed = nextMessage(ws);
    events.publish('observations', []);
    expect(await pushed).toEqual({ type: 'event', event: 'observations', payload: [] });
    ws.close();
  });

  it('says clearly when the window has not been built', async () => {
    await expect(startWebServer({ dispatch, events: new EventHub(), rendererDir: join(tmpdir(), 'no-such-renderer'), port: 0 })).rejects.toThrow(/npm run build/);
  });
});

describe('browser-mode web server: no request stops it', () => {
  let server: RunningWebServer | null = null;
  let logged: string[] = [];
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function start(overrides: Partial<WebServerOptions> = {}): Promise<RunningWebServer> {
    logged = [];
    server = await startWebServer({ dispatch, events: new EventHub(), rendererDir: rendererDir(), port: 0, log: (line) => logged.push(line), ...overrides });
    return server;
  }

  async function stillServes(s: RunningWebServer): Promise<void> {
    expect((await fetch(`http://127.0.0.1:${s.port}/`)).status).toBe(200);
    const ws = await open(`ws://127.0.0.1:${s.port}/bridge?token=${s.token}`);
    ws.send(JSON.stringify({ type: 'call', id: 1, method: 'station.status', input: {} }));
    expect(await nextMessage(ws)).toMatchObject({ id: 1, ok: true });
    ws.close();
  }

  it('gives every request of the malformed corpus its defined answer, handled where it is parsed', async () => {
    const s = await start();
    for (const entry of malformedCorpus(s)) expect({ entry: entry.name, ...(await answerTo(s.port, entry)) }).toEqual({ entry: entry.name, ...expectedAnswer(entry) });
    expect(logged).toEqual([]); // nothing reached the safety net: every case has its own answer
    await stillServes(s);
  });

  it('survives clients that reset the connection while their upgrade is being refused', async () => {
    const s = await start();
    for (let i = 0; i < 50; i += 1) await sendAndReset(s.port, refusedUpgrade(s.port));
    expect(logged).toEqual([]);
    await stillServes(s);
  });

  it('ignores bridge messages that are not calls and answers every malformed call, then answers the next good one', async () => {
    const s = await start();
    const ws = await open(`ws://127.0.0.1:${s.port}/bridge?token=${s.token}`);
    for (const junk of ['', 'not json', 'null', '[]', '42', '"call"', '{"type":"call"}', '{"type":"call","id":"1"}', '{"type":"reply","id":1}', '{"__proto__":{"type":"call"},"id":5}'])
      ws.send(junk);
    ws.send(Buffer.from([0xff, 0x00, 0xfe]));
    const replies = nextReplies(ws, 5);
    ws.send('{"type":"call","id":1,"method":{"toString":1},"input":{}}');
    ws.send('{"type":"call","id":2,"method":"__proto__"}');
    ws.send('{"type":"call","id":3,"method":"station.status","input":"zzz"}');
    ws.send('{"type":"call","id":4,"method":"events.record","input":{}}');
    ws.send('{"type":"call","id":5,"method":"station.status","input":{}}');
    expect(await replies).toEqual([
      { type: 'reply', id: 1, ok: false, error: { code: 'unknown_method', message: 'Unknown request "object".' } },
      { type: 'reply', id: 2, ok: false, error: expect.objectContaining({ code: 'unknown_method' }) },
      { type: 'reply', id: 3, ok: false, error: expect.objectContaining({ code: 'invalid_input' }) },
      { type: 'reply', id: 4, ok: false, error: expect.objectContaining({ code: 'forbidden' }) },
      { type: 'reply', id: 5, ok: true, result: expect.objectContaining({ stationName: 'bed 4' }) },
    ]);
    expect(logged).toEqual([]);
    ws.close();
  });

  it('answers "internal" to a call whose dispatch fails or whose result cannot be sent, logs one line, and keeps the socket', async () => {
    const failing: Dispatch = async (method) => {
      if (method === 'throws') throw new Error('handler bug\nforged');
      if (method === 'bigint') return { ok: true, result: 10n };
      return dispatch(method, {});
    };
    const s = await start({ dispatch: failing });
    const ws = await open(`ws://127.0.0.1:${s.port}/bridge?token=${s.token}`);
    const replies = nextReplies(ws, 3);
    ws.send('{"type":"call","id":1,"method":"throws"}');
    ws.send('{"type":"call","id":2,"method":"bigint"}');
    ws.send('{"type":"call","id":3,"method":"station.status"}');
    expect(await replies).toEqual([
      { type: 'reply', id: 1, ok: false, error: { code: 'internal', message: expect.stringMatching(/has been logged/) } },
      { type: 'reply', id: 2, ok: false, error: { code: 'internal', message: expect.stringMatching(/has been logged/) } },
      { type: 'reply', id: 3, ok: true, result: expect.objectContaining({ stationName: 'bed 4' }) },
    ]);
    expect(logged).toEqual([
      expect.stringMatching(/^vigil web: the bridge call throws failed: Error: handler bug\\u\{a\}forged \(at /),
      expect.stringMatching(/^vigil web: the bridge call bigint failed: TypeError: Do not know how to serialize a BigInt/),
    ]);
    ws.close();
  });

  it('answers any request line and header block with a status line or a closed socket, and stays up (property)', async () => {
    const s = await start();
    // Mostly well-formed with one part wrong, so requests reach the handlers and not only the HTTP parser.
    const often = <T,>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: odd, weight: 1 });
    const method = often(fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'TRACE', 'OPTIONS', 'CONNECT', 'DELETE'), fc.string({ unit: 'binary-ascii', maxLength: 8 }));
    const piece = fc.constantFrom('/', '%', '[', ']', ':', '.', '..', '\\', '?', '#', '@', '*', 'a', '%2e', '%2F', '%E0', 'http://', 'index.html', 'bridge', `token=${s.token}`);
    const target = often(fc.array(piece, { maxLength: 8 }).map((parts) => `/${parts.join('')}`), fc.oneof(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 40 })));
    const version = often(fc.constant('HTTP/1.1'), fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1 extra', '', 'HTTP/1.1\n'));
    const host = often(fc.constant(`Host: 127.0.0.1:${s.port}`), fc.constantFrom('Host: localhost', 'Host: [', 'Host:', `Host: 127.0.0.1:${s.port}\r\nHost: x`, ''));
    const headerName = often(fc.constantFrom('Origin', 'Upgrade', 'Connection', 'Sec-WebSocket-Key', 'Sec-WebSocket-Version', 'Content-Length', 'Transfer-Encoding', 'Expect'), fc.string({ unit: 'binary-ascii', maxLength: 10 }));
    const headerValue = often(
      fc.constantFrom(`http://127.0.0.1:${s.port}`, 'null', 'websocket', 'Upgrade', 'dGhlIHNhbXBsZSBub25jZQ==', '13', '0', '-1', '99999999999999999999', 'chunked', '100-continue', 'http://['),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    const header = fc.tuple(headerName, headerValue).map(([name, value]) => `${name}: ${value}`);
    const request = fc
      .tuple(method, target, version, host, fc.array(header, { maxLength: 4 }))
      .map(([m, path, v, h, headers]) => `${m} ${path} ${v}\r\n${[h, ...headers].map((line) => `${line}\r\n`).join('')}\r\n`);
    await fc.assert(
      fc.asyncProperty(request, async (raw) => {
        const answer = await rawExchange(s.port, Buffer.from(raw, 'latin1'), { timeoutMs: 2_000 });
        expect(answer.status !== null || answer.closed).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(logged).toEqual([]);
    await stillServes(s);
  });
});
