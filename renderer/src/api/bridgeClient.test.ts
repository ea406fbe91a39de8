import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../shared/api/contract';
import type { CallMessage } from '../../../shared/api/wire';
import { backoffDelay, bridgeUrl, createBridgeClient, StationLinkError, type SocketHandlers } from './bridgeClient';
import type { LinkState } from './stationClient';

class FakeSocket {
  readonly sent: CallMessage[] = [];
  closedByClient = false;
  constructor(
    readonly url: string,
    private readonly handlers: SocketHandlers,
  ) {}
  send(data: string): void {
    this.sent.push(JSON.parse(data) as CallMessage);
  }
  close(): void {
    this.closedByClient = true;
  }
  open(): void {
    this.handlers.open();
  }
  drop(): void {
    this.handlers.close();
  }
  receive(message: unknown): void {
    this.handlers.message(typeof message === 'string' ? message : JSON.stringify(message));
  }
}

function setup(options: { callTimeoutMs?: number } = {}) {
  const sockets: FakeSocket[] = [];
  const links: LinkState[] = [];
  const client = createBridgeClient({
    url: 'ws://127.0.0.1:7300/bridge?token=t',
    socket: (url, handlers) => {
      const socket = new FakeSocket(url, handlers);
      sockets.push(socket);
      return socket;
    },
    initialRetryMs: 500,
    maxRetryMs: 4000,
    random: () => 0.5, // no jitter
    ...options,
  });
  client.onLink((state) => links.push(state));
  const last = (): FakeSocket => {
    const socket = sockets.at(-1);
    if (socket === undefined) throw new Error('no socket');
    return socket;
  };
  return { client, sockets, links, last };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('bridge client', () => {
  it('queues calls made while connecting and sends them on open, with incrementing ids', async () => {
    const { client, last } = setup();
    expect(client.link).toBe('connecting');
    const status = client.call('station.status', {});
    const latest = client.call('observations.latest', {});
    expect(last().sent).toHaveLength(0);

    last().open();
    expect(client.link).toBe('open');
    expect(last().sent.map((m) => [m.id, m.method])).toEqual([
      [1, 'station.status'],
      [2, 'observations.latest'],
    ]);

    last().receive({ type: 'reply', id: 2, ok: true, result: [] });
    last().receive({ type: 'reply', id: 1, ok: true, result: { stationName: 'Bed 4' } });
    await expect(latest).resolves.toEqual([]);
    await expect(status).resolves.toEqual({ stationName: 'Bed 4' });

    const third = client.call('observations.latest', {});
    expect(last().sent.at(-1)).toMatchObject({ type: 'call', id: 3, method: 'observations.latest', input: {} });
    last().receive({ type: 'reply', id: 3, ok: true, result: [] });
    await expect(third).resolves.toEqual([]);
  });

  it('rejects with ApiCallError when the station answers with an error', async () => {
    const { client, last } = setup();
    last().open();
    const call = client.call('observations.trend', { params: ['hr'], from: 10, to: 5 });
    last().receive({ type: 'reply', id: 1, ok: false, error: { code: 'invalid_input', message: 'to must be after from' } });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'invalid_input', message: 'to must be after from' });
  });

  it('dispatches events to listeners, until they unsubscribe; ignores junk', () => {
    const { client, last } = setup();
    last().open();
    const seen: unknown[] = [];
    const off = client.on('device.state', (payload) => seen.push(payload.deviceId));
    const obs: unknown[] = [];
    client.on('observations', (payload) => obs.push(payload.length));

    last().receive('not json');
    last().receive({ type: 'event', event: 'nope', payload: 1 });
    last().receive({ type: 'reply', id: 99, ok: true, result: 1 });
    last().receive({ type: 'event', event: 'device.state', payload: { deviceId: 7 } });
    last().receive({ type: 'event', event: 'observations', payload: [{}, {}] });
    off();
    last().receive({ type: 'event', event: 'device.state', payload: { deviceId: 8 } });
    expect(seen).toEqual([7]);
    expect(obs).toEqual([2]);
  });

  it('a throwing listener does not stop the others', () => {
    const { client, last } = setup();
    last().open();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: number[] = [];
    client.on('device.state', () => {
      throw new Error('boom');
    });
    client.on('device.state', (p) => seen.push(p.deviceId));
    last().receive({ type: 'event', event: 'device.state', payload: { deviceId: 1 } });
    expect(seen).toEqual([1]);
    spy.mockRestore();
  });

  it('on a dropped link: rejects calls in flight, reports lost, reconnects with backoff, then sends queued calls', async () => {
    const { client, sockets, links, last } = setup();
    last().open();
    const inFlight = client.call('station.status', {});
    last().drop();
    await expect(inFlight).rejects.toBeInstanceOf(StationLinkError);
    expect(client.link).toBe('lost');

    const queued = client.call('observations.latest', {});
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);

    // The second attempt fails too: the next delay doubles.
    last().drop();
    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);

    last().open();
    expect(client.link).toBe('open');
    expect(last().sent).toEqual([{ type: 'call', id: 2, method: 'observations.latest', input: {} }]);
    last().receive({ type: 'reply', id: 2, ok: true, result: ['x'] });
    await expect(queued).resolves.toEqual(['x']);
    expect(links).toEqual(['open', 'lost', 'open']);

    // A success resets the backoff.
    last().drop();
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(4);
  });

  it('caps the backoff', () => {
    expect([0, 1, 2, 3, 4, 10, 100].map((a) => backoffDelay(a, 500, 4000))).toEqual([500, 1000, 2000, 4000, 4000, 4000, 4000]);
  });

  it('retries when the socket cannot even be created', () => {
    let attempts = 0;
    const client = createBridgeClient({
      url: 'ws://x/bridge',
      socket: () => {
        attempts += 1;
        throw new Error('bad url');
      },
      initialRetryMs: 100,
      random: () => 0.5,
    });
    expect(client.link).toBe('lost');
    vi.advanceTimersByTime(100);
    expect(attempts).toBe(2);
    client.close();
    vi.advanceTimersByTime(10_000);
    expect(attempts).toBe(2);
  });

  it('times out unanswered calls and ignores their late replies', async () => {
    const { client, last } = setup({ callTimeoutMs: 1000 });
    last().open();
    const call = client.call('station.status', {});
    vi.advanceTimersByTime(1000);
    await expect(call).rejects.toBeInstanceOf(StationLinkError);
    last().receive({ type: 'reply', id: 1, ok: true, result: {} });
  });

  it('close() rejects everything, closes the socket and stops reconnecting', async () => {
    const { client, sockets, last } = setup();
    const queued = client.call('station.status', {});
    client.close();
    await expect(queued).rejects.toBeInstanceOf(StationLinkError);
    await expect(client.call('station.status', {})).rejects.toBeInstanceOf(StationLinkError);
    expect(last().closedByClient).toBe(true);
    expect(client.link).toBe('closed');
    last().drop();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });
});

describe('bridgeUrl', () => {
  it('builds the bridge address from the page location and its token', () => {
    expect(bridgeUrl({ protocol: 'http:', host: '127.0.0.1:7300', search: '?token=a b&x=1' })).toBe(
      'ws://127.0.0.1:7300/bridge?token=a%20b',
    );
    expect(bridgeUrl({ protocol: 'https:', host: 'station.local', search: '' })).toBe('wss://station.local/bridge');
  });
});
