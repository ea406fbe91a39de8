// End to end in browser mode (#18, the live screen at a glance): a DEMO episode and a simulated GE monitor. At
// 1366 × 768 every tile, both grade cards and the newest flag are in view without scrolling; the header is one line;
// an NIBP greys only once its cuff cycle is missed, and every tile greys at the moment the banner says "No data since";
// the night theme is dark and dim; acknowledged or cleared prompts are folded away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signInAs } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { pinnedLocal } from '../helpers/clock';
import { startVigil, type RunningVigil } from '../helpers/cli';
import { createPtyPair, type PtyPair } from '../helpers/pty';
import { screenshotAtWardSizes, WARD_PC, WIDE_SCREEN } from '../helpers/screenshots';
import { ADMIN, type StaffMember } from '../helpers/staff';

/** Day +2 just after midnight: the DEMO's CRS course is under way (grades and flags on screen). */
const NOW = pinnedLocal(0, 30);
/**
 * Short for the test (a real monitor's cycle is minutes; the simulator's 5 min, so no second cuff result comes): the
 * NIBP greys 10 s after its result, before the station calls the stopped monitor silent (12 s after its last record).
 */
const NIBP_CYCLE_S = 8;
const STATION_NAME = 'Haematology ward 4 · Bed 12';
/** A long name that must not make the header wrap. */
const LONG_NAME_NURSE: StaffMember = { name: 'Nurse Maria-Magdalena Alexandrina Papadopoulou-Wojciechowska', role: 'nurse' };

/** Every numeric tile and both grade cards; the newest flag is the first of the current (not folded) ones. */
const AT_A_GLANCE = '[data-testid^="numeric-"][data-stale], [data-testid="grade-crs"], [data-testid="grade-icans"], [data-testid="flags"] > ul.flag-list > li:first-child';

interface ScreenUpdate {
  readonly banner: boolean;
  readonly hrStale: boolean;
}

describe('the live screen at a glance (browser mode, Chromium)', () => {
  // The cable is there from the start; the monitor is switched on once the window shows, so it sees the first NIBP arrive.
  let pty: PtyPair;
  let simulator: RunningVigil | undefined;
  beforeAll(async () => {
    pty = await createPtyPair();
  });
  afterAll(async () => {
    await simulator?.stop();
    await pty?.close();
  });

  const vigil = useBrowserStation({
    name: 'live-glance',
    now: NOW,
    demo: { mrn: 'DEMO-GLANCE', days: 3, interval: 300, timeoutMs: 60_000 },
    staff: [ADMIN, LONG_NAME_NURSE],
    stationArgs: () => ['--serial', pty.stationPath, '--protocol', 'ge-s5', '--name', STATION_NAME, '--nibp-cycle', String(NIBP_CYCLE_S)],
    page: { viewport: WARD_PC },
  });
  let page: Page;
  beforeAll(() => {
    page = vigil.page();
  });

  const stale = async (param: string) => (await page.getByTestId(`numeric-${param}`).getAttribute('data-stale')) === 'true';
  const ageSeconds = async (param: string) => Number(/^(\d+) s ago$/.exec((await page.getByTestId(`numeric-age-${param}`).textContent()) ?? '')?.[1] ?? NaN);

  it('shows the monitor values, a fresh NIBP not greyed, and the station name in the header', async () => {
    const device = (await page.locator('[data-testid^="device-state-"] .device-name').textContent())!;
    simulator = startVigil(['simulate', '--protocol', 'ge-s5', '--port', pty.monitorPath, '--scenario', 'stable', '--interval', '1']);
    await simulator.waitFor(/scenario stable/);
    // The monitor's first record replaces the DEMO's older NIBP.
    await page.locator(`[data-testid="numeric-nibp_sys"][data-device="${device}"]`).waitFor();
    expect(await ageSeconds('nibp_sys')).toBeLessThan(NIBP_CYCLE_S);
    expect(await stale('nibp_sys')).toBe(false);
    expect(await stale('hr')).toBe(false);
    expect(await page.getByTestId('station-name').textContent()).toBe(STATION_NAME);
  });

  it('the monitor stops: the NIBP greys once its cycle is missed, before the rest; the value keeps its colour', async () => {
    // From now on, record each screen update: is the banner there, is the HR tile grey.
    await page.evaluate(() => {
      const w = window as unknown as { glance: ScreenUpdate[] };
      w.glance = [];
      new MutationObserver(() =>
        w.glance.push({
          banner: document.querySelector('[data-testid="no-data-since"]') !== null,
          hrStale: document.querySelector('[data-testid="numeric-hr"]')?.getAttribute('data-stale') === 'true',
        }),
      ).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    expect(await simulator!.stop()).toBe(0);
    const colourBefore = await page.getByTestId('numeric-value-nibp_sys').evaluate((e) => getComputedStyle(e).color);
    await page.locator('[data-testid="numeric-nibp_sys"][data-stale="true"]').waitFor({ timeout: 20_000 });
    expect(await ageSeconds('nibp_sys')).toBeGreaterThanOrEqual(NIBP_CYCLE_S);
    expect(await stale('hr')).toBe(false);
    expect(await page.getByTestId('no-data-since').count()).toBe(0);
    await expect(page.getByTestId('numeric-stale-nibp_sys').textContent()).resolves.toBe('Old value');
    // Greying never fades the number: the same colour, fully opaque, the age beside it.
    const value = page.getByTestId('numeric-value-nibp_sys');
    expect(await value.evaluate((e) => getComputedStyle(e).color)).toBe(colourBefore);
    expect(await value.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    await screenshotAtWardSizes(page, 'live-glance-nibp-stale');
  });

  it('greys every tile at the moment the banner says "No data since"', async () => {
    await page.getByTestId('no-data-since').waitFor({ timeout: 30_000 });
    const updates = await page.evaluate(() => (window as unknown as { glance: ScreenUpdate[] }).glance);
    const first = updates.findIndex((u) => u.banner);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(updates.slice(0, first).some((u) => u.hrStale)).toBe(false); // not greyed before the banner
    expect(updates[first]!.hrStale).toBe(true); // greyed in the same update
    expect(await page.locator('[data-testid^="numeric-"][data-stale="false"]').count()).toBe(0);
  });

  it('at 1366 × 768: every tile, both grade cards and the newest flag in view, nothing scrolls', async () => {
    await page.getByTestId('grade-crs').waitFor();
    const glance = await page.locator(AT_A_GLANCE).all();
    expect(glance.length).toBeGreaterThanOrEqual(8); // 5 tiles or more, 2 cards, a flag
    for (const element of glance) {
      const box = (await element.boundingBox())!;
      const what = (await element.getAttribute('data-testid'))!;
      expect(box.y, what).toBeGreaterThanOrEqual(0);
      expect(box.x, what).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, what).toBeLessThanOrEqual(WARD_PC.height);
      expect(box.x + box.width, what).toBeLessThanOrEqual(WARD_PC.width);
    }
    const scroll = await page.evaluate(() => ({ height: document.scrollingElement!.scrollHeight, width: document.scrollingElement!.scrollWidth, innerHeight, innerWidth }));
    expect(scroll.height).toBeLessThanOrEqual(scroll.innerHeight);
    expect(scroll.width).toBeLessThanOrEqual(scroll.innerWidth);
    await screenshotAtWardSizes(page, 'live-glance');
  });

  it('folds acknowledged prompts into "earlier prompts"', async () => {
    await page.getByTestId('sign-in').click();
    await signInAs(page, LONG_NAME_NURSE.name);
    const newest = page.locator('[data-testid="flags"] > ul.flag-list > li').first();
    const id = (await newest.getAttribute('data-testid'))!.replace('flag-', '');
    await page.getByTestId(`flag-ack-${id}`).click();
    await page.getByTestId('ack-dialog').waitFor();
    await page.getByTestId('ack-submit').click();
    await page.getByTestId('ack-dialog').waitFor({ state: 'detached' });
    const earlier = page.getByTestId('flags-earlier');
    await expect(page.getByTestId('flags-earlier-summary').textContent()).resolves.toMatch(/^Earlier prompts \(\d+\): acknowledged or cleared/);
    expect(await earlier.getAttribute('open')).toBeNull();
    expect(await page.getByTestId(`flag-${id}`).isVisible()).toBe(false);
    await page.getByTestId('flags-earlier-summary').click();
    await page.getByTestId(`flag-acked-${id}`).waitFor();
    await screenshotAtWardSizes(page, 'live-glance-earlier-prompts');
    await page.getByTestId('flags-earlier-summary').click();
  });

  it('keeps the header one line of at most 56 px at 1366 and 1920, signed in with a long name (cut, whole in its title)', async () => {
    for (const size of [WARD_PC, WIDE_SCREEN]) {
      await page.setViewportSize(size);
      const header = page.getByTestId('header-main');
      const box = (await header.boundingBox())!;
      expect(box.height, `${size.width}`).toBeLessThanOrEqual(56);
      const tops = await header.evaluate((e) => [...e.querySelectorAll('.patient-name, .station-name, .user-name, [data-testid="sign-out"], [data-testid="settings-button"]')].map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2)));
      expect(Math.max(...tops) - Math.min(...tops), `${size.width}: one line`).toBeLessThanOrEqual(8);
    }
    expect(await page.getByTestId('user-name').getAttribute('title')).toBe(LONG_NAME_NURSE.name);
    await screenshotAtWardSizes(page, 'live-glance-signed-in');
    await page.setViewportSize(WARD_PC);
  });

  it('night theme: a black background, dimmer text and numbers, the parameter colours kept', async () => {
    const dayColour = await page.getByTestId('numeric-value-hr').evaluate((e) => getComputedStyle(e).color);
    const dayText = await page.evaluate(() => getComputedStyle(document.body).color);
    await page.getByTestId('settings-button').click();
    await page.getByTestId('theme-night').check();
    await page.getByTestId('settings-button').click();
    const night = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      filter: getComputedStyle(document.querySelector('[data-testid="numeric-value-hr"]')!).filter,
      colour: getComputedStyle(document.querySelector('[data-testid="numeric-value-hr"]')!).color,
    }));
    expect(night.background).toBe('rgb(0, 0, 0)');
    expect(night.colour).toBe(dayColour); // the same hue, dimmed by a filter
    expect(night.filter).toMatch(/brightness\(0\.[0-6]\d*\)/);
    const brightest = (rgb: string) => Math.max(...rgb.match(/\d+/g)!.map(Number));
    expect(brightest(night.text)).toBeLessThan(0.7 * brightest(dayText)); // text well below the day's near-white
    await screenshotAtWardSizes(page, 'live-glance-night');
  });
});
