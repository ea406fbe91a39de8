// The MLLP listener's limits on loopback: the connection cap closes the longest-idle connection (a peer that never
// sent a frame before a real sender), the idle timeout shortens under pressure, an unfinished frame has a byte limit.
import { afterEach, describe, expect, it } from 'vitest';
import { Socket, type Server } from 'node:net';
import { MllpListener, type ListenerEvent, type MllpListenerOptions } from './transport';
import { VT, encodeMllp } from './mllp';

let listener: MllpListener;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await listener?.close();
});

async function start(options: Partial<MllpListenerOptions>): Promise<{ port: number; events: ListenerEvent[] }> {
  const events: ListenerEvent[] = [];
  listener = new MllpListener({ host: '127.0.0.1', port: 0, onFrame: () => [new TextEncoder().encode('ACK')], onEvent: (e) => events.push(e), ...options });
  const { port } = await listener.listen();
  return { port, events };
}

function connect(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    sockets.push(socket);
    socket.once('error', reject);
    socket.connect(port, '127.0.0.1', () => resolve(socket));
  });
}

const closed = (socket: Socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));
const firstData = (socket: Socket) => new Promise<Buffer>((resolve) => socket.once('data', resolve));

/** Waits until the listener has accepted `n` connections (accept runs after the client's connect callback). */
async function accepted(n: number): Promise<void> {
  while (listener.connections < n) await new Promise((r) => setTimeout(r, 5));
}

describe('MllpListener limits', () => {
  it('at the cap, closes the longest-idle connection that never sent a frame, sparing a real sender', async () => {
    const { port, events } = await start({ maxConnections: 3 });
    const sender = await connect(port);
    await accepted(1);
    const ack = firstData(sender);
    sender.write(encodeMllp(new TextEncoder().encode('MSH|1')));
    await ack;
    const idle1 = await connect(port);
    await accepted(2);
    const idle2 = await connect(port);
    await accepted(3);
    await connect(port);
    await closed(idle1);
    expect(listener.connections).toBe(3);
    await connect(port);
    await closed(idle2);
    expect(sender.destroyed).toBe(false);
    expect(listener.counts.evicted).toBe(2);
    expect(events.filter((e) => e.kind === 'evicted')).toHaveLength(2);
  });

  it('closes idle connections after the shorter timeout once half the cap is in use', async () => {
    const { port, events } = await start({ maxConnections: 4, idleTimeoutMs: 60_000, pressureIdleTimeoutMs: 100 });
    const a = await connect(port);
    await accepted(1);
    const b = await connect(port);
    await Promise.all([closed(a), closed(b)]);
    expect(events.filter((e) => e.kind === 'idle')).toHaveLength(2);
    expect(listener.counts.idleClosed).toBe(2);
  });

  it('closes a connection whose unfinished frame passes the byte limit, and counts it', async () => {
    const { port, events } = await start({ maxUnfinishedBytes: 1000 });
    const greedy = await connect(port);
    greedy.write(Buffer.concat([Buffer.from([VT]), Buffer.alloc(2000, 0x41)]));
    await closed(greedy);
    expect(listener.counts.overflowed).toBe(1);
    expect(events).toContainEqual(expect.objectContaining({ kind: 'overflow', limit: 1000 }));
  });
});

describe('MllpListener after a server error', () => {
  it('says it lost its socket, opens the same port again, says so, and serves a sender while an old connection carries on', { timeout: 10_000 }, async () => {
    const changes: unknown[] = [];
    const { port } = await start({ onListeningChange: (change) => changes.push(change) });
    const before = await connect(port);
    await accepted(1);
    // Reaching the private server is the only way to raise a listening error on demand (EMFILE is absorbed by libuv).
    (listener as unknown as { server: Server }).server.emit('error', Object.assign(new Error('listen lost'), { code: 'EIO' }));
    expect(changes).toEqual([expect.objectContaining({ listening: false, retryInMs: 1_000 })]);
    while (changes.length < 2) await new Promise((r) => setTimeout(r, 20));
    expect(changes[1]).toEqual({ listening: true });
    expect(listener.address?.port).toBe(port);
    const after = await connect(port);
    const reply = firstData(after);
    after.write(encodeMllp(new TextEncoder().encode('MSH|^~\\&|after')));
    expect((await reply).toString('latin1')).toContain('ACK');
    const old = firstData(before);
    before.write(encodeMllp(new TextEncoder().encode('MSH|^~\\&|before')));
    expect((await old).toString('latin1')).toContain('ACK');
  });
});
