// End to end in browser mode: a station with no device; a Philips IntelliVue simulator on one end of a virtual
// serial cable. In the Devices screen a nurse (signed in on demand) adds the monitor on the station's end; numerics
// arrive on the live screen within seconds; the cable is pulled ("no data since"), plugged back in, and data resume.
// Disconnect, connect and remove go through the same screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMonitorOnPty, type MonitorOnPty } from '../helpers/monitor';
import { answerSignIn, artifactPath } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { pinnedLocal } from '../helpers/clock';
import { ADMIN, NURSE, PIN } from '../helpers/staff';

const NOW = pinnedLocal(18, 59);
const WINDOW = { viewport: { width: 1400, height: 900 }, locale: 'en-US', timeoutMs: 15_000 } as const;

describe('device setup (browser mode, Chromium, Philips IntelliVue on a pty)', () => {
  // The monitor is on its end of the cable before the station starts; unplugged after the station has stopped.
  let monitor: MonitorOnPty;
  beforeAll(async () => {
    monitor = await startMonitorOnPty('philips-intellivue');
  });
  afterAll(async () => {
    await monitor?.close();
  });

  const vigil = useBrowserStation({ name: 'devices', now: NOW, staff: [ADMIN, NURSE], page: WINDOW });
  /** The Devices screen, where the nurse works. */
  let page: Page;
  /** A second window on the live screen. */
  let live: Page;
  let deviceId = '';

  beforeAll(async () => {
    page = vigil.page();
    live = await vigil.openPage(WINDOW);
    await live.getByTestId('no-monitor').waitFor();
  });

  const row = () => page.getByTestId(`device-row-${deviceId}`);
  const hrNumber = () => live.evaluate(() => /^\d+$/.test(document.querySelector('[data-testid="numeric-value-hr"]')?.textContent?.trim() ?? ''));

  it('adds the Philips monitor on the station end (sign-in on demand); numerics arrive within 5 s of the association', async () => {
    await page.getByTestId('tab-devices').click();
    await page.getByTestId('devices-none').waitFor();
    await page.getByTestId('device-add').click();
    await page.getByTestId('device-dialog').waitFor();
    await page.getByTestId('device-name').fill('Bed 4 monitor');
    await page.getByTestId('device-protocol').selectOption('philips-intellivue');
    // The line settings the monitor uses, and the protocol's settings with their defaults.
    await expect(page.getByTestId('device-dialog').textContent()).resolves.toMatch(/Line: 115200 baud, 8 data bits, none parity, 1 stop bit/);
    expect(await page.getByTestId('device-setting-baudRate').inputValue()).toBe('115200');
    // This system may or may not list serial ports; either way the pty's path is typed.
    await page.locator('[data-testid="device-port-select"], [data-testid="device-port"]').first().waitFor();
    if ((await page.getByTestId('device-port-select').count()) > 0) await page.getByTestId('device-port-select').selectOption('__other__');
    if ((await page.getByTestId('device-ports-unavailable').count()) > 0) {
      await expect(page.getByTestId('device-ports-unavailable').textContent()).resolves.toMatch(/type the port path/);
    }
    await page.getByTestId('device-port').fill(monitor.pty.stationPath);
    await page.getByTestId('device-submit').click();

    // Nobody is signed in: the station needs staff for a change, so the window asks, then saves.
    await answerSignIn(page, 'Nurse Kim', PIN);
    await page.getByTestId('device-dialog').waitFor({ state: 'detached' });
    const saved = performance.now();

    const first = page.locator('[data-testid^="device-row-"]').first();
    await first.waitFor();
    deviceId = (await first.getAttribute('data-testid'))!.replace('device-row-', '');
    expect(await row().textContent()).toMatch(/Bed 4 monitor[\s\S]*Philips IntelliVue[\s\S]*115200 baud/);

    // The association follows the port opening at once; the first numerics must show on the live screen within 5 s.
    await live.waitForFunction(() => /^\d+$/.test(document.querySelector('[data-testid="numeric-value-hr"]')?.textContent?.trim() ?? ''), undefined, { timeout: 5_000 });
    expect(performance.now() - saved).toBeLessThan(5_000);
    expect(await live.getByTestId('numeric-value-spo2').textContent()).toMatch(/^\d+$/);
    await expect(live.getByTestId('numeric-source-hr').textContent()).resolves.toBe('serial');
    await page.waitForFunction((id) => document.querySelector(`[data-testid="device-row-${id}"]`)?.getAttribute('data-state') === 'receiving', deviceId);
    await expect(page.getByTestId(`device-status-${deviceId}`).textContent()).resolves.toBe('Receiving');
    expect(await page.getByTestId(`device-demo-${deviceId}`).count()).toBe(0); // not a demo-mode monitor
  });

  it('a pulled cable: the screen says since when no data came and why; plugged back in, data resume', async () => {
    await monitor.pty.unplug();
    const nodata = page.getByTestId(`device-nodata-${deviceId}`);
    await nodata.waitFor({ timeout: 20_000 });
    expect(await nodata.textContent()).toMatch(/^No data since \d{2}:\d{2}$/);
    expect(await row().getAttribute('data-state')).toMatch(/error|silent/);
    expect(await page.getByTestId(`device-status-${deviceId}`).textContent()).toMatch(/Error: .*(disconnected|not found)|Silent/);
    await live.locator(`[data-testid="device-state-${deviceId}"][data-state="error"], [data-testid="device-state-${deviceId}"][data-state="silent"]`).waitFor();
    await page.screenshot({ path: artifactPath('devices-unplugged.png') });

    await new Promise((r) => setTimeout(r, 1500)); // the port stays gone for a while
    await monitor.pty.replug();
    const replugged = performance.now();
    await page.waitForFunction((id) => document.querySelector(`[data-testid="device-row-${id}"]`)?.getAttribute('data-state') === 'receiving', deviceId, { timeout: 20_000 });
    await nodata.waitFor({ state: 'detached' });
    // Fresh values on the live screen: the age of HR restarts from seconds.
    await live.waitForFunction(() => /^\d s ago$/.test(document.querySelector('[data-testid="numeric-age-hr"]')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(performance.now() - replugged).toBeLessThan(20_000);
    expect(await hrNumber()).toBe(true);
    await page.screenshot({ path: artifactPath('devices.png') });
  });

  it('disconnects and connects again, then removes the device', async () => {
    await page.getByTestId(`device-toggle-${deviceId}`).click();
    await page.waitForFunction((id) => document.querySelector(`[data-testid="device-status-${id}"]`)?.textContent === 'Disconnected', deviceId);
    expect(await page.getByTestId(`device-toggle-${deviceId}`).textContent()).toBe('Connect');
    await page.getByTestId(`device-toggle-${deviceId}`).click();
    await page.waitForFunction((id) => document.querySelector(`[data-testid="device-row-${id}"]`)?.getAttribute('data-state') === 'receiving', deviceId, { timeout: 20_000 });

    await page.getByTestId(`device-remove-${deviceId}`).click();
    await page.getByTestId('device-remove-dialog').waitFor();
    await page.getByTestId('device-remove-submit').click();
    await page.getByTestId('devices-none').waitFor();
  });

  it('a monitor in demo mode is marked DEMO loudly, on the Devices screen and on the live screen', async () => {
    const demoMonitor = await startMonitorOnPty('philips-intellivue', ['--demo']);
    try {
      await page.getByTestId('device-add').click();
      await page.getByTestId('device-name').fill('Training monitor');
      await page.getByTestId('device-protocol').selectOption('philips-intellivue');
      await page.locator('[data-testid="device-port-select"], [data-testid="device-port"]').first().waitFor();
      if ((await page.getByTestId('device-port-select').count()) > 0) await page.getByTestId('device-port-select').selectOption('__other__');
      await page.getByTestId('device-port').fill(demoMonitor.pty.stationPath);
      await page.getByTestId('device-submit').click(); // still signed in: no dialog
      await page.getByTestId('device-dialog').waitFor({ state: 'detached' });
      const first = page.locator('[data-testid^="device-row-"]').first();
      const id = (await first.getAttribute('data-testid'))!.replace('device-row-', '');
      await expect(page.getByTestId(`device-demo-${id}`).textContent()).resolves.toBe('DEMO');
      expect(await first.textContent()).toMatch(/demo mode: its values are not the patient’s/);
      await expect(live.getByTestId(`device-state-demo-${id}`).textContent()).resolves.toBe('DEMO');
      await live.screenshot({ path: artifactPath('devices-demo-live.png') });
      await page.getByTestId(`device-remove-${id}`).click();
      await page.getByTestId('device-remove-submit').click();
      await page.getByTestId('devices-none').waitFor();
    } finally {
      await demoMonitor.close();
    }
  });
});
