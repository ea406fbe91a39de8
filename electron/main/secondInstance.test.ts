// A second start of the shell, against the recording stand-in for `electron`: another Vigil already holds the lock.
import { expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { FakeElectron } from '../testing/fakeElectron';
import { Station } from '../testing/fakeStation';

vi.mock('electron', async () => (await import('../testing/fakeElectron')).createFakeElectron({ singleInstanceLock: false }));
vi.mock('../station/station', async () => await import('../testing/fakeStation'));

const fake = electron as unknown as FakeElectron;

it('quits at once without opening the database, a window or an IPC channel when another Vigil holds the lock', async () => {
  await import('./index');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(fake.app.calls).toContain('requestSingleInstanceLock');
  expect(fake.app.calls).toContain('quit');
  expect(fake.app.calls).not.toContain('whenReady');
  expect(Station.instances).toHaveLength(0);
  expect(fake.windows).toHaveLength(0);
  expect(fake.ipcMain.handlers.size).toBe(0);
});
