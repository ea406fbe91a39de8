import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerFailure } from './answers';
import { describeError, guarded, webErrorReporter } from './safetyNet';
import { rawExchange } from './test-support';

describe('guarded', () => {
  it('hands a synchronous throw and a rejected promise to the failure handler, with the call’s arguments', async () => {
    const seen: unknown[][] = [];
    guarded((n: number) => {
      throw new Error(`sync ${n}`);
    }, (error, n) => seen.push([(error as Error).message, n]))(1);
    guarded(async (n: number) => Promise.reject(new Error(`async ${n}`)), (error, n) => seen.push([(error as Error).message, n]))(2);
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual([['sync 1', 1], ['async 2', 2]]);
  });

  it('survives a failure handler that fails too', () => {
    const call = guarded(() => {
      throw new Error('first');
    }, () => {
      throw new Error('second');
    });
    expect(() => call()).not.toThrow();
  });
});

describe('describeError', () => {
  it('names the error and where it was thrown, in one line', () => {
    const error = new URIError('URI malformed');
    expect(describeError(error)).toMatch(/^URIError: URI malformed \(at .*safetyNet\.test\.ts:\d+:\d+\)$/);
  });

  it('describes what is not an Error without calling its own methods', () => {
    expect(describeError('plain')).toBe('plain');
    expect(describeError(JSON.parse('{"toString":1}'))).toBe('[object Object]');
    expect(describeError(Object.create(null))).toBe('[object Object]');
  });
});

describe('the web server’s safety net on a real HTTP server', () => {
  let server: Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(handler: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<{ port: number; lines: string[] }> {
    const lines: string[] = [];
    const { report } = webErrorReporter((line) => lines.push(line));
    server = createServer(
      guarded(handler, (error, req, res) => {
        report(`${req.method} ${req.url}`, error);
        answerFailure(res);
      }),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as AddressInfo).port, lines };
  }

  it('answers 500 to a request whose handler throws, logs one escaped line, and keeps serving', async () => {
    let calls = 0;
    const { port, lines } = await serve((_req, res) => {
      calls += 1;
      if (calls === 1) throw new Error('boom\nvigil station: stopped');
      res.end('fine');
    });
    const forged = await rawExchange(port, 'GET /a%0Avigil%20station:%20stopped HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(forged.status).toBe(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^vigil web: GET \/a%0Avigil%20station:%20stopped failed: Error: boom\\u\{a\}vigil station: stopped \(at /);
    expect(lines[0]).not.toMatch(/\n/);
    expect((await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n')).status).toBe(200);
  });

  it('answers 500 when the handler’s promise rejects before anything was sent', async () => {
    const { port, lines } = await serve(async () => {
      await Promise.resolve();
      throw new TypeError('Invalid URL');
    });
    expect((await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n')).status).toBe(500);
    expect(lines).toEqual([expect.stringMatching(/^vigil web: GET \/ failed: TypeError: Invalid URL/)]);
  });

  it('cuts the connection when the handler fails after the headers went out, so the client does not wait forever', async () => {
    const { port } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': 100 });
      res.write('partial');
      throw new Error('mid-body');
    });
    const answer = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', { untilClose: true });
    expect(answer.closed).toBe(true);
  });
});
