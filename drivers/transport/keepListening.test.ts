import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { keepListening, type Listening, type ListeningChange } from './keepListening';

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

const bodyAt = async (port: number) => (await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } })).text();
const ignore = () => {};

describe('keepListening', () => {
  it('rejects when the first listen fails, so the command can say the port is taken', async () => {
    const taken = await keepListening(httpServer('first'), { host: '127.0.0.1', port: 0, onChange: ignore });
    listenings.push(taken);
    await expect(keepListening(httpServer('second'), { host: '127.0.0.1', port: taken.port, onChange: ignore })).rejects.toThrow(/EADDRINUSE/);
  });

  it('after a server error, reports the loss with the error and the wait, listens again on the same port and says so', async () => {
    const changes: ListeningChange[] = [];
    const server = httpServer('ok');
    const listening = await keepListening(server, { host: '127.0.0.1', port: 0, onChange: (c) => changes.push(c), retryMs: 10 });
    listenings.push(listening);
    const emfile = Object.assign(new Error('accept EMFILE'), { code: 'EMFILE' });
    server.emit('error', emfile);
    expect(changes).toEqual([{ listening: false, error: emfile, retryInMs: 10 }]);
    await until(() => changes.length === 2);
    expect(changes[1]).toEqual({ listening: true });
    expect(await bodyAt(listening.port)).toBe('ok');
  });

  it('keeps trying while the port is held by someone else (waits growing), and gets it back once it is free', async () => {
    const changes: ListeningChange[] = [];
    const server = httpServer('ours');
    const listening = await keepListening(server, { host: '127.0.0.1', port: 0, onChange: (c) => changes.push(c), retryMs: 10, maxRetryMs: 40 });
    listenings.push(listening);
    server.close();
    const squatter = httpServer('squatter');
    await new Promise<void>((resolve) => squatter.listen(listening.port, '127.0.0.1', resolve));
    server.emit('error', new Error('listener lost'));
    const inUse = () => changes.filter((c) => !c.listening && /EADDRINUSE/.test(String(c.error)));
    await until(() => inUse().length >= 2);
    const waits = changes.flatMap((c) => (c.listening ? [] : [c.retryInMs]));
    expect(waits.slice(0, 3)).toEqual([10, 20, 40]);
    squatter.closeAllConnections();
    await new Promise((resolve) => squatter.close(resolve));
    await until(() => server.listening);
    expect(await bodyAt(listening.port)).toBe('ours');
    expect(changes.at(-1)).toEqual({ listening: true });
  });

  it('a reporter that throws does not stop the restart', async () => {
    const server = httpServer('ok');
    const listening = await keepListening(server, { host: '127.0.0.1', port: 0, onChange: () => { throw new Error('reporter broken'); }, retryMs: 5 });
    listenings.push(listening);
    let listenedAgain = 0;
    server.on('listening', () => (listenedAgain += 1));
    server.emit('error', new Error('lost'));
    await until(() => listenedAgain === 1);
    expect(await bodyAt(listening.port)).toBe('ok');
  });

  it('does not restart a server that was stopped on purpose', async () => {
    const server = httpServer('ok');
    const listening = await keepListening(server, { host: '127.0.0.1', port: 0, onChange: ignore, retryMs: 1 });
    listening.stop();
    server.close();
    server.emit('error', new Error('late'));
    await new Promise((r) => setTimeout(r, 30));
    expect(server.listening).toBe(false);
  });
});
