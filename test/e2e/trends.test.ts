// End to end in browser mode against a DEMO episode (14 days, a CRS course, labs, treatments): the trends draw the
// whole episode on one "Day +N, HH:MM" axis and zoom to one day; the labs table has Day columns with values (today
// last); a nurse enters a temperature in °F that appears on the chart as a manual point; the rounds view lists today
// first and a day opens its trends. The DEMO and the station run on a clock pinned to 05:30 local, before the day's
// 06:00 labs: the labs table still shows today's column, pending.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerSignIn, artifactPath } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { localIsoDay, pinnedLocal } from '../helpers/clock';
import { queryRow } from '../helpers/database';
import { ADMIN, NURSE, PIN } from '../helpers/staff';
import { DAY_MS } from '../../shared/time';

const LABEL = /^Day (0|[+−]\d+), \d\d:\d\d$/;

/** Rounds at 05:30: the day's labs (drawn at 06:00) have not arrived yet. */
const NOW = pinnedLocal(5, 30);

describe('trends, labs and rounds (browser mode, Chromium)', () => {
  const vigil = useBrowserStation({
    name: 'trends',
    now: NOW,
    demo: { mrn: 'DEMO-14', days: 14, interval: 10, timeoutMs: 80_000 },
    staff: [ADMIN, NURSE],
    page: { viewport: { width: 1400, height: 1250 } },
    hookTimeoutMs: 110_000,
  });
  let page: Page;
  beforeAll(() => {
    page = vigil.page();
  });

  const range = async () => {
    const stack = page.getByTestId('trends-stack');
    return { from: Number(await stack.getAttribute('data-from')), to: Number(await stack.getAttribute('data-to')) };
  };
  const ticks = () => page.locator('[data-testid="trends-axis"] .recharts-cartesian-axis-tick-value').allTextContents();

  it('draws the whole episode: the vital-sign lines, Day markers on one axis, grades, treatments, thresholds', async () => {
    await page.getByTestId('tab-trends').click();
    for (const param of ['hr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia', 'nibp_mean']) {
      await page.locator(`.trend-line-${param} path.trend-curve`).first().waitFor();
      expect(await page.locator(`.trend-line-${param} path.trend-curve`).first().getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    }
    const labels = await ticks();
    expect(labels.length).toBeGreaterThanOrEqual(4);
    for (const label of labels) expect(label).toMatch(LABEL);
    expect(labels).toContain('Day 0, 00:00');
    const whole = await range();
    expect(whole.to - whole.from).toBeGreaterThanOrEqual(14 * DAY_MS); // Day −6 (admission) … end of Day +14
    await expect(page.getByTestId('trends-range').textContent()).resolves.toMatch(/^Day −\d+, 00:00 – Day \+15, 00:00$/);
    // The suggested CRS grade band, tocilizumab among the treatments, the fever and hypotension lines from THRESHOLDS.
    await expect(page.getByTestId('trends-grades').locator('.grade-segment').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.trend-marker-tocilizumab .recharts-symbols').count()).resolves.toBe(1);
    await expect(page.getByTestId('trends-chart-temp').textContent()).resolves.toContain('fever ≥ 38.0 °C');
    await expect(page.getByTestId('trends-chart-bp').textContent()).resolves.toMatch(/SBP < 90[\s\S]*MAP < 65/);
    // The paint benchmark's marks.
    await page.waitForFunction(() => window.__vigilTrendPaint !== undefined);
    const paint = await page.evaluate(() => ({ ...window.__vigilTrendPaint!, marks: performance.getEntriesByType('mark').map((m) => m.name) }));
    expect(paint.paintedAt).toBeGreaterThanOrEqual(paint.dataAt);
    expect(paint.marks).toEqual(expect.arrayContaining(['vigil-trend-data', 'vigil-trend-painted']));
    // The crosshair reads exact values with their source (keyboard: focus the charts, arrows move it).
    await page.getByTestId('trends-stack').focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('tooltip-hr').getAttribute('data-source')).resolves.toBe('monitor');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: artifactPath('trends.png'), fullPage: true });
  });

  it('zooms to one day (the axis range changes), pans, and goes back to the whole episode', async () => {
    await page.getByTestId('trends-zoom-day').selectOption('1');
    await page.waitForFunction(() => document.querySelector('[data-testid="trends-range"]')?.textContent === 'Day +1, 00:00 – Day +2, 00:00');
    await page.waitForFunction(() => {
      const s = document.querySelector('[data-testid="trends-stack"]');
      return Number(s?.getAttribute('data-to')) - Number(s?.getAttribute('data-from')) < 26 * 3_600_000;
    });
    const day = await range();
    expect(day.to - day.from).toBeGreaterThanOrEqual(23 * 3_600_000);
    const labels = await ticks();
    expect(labels[0]).toBe('Day +1, 00:00');
    for (const label of labels) expect(label).toMatch(/^Day \+(1, \d\d|2, 00):\d\d$/);
    await page.getByTestId('trends-pan-right').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="trends-range"]')?.textContent === 'Day +1, 12:00 – Day +2, 12:00');
    await page.getByTestId('trends-zoom-episode').click();
    await page.waitForFunction(() => /^Day −/.test(document.querySelector('[data-testid="trends-range"]')?.textContent ?? ''));
  });

  it('shows the labs by Day, today in the last column (pending before the 06:00 results), with values and change arrows', async () => {
    await page.getByTestId('tab-labs').click();
    const columns = page.getByTestId('labs-day-column');
    await columns.first().waitFor();
    expect(await columns.count()).toBe(14); // Day 0 … Day +13
    await expect(columns.last().textContent()).resolves.toMatch(/^Day \+13 · today$/);
    await expect(columns.last().getAttribute('data-today')).resolves.toBe('true');
    const crp = page.getByTestId('labs-row-crp');
    await expect(crp.locator('th').textContent()).resolves.toMatch(/^CRP/);
    await expect(crp.getByTestId('labs-meta').textContent()).resolves.toBe('mg/L · 0.08–3.1 site default'); // the demo's labs carry no range: the site default (shared/labRanges.ts)
    const values = await crp.getByTestId('lab-value').allTextContents();
    expect(values).toHaveLength(13); // Day 0 … Day +12: today's have not come yet
    await expect(crp.getByTestId('labs-pending').textContent()).resolves.toMatch(/pending/i);
    expect(values.every((v) => /^\d/.test(v))).toBe(true);
    const arrows = await crp.getByTestId('lab-value').evaluateAll((els) => els.map((e) => e.getAttribute('data-arrow')));
    expect(arrows).toEqual(expect.arrayContaining(['up', 'down', 'same']));
    await expect(page.getByTestId('lab-chart-ferritin').textContent()).resolves.toContain('log scale');
  });

  it('a nurse enters a temperature in °F: stored exactly in °C as manual, drawn as a manual point', async () => {
    await page.getByTestId('tab-trends').click();
    await page.getByTestId('vitals-entry-open').click();
    await page.getByTestId('vitals-entry-temp').fill('101.3');
    await page.getByTestId('vitals-entry-unit-F').check();
    await page.getByTestId('vitals-entry-site').selectOption('axillary');
    await page.getByTestId('vitals-entry-temp').press('Enter');
    // Not signed in: the sign-in dialog comes first, then the reading is saved.
    await answerSignIn(page, 'Nurse Kim', PIN);
    await page.getByTestId('vitals-entry-dialog').waitFor({ state: 'detached' });

    const row = queryRow<{ value: number; unit: string; site: string }>(vigil.db(), "SELECT o.value, s.unit, s.site FROM observations o JOIN series s ON s.id = o.series_id WHERE s.source = 'manual' AND s.device = 'manual:Nurse Kim'");
    expect(row.unit).toBe('Cel');
    expect(row.value).toBeCloseTo(((101.3 - 32) * 5) / 9, 10);
    expect(row.site).toBe('axillary');

    await page.getByTestId('trends-zoom-12h').click();
    const point = page.locator('[data-testid="manual-point"][data-param="temp"]');
    // The newest manual point is the nurse's (the demo episode has hand-taken readings of its own, drawn as manual too).
    await point.last().waitFor();
    const tip = page.getByTestId('tooltip-temp');
    // Point at the newest manual point until its tooltip shows: the chart may redraw (its axes settle after new data,
    // the window slides with the station's clock) and move the point between reading its place and the mouse arriving.
    await expect
      .poll(async () => {
        // Read in one step in the page: the chart may replace the node between two protocol calls.
        const box = await point.last().evaluate((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
        // A reading entered just now sits on the right edge of 'Last 12 h', its right half clipped: point at its visible half.
        await page.mouse.move(box.x + box.width / 4, box.y + box.height / 2);
        return (await tip.isVisible()) ? tip.getAttribute('data-source') : 'no tooltip';
      }, { timeout: 15_000, interval: 500 })
      .toBe('manual');
    await expect(tip.textContent()).resolves.toMatch(/38\.5 °C.*entered by hand \(axillary, Nurse Kim\)/);
    await page.mouse.move(5, 5);
  });

  it('rounds: one row per day, today first; choosing a day opens its trends zoomed to that day', async () => {
    await page.getByTestId('tab-rounds').click();
    const rows = page.getByTestId('rounds-row');
    await rows.first().waitFor();
    const dates = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    expect(dates[0]).toBe(localIsoDay(NOW));
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(rows.first().getAttribute('data-day')).resolves.toBe('13');
    await expect(page.getByTestId('rounds-table').textContent()).resolves.toMatch(/FEVER/i);
    await page.screenshot({ path: artifactPath('rounds.png'), fullPage: true });

    await page.getByTestId('rounds-open-day-2').click();
    await expect(page.getByTestId('tab-trends').getAttribute('aria-selected')).resolves.toBe('true');
    await page.waitForFunction(() => document.querySelector('[data-testid="trends-range"]')?.textContent === 'Day +2, 00:00 – Day +3, 00:00');
    await expect(page.getByTestId('trends-zoom-day').inputValue()).resolves.toBe('2');
    await page.locator('.trend-line-temp path.trend-curve').first().waitFor();
  });
});
