// The shell's wiring, booted against a recording stand-in for `electron` (the binary cannot exist on these machines).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { API_METHOD_NAMES, type ApiEvents } from '../../shared/api/contract';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type EventMessage, type PreloadBridge } from '../../shared/api/wire';
import { APP_URL, FakeEvent, FakeWebContents, type FakeBrowserWindow, type FakeElectron } from '../testing/fakeElectron';
import { Station } from '../testing/fakeStation';
import { FOREIGN_SENDER_REPLY } from './stationIpc';
import { HANG_GRACE_MS, MIN_RELOAD_INTERVAL_MS } from './rendererRecovery';

vi.mock('electron', async () => (await import('../testing/fakeElectron')).createFakeElectron());
vi.mock('../station/station', async () => await import('../testing/fakeStation'));

const fake = electron as unknown as FakeElectron;
let win: FakeBrowserWindow;
let station: Station;
/** Each timed test starts an hour after the last one, so no earlier reload counts against it. */
let clock = Date.UTC(2026, 10, 26, 10, 0); // fake timers start here: no test reads the wall clock
function freshFakeClock(): void {
  clock += 3_600_000;
  vi.useFakeTimers({ now: clock });
}

beforeAll(async () => {
  await import('./index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  win = fake.windows[0]!;
  station = Station.instances[0]!;
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const devicePayload: ApiEvents['device.state'] = { deviceId: 1, name: 'bed 4', connection: { state: 'receiving', since: 0, lastDataAt: 0 } };
const deviceState: EventMessage = { type: 'event', event: 'device.state', payload: devicePayload };

describe('Electron shell wiring', () => {
  it('takes the single-instance lock before anything opens, then starts one station and one window', () => {
    expect(fake.app.calls.indexOf('requestSingleInstanceLock')).toBeGreaterThanOrEqual(0);
    expect(fake.app.calls.indexOf('requestSingleInstanceLock')).toBeLessThan(fake.app.calls.indexOf('whenReady'));
    expect(Station.instances).toHaveLength(1);
    expect(station.calls).toEqual(['start']);
    expect(win.loaded).toHaveLength(1);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  });

  it('carries every contract method from the preload to the station dispatcher and the reply back; nothing else is served', async () => {
    fake.ipcRenderer.attach(win.webContents);
    await import('../preload/index');
    const bridge = fake.contextBridge.exposed.get('vigilBridge') as PreloadBridge;

    for (const method of API_METHOD_NAMES) {
      expect(await bridge.invoke(method, { probe: method })).toEqual({ ok: true, result: { answered: method } });
    }
    expect(station.dispatched.map((call) => call.method)).toEqual(API_METHOD_NAMES);
    expect(station.dispatched.map((call) => call.input)).toEqual(API_METHOD_NAMES.map((method) => ({ probe: method })));
    // The window's own sign-in session, the same on every call.
    expect(new Set(station.dispatched.map((call) => call.session))).toEqual(new Set([station.sessions[0]]));

    expect([...fake.ipcMain.handlers.keys()]).toEqual([IPC_CALL_CHANNEL]);
    expect(fake.ipcMain.listeners.size).toBe(0);
    expect(new Set(fake.ipcRenderer.invoked)).toEqual(new Set([IPC_CALL_CHANNEL]));

    const received: EventMessage[] = [];
    const unsubscribe = bridge.subscribe((message) => received.push(message));
    station.events.publish('device.state', devicePayload);
    unsubscribe();
    expect(received).toEqual([deviceState]);
  });

  it('refuses a call from any other contents, a subframe, a page that is not the app, or a frame already gone', async () => {
    const before = station.dispatched.length;
    const stranger = new FakeWebContents(fake);
    const refused = [
      fake.ipcMain.invoke(IPC_CALL_CHANNEL, stranger, stranger.mainFrame, 'live.status', {}),
      fake.ipcMain.invoke(IPC_CALL_CHANNEL, win.webContents, { url: APP_URL, parent: win.webContents.mainFrame }, 'live.status', {}),
      fake.ipcMain.invoke(IPC_CALL_CHANNEL, win.webContents, { url: 'https://example.org/', parent: null }, 'live.status', {}),
      fake.ipcMain.invoke(IPC_CALL_CHANNEL, win.webContents, { url: 'not a url', parent: null }, 'live.status', {}),
      fake.ipcMain.invoke(IPC_CALL_CHANNEL, win.webContents, null, 'live.status', {}),
    ];
    for (const reply of await Promise.all(refused)) expect(reply).toEqual(FOREIGN_SENDER_REPLY);
    expect(station.dispatched).toHaveLength(before);
  });

  it('brings the first window forward when Vigil is started again, opening nothing new', () => {
    win.minimized = true;
    win.calls.length = 0;
    fake.app.emit('second-instance', new FakeEvent(), ['vigil'], '/');
    expect(win.calls).toEqual(['restore', 'show', 'focus']);
    expect(fake.windows).toHaveLength(1);
    expect(Station.instances).toHaveLength(1);
  });

  it('reloads a crashed window (just after the event), logs one line, and keeps the same station running and talking to it', async () => {
    freshFakeClock();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const reloads = win.webContents.reloads;

    win.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 139 });
    expect(win.webContents.reloads).toBe(reloads);
    vi.advanceTimersByTime(0);
    expect(win.webContents.reloads).toBe(reloads + 1);
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(String(stderr.mock.calls[0]![0])).toMatch(/^vigil: the window stopped \(crashed, exit code 139\); reloading it.*\n$/);

    // Acquisition was never touched: same station, never stopped, its events still reach the window, calls still answered.
    expect(Station.instances).toHaveLength(1);
    expect(station.calls).toEqual(['start']);
    const sent = win.webContents.sent.length;
    station.events.publish('device.state', devicePayload);
    expect(win.webContents.sent.slice(sent)).toEqual([{ channel: IPC_EVENT_CHANNEL, message: deviceState }]);
    vi.useRealTimers();
    expect(await fake.ipcMain.invoke(IPC_CALL_CHANNEL, win.webContents, win.webContents.mainFrame, 'live.status', {})).toEqual({
      ok: true,
      result: { answered: 'live.status' },
    });
  });

  it('does not reload in a tight loop when the window crashes again at once, nor when its renderer exits cleanly', () => {
    freshFakeClock();
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    win.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'oom', exitCode: 0 });
    vi.advanceTimersByTime(0);
    const reloads = win.webContents.reloads;
    win.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'oom', exitCode: 0 });
    vi.advanceTimersByTime(MIN_RELOAD_INTERVAL_MS - 1);
    expect(win.webContents.reloads).toBe(reloads);
    vi.advanceTimersByTime(1);
    expect(win.webContents.reloads).toBe(reloads + 1);

    win.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'clean-exit', exitCode: 0 });
    vi.advanceTimersByTime(10 * MIN_RELOAD_INTERVAL_MS);
    expect(win.webContents.reloads).toBe(reloads + 1);
  });

  it('restarts a window that stays unresponsive past the grace period, but not one that recovers', () => {
    freshFakeClock();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const reloads = win.webContents.reloads;

    win.emit('unresponsive');
    vi.advanceTimersByTime(HANG_GRACE_MS - 1);
    win.emit('responsive');
    vi.advanceTimersByTime(10 * HANG_GRACE_MS);
    expect(win.webContents.reloads).toBe(reloads);
    expect(stderr).not.toHaveBeenCalled();

    win.emit('unresponsive');
    win.emit('unresponsive');
    vi.advanceTimersByTime(HANG_GRACE_MS - 1);
    expect(win.webContents.reloads).toBe(reloads);
    vi.advanceTimersByTime(2);
    expect(win.webContents.reloads).toBe(reloads + 1);
    expect(String(stderr.mock.calls[0]![0])).toMatch(/^vigil: the window did not respond for 20 s; restarting it\n$/);
    expect(station.calls).toEqual(['start']);
  });

  it('denies navigation, redirects, webviews, window.open and web permissions, in every window the app creates', () => {
    const printWindow = new fake.BrowserWindow({ show: false });
    for (const contents of [win.webContents, printWindow.webContents]) {
      for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
        const event = new FakeEvent();
        contents.emit(name, event, 'https://example.org/');
        expect(event.defaultPrevented, name).toBe(true);
      }
      expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    }
    printWindow.destroy();

    const session = fake.session.defaultSession;
    const granted: boolean[] = [];
    session.permissionRequestHandler?.(win.webContents, 'media', (ok) => granted.push(ok));
    session.permissionRequestHandler?.(win.webContents, 'serial', (ok) => granted.push(ok));
    expect(granted).toEqual([false, false]);
    expect(session.permissionCheckHandler?.(win.webContents, 'notifications')).toBe(false);
  });

  it('on closing the window stops serving it, stops the station and quits', async () => {
    win.close();
    expect(fake.ipcMain.handlers.size).toBe(0);
    const sent = win.webContents.sent.length;
    station.events.publish('device.state', devicePayload);
    expect(win.webContents.sent).toHaveLength(sent);
    await vi.waitFor(() => expect(fake.app.calls).toContain('quit'));
    expect(station.calls).toEqual(['start', 'stop']);
  });
});
