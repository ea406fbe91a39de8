import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { startWebServer, type RunningWebServer } from './webServer';
import { EventHub } from '../api/eventHub';
import { createDispatcher, type ApiHandlers } from '../api/dispatcher';

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
