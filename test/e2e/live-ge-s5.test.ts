// End to end in browser mode: simulator on a pty → vigil station --web → Chromium shows live numerics,
// the trend draws, and when the monitor goes quiet the screen says since when.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMonitorOnPty, type MonitorOnPty } from '../helpers/monitor';
import { artifactPath } from '../helpers/browser';
import { useBrowserStation, withBrowserStation } from '../helpers/browserStation';
import { pinnedLocal } from '../helpers/clock';

/** A minute before midnight: the station's clock runs into the next day during the test. */
const NOW = pinnedLocal(23, 59);

describe('live screen (browser mode, Chromium)', () => {
  let monitor: MonitorOnPty;
  beforeAll(async () => {
    monitor = await startMonitorOnPty('ge-s5', ['--interval', '1']);
  });
  afterAll(async () => {
    await monitor?.close();
  });

  const vigil = useBrowserStation({
    name: 'live-ge-s5',
    now: NOW,
    stationArgs: () => ['--serial', monitor.pty.stationPath, '--protocol', 'ge-s5'],
    // Playwright's own default timeout, as this file has always had.
    page: { viewport: { width: 1400, height: 900 }, timeoutMs: 30_000 },
  });
  let page: Page;
  beforeAll(() => {
    page = vigil.page();
  });

  it('shows the disclaimer, live numerics with their units and age, and the receiving state', async () => {
    await expect(page.getByTestId('alarm-disclaimer').textContent()).resolves.toMatch(/does not replace the monitor's own alarms/);
    await page.getByTestId('no-patient').waitFor();
    const hr = page.getByTestId('numeric-value-hr');
    await hr.waitFor();
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('[data-testid="numeric-value-hr"]')?.textContent?.trim() ?? ''));
    const value = Number((await hr.textContent())!.trim());
    expect(value).toBeGreaterThan(30);
    expect(value).toBeLessThan(200);
    await expect(page.getByTestId('numeric-temp').textContent()).resolves.toMatch(/°C/);
    await expect(page.getByTestId('numeric-age-hr').textContent()).resolves.toMatch(/ago|now/);
    await page.locator('[data-testid^="device-state-"][data-state="receiving"]').waitFor();
  });

  it('draws the trend from the database and keeps it growing live', async () => {
    await page.locator('[data-testid="trend-chart"] .trend-line-hr path.recharts-line-curve').first().waitFor({ timeout: 20_000 });
    const d1 = await page.locator('.trend-line-hr path.recharts-line-curve').first().getAttribute('d');
    expect(d1).toMatch(/^M[\d.]+,[\d.]+L/); // a drawn line, not a single dot
    await page.waitForFunction(
      (before) => document.querySelector('.trend-line-hr path.recharts-line-curve')?.getAttribute('d') !== before,
      d1,
      { timeout: 20_000 },
    );
    await page.screenshot({ path: artifactPath('live-ge-s5.png') });
  });

  it('says "no data since HH:MM" when the monitor stops sending', async () => {
    expect(await monitor.simulator.stop()).toBe(0);
    const notice = page.getByTestId('no-data-since');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toMatch(/No data since \d{2}:\d{2}/);
    await page.locator('[data-testid^="device-state-"][data-state="silent"]').waitFor();
    await page.screenshot({ path: artifactPath('live-ge-s5-silent.png') });
  });
});

describe('live screen with no monitor connected', () => {
  it('says so instead of showing any number', async () => {
    await withBrowserStation({ name: 'live-ge-s5', now: NOW }, async ({ openPage }) => {
      const page = await openPage();
      await page.getByTestId('no-monitor').waitFor();
      expect(await page.locator('[data-testid^="numeric-value-"]').count()).toBe(0);
    });
  });

  it('refuses the bridge without the token and says the station is unreachable', async () => {
    await withBrowserStation({ name: 'live-ge-s5', now: NOW }, async ({ browser, url }) => {
      const page = await browser.newPage();
      await page.goto(url.replace(/token=[^&]+/, 'token=forged'));
      await page.getByTestId('station-disconnected').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-testid^="numeric-value-"]').count()).toBe(0);
    });
  });
});
