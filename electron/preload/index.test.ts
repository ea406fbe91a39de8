// The preload against the recording stand-in for `electron`: what the page can reach is the bridge and nothing more.
import { beforeAll, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type EventMessage, type PreloadBridge } from '../../shared/api/wire';
import { FakeEvent, FakeWebContents, type FakeElectron } from '../testing/fakeElectron';

vi.mock('electron', async () => (await import('../testing/fakeElectron')).createFakeElectron());

const fake = electron as unknown as FakeElectron;
/** The bridge's members by name: a compile error here when PreloadBridge gains or loses one. */
const BRIDGE_MEMBERS: Record<keyof PreloadBridge, true> = { invoke: true, subscribe: true };
let bridge: PreloadBridge;

beforeAll(async () => {
  await import('./index');
  bridge = fake.contextBridge.exposed.get('vigilBridge') as PreloadBridge;
});

it('exposes one object, window.vigilBridge, whose members are exactly the contract bridge: plain functions, no ipcRenderer', () => {
  expect([...fake.contextBridge.exposed.keys()]).toEqual(['vigilBridge']);
  expect(Object.keys(bridge).sort()).toEqual(Object.keys(BRIDGE_MEMBERS).sort());
  for (const member of Object.values(bridge)) {
    expect(typeof member).toBe('function');
    expect(member).not.toBe(fake.ipcRenderer);
  }
});

it('sends a call on the call channel only, with the method and input as given, and hands back the reply', async () => {
  const contents = new FakeWebContents(fake);
  fake.ipcRenderer.attach(contents);
  const received: unknown[][] = [];
  fake.ipcMain.handle(IPC_CALL_CHANNEL, (_event, ...args) => {
    received.push(args);
    return { ok: false, error: { code: 'forbidden', message: 'Sign in first.' } };
  });
  expect(await bridge.invoke('auth.whoami', { x: 1 })).toEqual({ ok: false, error: { code: 'forbidden', message: 'Sign in first.' } });
  expect(received).toEqual([['auth.whoami', { x: 1 }]]);
  expect(fake.ipcRenderer.invoked).toEqual([IPC_CALL_CHANNEL]);
});

it('delivers pushed events without the IPC event object, on the event channel only, until unsubscribed', () => {
  const message = { type: 'event', event: 'episode.changed', payload: { episodeId: 7 } } as EventMessage;
  const seen: unknown[][] = [];
  const unsubscribe = bridge.subscribe((...args: unknown[]) => seen.push(args));
  expect([...fake.ipcRenderer.listeners.keys()]).toEqual([IPC_EVENT_CHANNEL]);
  fake.ipcRenderer.emit(IPC_EVENT_CHANNEL, new FakeEvent(), message);
  unsubscribe();
  fake.ipcRenderer.emit(IPC_EVENT_CHANNEL, new FakeEvent(), message);
  expect(seen).toEqual([[message]]);
  expect(fake.ipcRenderer.listeners.get(IPC_EVENT_CHANNEL)).toEqual([]);
});
