import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { keepListening, type Listening } from './keepListening';
import { rawExchange } from './test-support';

const servers: Server[] = [];
const listenings: Listening[] = [];
afterEach(async () => {
  for (const l of listenings.splice(0)) l.stop();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

function httpServer(body: string): Server {
  const server = createServer((_req, res) => res.end(body));
  servers.push(server);
  return server;
}

/** Polls until the check passes (the restart is asynchronous by design). */
async function until(check: () => boolean | Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const GET = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';

describe('keepListening', () => {
  it('rejects when the first listen fails, so the command can say the port is taken', async () => {
    const first = httpServer('first');
    const taken = await keepListening(first, { host: '127.0.0.1', port: 0, log: () => {} });
    listenings.push(taken);
    await expect(keepListening(httpServer('second'), { host: '127.0.0.1', port: taken.port, log: () => {} })).rejects.toThrow(/EADDRINUSE/);
  });

  it('after a server error, logs it and listens again on the same port', async () => {
    const lines: string[] = [];
    const server = httpServer('ok');
    const listening = await keepListening(server, { host: '127.0.0.1', port: 0, log: (line) => lines.push(line), retryMs: 10 });
    listenings.push(listening);
    server.emit('error', Object.assign(new Error('accept EMFILE\nforged line'), { code: 'EMFILE' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^vigil web: the web server failed: Error: accept EMFILE\\\\u\\{a\\}forged line \\(at .*\\); listening again on 127\\.0\\.0\\.1:${listening.port} in 10 ms$`));
    await until(() => lines.length === 2);
    expect(lines[1]).toBe(`vigil web: listening again on 127.0.0.1:${listening.port}`);
    expect(await rawExchange(listening.port, GET)).toMatchObject({ status: 200 });
  });

  it('keeps trying while the port is held by someone else, and gets it back once it is free', async () => {
    const lines: string[] = [];
    const server = httpServer('ours');
    const listening = await keepListening(server, { host: '127.0.0.1', port: 0, log: (line) => lines.push(line), retryMs: 10, maxRetryMs: 40 });
    listenings.push(listening);
    server.close();
    const squatter = httpServer('squatter');
    await new Promise<void>((resolve) => squatter.listen(listening.port, '127.0.0.1', resolve));
    server.emit('error', new Error('listener lost'));
    await until(() => lines.filter((l) => /EADDRINUSE/.test(l)).length >= 2);
    squatter.closeAllConnections();
    await new Promise((resolve) => squatter.close(resolve));
    await until(() => server.listening);
    expect((await rawExchange(listening.port, GET, { untilClose: false })).text).toMatch(/ours$/);
  });

  it('does not restart a server that was stopped on purpose', async () => {
    const server = httpServer('ok');
    const listening = await keepListening(server, { host: '127.0.0.1', port: 0, log: () => {}, retryMs: 1 });
    listening.stop();
    server.close();
    server.emit('error', new Error('late'));
    await new Promise((r) => setTimeout(r, 30));
    expect(server.listening).toBe(false);
  });
});
