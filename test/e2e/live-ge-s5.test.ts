// End to end in browser mode: simulator on a pty → vigil station --web → Chromium shows live numerics,
// the trend draws, and when the monitor goes quiet the screen says since when.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createPtyPair, type PtyPair } from '../helpers/pty';
import { startVigil, type RunningVigil } from '../helpers/cli';
import { artifactPath, launchChromium } from '../helpers/browser';
import { isoOf, pinnedLocal } from '../helpers/clock';

/** A minute before midnight: the station's clock runs into the next day during the test. */
const NOW = pinnedLocal(23, 59);

describe('live screen (browser mode, Chromium)', () => {
  let pty: PtyPair;
  let simulator: RunningVigil;
  let station: RunningVigil;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    pty = await createPtyPair();
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
    simulator = startVigil(['simulate', '--protocol', 'ge-s5', '--port', pty.monitorPath, '--scenario', 'stable', '--interval', '1']);
    await simulator.waitFor(/scenario stable/);
    station = startVigil(['station', '--db', join(dataDir, 'station.db'), '--serial', pty.stationPath, '--protocol', 'ge-s5', '--web', '0', '--now', isoOf(NOW)]);
    const [, url] = await station.waitFor(/browser mode at (http:\/\/\S+)/);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url!);
  });

  afterAll(async () => {
    await browser?.close();
    await simulator?.stop();
    await station?.stop();
    await pty?.close();
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
    expect(await simulator.stop()).toBe(0);
    const notice = page.getByTestId('no-data-since');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toMatch(/No data since \d{2}:\d{2}/);
    await page.locator('[data-testid^="device-state-"][data-state="silent"]').waitFor();
    await page.screenshot({ path: artifactPath('live-ge-s5-silent.png') });
  });
});

describe('live screen with no monitor connected', () => {
  it('says so instead of showing any number', async () => {
    const station = startVigil(['station', '--db', join(mkdtempSync(join(tmpdir(), 'vigil-e2e-')), 'station.db'), '--web', '0', '--now', isoOf(NOW)]);
    const browser = await launchChromium();
    try {
      const [, url] = await station.waitFor(/browser mode at (http:\/\/\S+)/);
      const page = await browser.newPage();
      await page.goto(url!);
      await page.getByTestId('no-monitor').waitFor();
      expect(await page.locator('[data-testid^="numeric-value-"]').count()).toBe(0);
    } finally {
      await browser.close();
      await station.stop();
    }
  });

  it('refuses the bridge without the token and says the station is unreachable', async () => {
    const station = startVigil(['station', '--db', join(mkdtempSync(join(tmpdir(), 'vigil-e2e-')), 'station.db'), '--web', '0', '--now', isoOf(NOW)]);
    const browser = await launchChromium();
    try {
      const [, url] = await station.waitFor(/browser mode at (http:\/\/\S+)/);
      const page = await browser.newPage();
      await page.goto(url!.replace(/token=[^&]+/, 'token=forged'));
      await page.getByTestId('station-disconnected').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-testid^="numeric-value-"]').count()).toBe(0);
    } finally {
      await browser.close();
      await station.stop();
    }
  });
});
