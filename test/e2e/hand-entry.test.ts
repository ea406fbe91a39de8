// End to end in browser mode (#18, hand entry you can trust): vital signs recorded from the Live screen (focus in HR,
// the time at the station's now) are checked against the limits table before they are sent: SpO₂ 140 and BP 80/120
// are refused with the field named and focused, 101 "°C" is explained as °F, 45 °C is asked about and, confirmed,
// stored as manual with the nurse's initials on Live and Rounds (never "serial"); a correction in the same minute
// supersedes it (tile and audit); CRP 99,999 mg/L is questioned. Pictures at 1366×768 and 1920×1080.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signInAs } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { pinnedLocal } from '../helpers/clock';
import { queryRow, queryValue } from '../helpers/database';
import { screenshotAtWardSizes } from '../helpers/screenshots';
import { ADMIN, NURSE } from '../helpers/staff';

const NOW = pinnedLocal(14, 30);

describe('hand entry you can trust (browser mode, Chromium)', () => {
  const vigil = useBrowserStation({ name: 'hand-entry', now: NOW, demo: { mrn: 'DEMO-HAND', days: 1, interval: 60, timeoutMs: 60_000 }, staff: [ADMIN, NURSE] });
  let page: Page;
  beforeAll(async () => {
    page = vigil.page();
    await page.getByTestId('sign-in').click();
    await signInAs(page, NURSE.name);
  });

  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  const field = (name: string) => page.getByTestId(`vitals-entry-${name}`);
  const fieldError = (name: string) => page.locator(`.field:has([data-testid="vitals-entry-${name}"]) .field-error`);
  let measuredAt = '';

  it('opens the vital-signs dialog from Live with the focus in HR and the time at the station’s now', async () => {
    await page.getByTestId('tab-live').click();
    await page.getByTestId('vitals-entry-open').click();
    await page.getByTestId('vitals-entry-dialog').waitFor();
    await expect.poll(focused).toBe('vitals-entry-hr');
    measuredAt = await field('time').inputValue();
    expect(new Date(measuredAt).getTime()).toBe(NOW);
  });

  it('refuses SpO₂ 140 and BP 80/120 with the field named and focused; explains 101 "°C" as °F; nothing is stored', async () => {
    await page.keyboard.type('88');
    await field('spo2').fill('140');
    await field('nibp_sys').fill('80');
    await field('nibp_dia').fill('120');
    await field('temp').fill('101');
    await field('temp').press('Enter');
    await expect(fieldError('spo2').textContent()).resolves.toBe('SpO₂ cannot be above 100 % (entered 140 %).');
    await expect(fieldError('nibp_sys').textContent()).resolves.toBe('Systolic 80 mmHg must be above diastolic 120 mmHg.');
    await expect(fieldError('temp').textContent()).resolves.toBe('101 looks like °F: 101 °F = 38.3 °C. Choose °F, or correct the value.');
    await expect.poll(focused).toBe('vitals-entry-spo2');
    await screenshotAtWardSizes(page, 'hand-entry-refused');
    expect(queryValue<number>(vigil.db(), "SELECT count(*) FROM manual_entries")).toBe(0);
  });

  it('asks about 45 °C repeating the value; after "yes" it is stored as manual and shown with the nurse’s initials on Live', async () => {
    await field('spo2').fill('96');
    await field('nibp_sys').fill('118');
    await field('nibp_dia').fill('72');
    await field('temp').fill('45');
    await field('temp').press('Enter');
    const question = page.getByTestId('plausibility-temp');
    await expect(question.textContent()).resolves.toContain('Are you sure? 45 °C is outside the plausible range 32–44 °C.');
    await screenshotAtWardSizes(page, 'hand-entry-question');
    expect(queryValue<number>(vigil.db(), "SELECT count(*) FROM manual_entries")).toBe(0);
    await page.getByTestId('plausibility-confirm').click();
    await page.getByTestId('vitals-entry-dialog').waitFor({ state: 'detached' });

    expect(queryRow(vigil.db(), "SELECT m.value, m.implausible_confirmed AS confirmed, s.source, s.device FROM manual_entries m JOIN series s ON s.id = m.series_id WHERE s.param = 'temp'")).toEqual({ value: 45, confirmed: 1, source: 'manual', device: 'manual:Nurse Kim' });
    await expect.poll(() => page.getByTestId('numeric-value-temp').textContent()).toBe('45.0');
    await expect(page.getByTestId('numeric-source-temp').textContent()).resolves.toBe('manual · NK');
    await expect(page.getByTestId('numeric-source-hr').textContent()).resolves.toBe('manual · NK');
    await expect(page.getByTestId('numeric-source-nibp_sys').textContent()).resolves.toBe('manual · NK');
    await screenshotAtWardSizes(page, 'hand-entry-live-manual');
  });

  it('shows the manual maximum with the nurse’s initials on Rounds', async () => {
    await page.getByTestId('tab-rounds').click();
    const today = page.locator('[data-testid="rounds-row"].rounds-today');
    await expect(today.getByTestId('rounds-manual-temp').textContent()).resolves.toBe('manual · NK');
    await expect(today.locator('td').first().textContent()).resolves.toMatch(/^45\.0 /);
    await screenshotAtWardSizes(page, 'hand-entry-rounds');
  });

  it('a correction in the same minute supersedes the 45 °C: the tile shows it, the audit says before and after', async () => {
    await page.getByTestId('tab-live').click();
    await page.getByTestId('vitals-entry-open').click();
    await field('time').fill(measuredAt);
    await field('temp').fill('38.2');
    await field('temp').press('Enter');
    await page.getByTestId('vitals-entry-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('numeric-value-temp').textContent()).toBe('38.2');
    expect(queryValue<number>(vigil.db(), "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.source = 'manual' AND s.param = 'temp'")).toBe(1);
    const audit = queryRow<{ action: string; before: string; after: string }>(vigil.db(), "SELECT action, before_json AS before, after_json AS after FROM audit_log WHERE entity = 'manual_vital' ORDER BY id DESC LIMIT 1");
    expect(audit.action).toBe('correct');
    expect(JSON.parse(audit.before)).toEqual({ value: 45, by: 'Nurse Kim' });
    expect(JSON.parse(audit.after)).toMatchObject({ param: 'temp', value: 38.2 });
    expect(queryValue<number>(vigil.db(), "SELECT count(*) FROM manual_entries m JOIN series s ON s.id = m.series_id WHERE s.param = 'temp' AND m.superseded_ms IS NOT NULL")).toBe(1);
  });

  it('questions CRP 99,999 mg/L before saving it', async () => {
    await page.getByTestId('tab-labs').click();
    await page.getByTestId('lab-entry-open').click();
    await page.getByTestId('lab-entry-value-crp').fill('99999');
    await page.getByTestId('lab-entry-value-crp').press('Enter');
    await expect(page.getByTestId('lab-entry-question').textContent()).resolves.toContain('Are you sure? 99999 mg/L is outside the plausible range 0–1000 mg/L.');
    expect(queryValue<number>(vigil.db(), "SELECT count(*) FROM lab_results WHERE code = 'crp' AND value = 99999")).toBe(0);
    await screenshotAtWardSizes(page, 'hand-entry-lab-question');
    await page.getByTestId('lab-entry-confirm').click();
    await page.getByTestId('lab-entry-form').waitFor({ state: 'detached' });
    expect(queryValue<number>(vigil.db(), "SELECT count(*) FROM lab_results WHERE code = 'crp' AND value = 99999")).toBe(1);
  });
});
