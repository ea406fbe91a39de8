// End to end in browser mode: a nurse and a physician document a CAR-T episode in Chromium against the real
// station: keyboard admission (a bad weight is refused with the field named and nothing saved), the checklist,
// both sign-offs (sign-in on demand), the infusion with the dose checked live, Day 0 in the header, a correction
// with its history, and the window in Simplified Chinese.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localInput, localIsoDay, pinnedLocal } from '../helpers/clock';
import { artifactPath, signInAs, signOut as signOutOf } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { queryValue } from '../helpers/database';
import { ADMIN, NURSE, PHYSICIAN, SECOND_NURSE } from '../helpers/staff';

/** The station's clock: 05:30 local, an infusion at 04:50 is Day 0 and the checklist's dates count back from it. */
const NOW = pinnedLocal(5, 30);
/** Local calendar day, offset by whole days from the station's today. */
const isoDay = (offsetDays: number) => localIsoDay(NOW, offsetDays);

describe('episode record (browser mode, Chromium)', () => {
  // Steps build on each other: a failed one leaves a picture of the screen it failed on (episode-failure.png).
  const vigil = useBrowserStation({ name: 'episode', now: NOW, staff: [ADMIN, NURSE, SECOND_NURSE, PHYSICIAN] });
  let page: Page;
  /** A second window on the same station: it only watches, and must follow every change by the 'episode.changed' event. */
  let observer: Page;

  beforeAll(async () => {
    page = vigil.page();
    await page.getByTestId('no-patient').waitFor();
    observer = await vigil.openPage({ viewport: { width: 1200, height: 900 }, locale: 'en-US' });
    await observer.getByTestId('tab-episode').click();
    await observer.getByTestId('admission-form').waitFor();
  });

  /** Reads the station's database directly (read-only), to prove what was and was not saved. */
  const query = <T>(sql: string) => queryValue<T>(vigil.db(), sql);
  const signIn = (name: string) => signInAs(page, name);
  const signOut = () => signOutOf(page);

  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

  /** Tab to the next field; a date input has segments (and a picker button) that Tab visits first, as for a person. */
  async function tabTo(testId: string): Promise<void> {
    for (let i = 0; i < 4 && (await focused()) !== testId; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(testId);
  }

  it('signs the nurse in with the PIN dialog (Enter submits)', async () => {
    await expect(page.getByTestId('alarm-disclaimer').textContent()).resolves.toMatch(/does not replace the monitor's own alarms/);
    await page.getByTestId('sign-in').click();
    await signIn('Nurse Kim');
  });

  it('admits with the keyboard; a weight of "abc" is refused with the field named and nothing saved', async () => {
    // Screens are tabs reachable from the keyboard: focus the Episode tab and press Enter.
    await page.getByTestId('tab-episode').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('admission-form').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('admission-mrn');

    const k = page.keyboard;
    await k.type('MRN-0042');
    await tabTo('admission-name');
    await k.type('Ada Lovelace');
    await tabTo('admission-birthDate');
    await k.type('12101961'); // typed into the date field's segments (en-US: month, day, year)
    expect(await page.getByTestId('admission-birthDate').inputValue()).toBe('1961-12-10');
    await tabTo('admission-sex');
    await k.type('f'); // female
    await tabTo('admission-weightKg');
    await k.type('abc'); // not a number
    await tabTo('admission-heightCm');
    await k.type('168');
    await tabTo('admission-allergies'); // keeps "none known"
    await tabTo('admission-diagnosis'); // keeps "Multiple myeloma"
    await tabTo('admission-oxygen-room_air');
    await tabTo('admission-productCode');
    await k.type('C'); // Ciltacabtagene autoleucel
    await tabTo('admission-treatingPhysician');
    await k.type('Dr Rao');
    await k.press('Enter');

    const errors = page.getByTestId('form-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toMatch(/Nothing was saved[\s\S]*Weight \(kg\): enter a number/);
    expect(await page.getByTestId('admission-weightKg').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('no-patient').waitFor();
    expect(query<number>('SELECT count(*) FROM episodes')).toBe(0);

    // The refused field has the focus: correct it and press Enter.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('admission-weightKg');
    await k.press('Control+A');
    await k.type('70');
    await k.press('Enter');

    await page.getByTestId('checklist').waitFor();
    await expect(page.getByTestId('patient-name').textContent()).resolves.toBe('Ada Lovelace');
    await expect(page.getByTestId('patient-mrn').textContent()).resolves.toContain('MRN-0042');
    await expect(page.getByTestId('patient-product').textContent()).resolves.toContain('Ciltacabtagene autoleucel');
    await expect(page.getByTestId('patient-day').textContent()).resolves.toBe('Day —');
    expect(await page.getByTestId('checklist-missing').textContent()).toMatch(/Lymphodepletion[\s\S]*Baseline vitals/);
    expect(query<string>('SELECT admission_json FROM episodes')).toContain('"weightKg":70');

    // The other window follows without reloading.
    await observer.getByTestId('checklist').waitFor({ timeout: 5000 });
    await expect(observer.getByTestId('patient-name').textContent()).resolves.toBe('Ada Lovelace');
  });

  it('fills every checklist item', async () => {
    await page.getByTestId('ld-fludarabine').fill('30');
    await page.getByTestId('ld-cyclophosphamide').fill('300');
    await page.getByTestId('ld-day-0').fill(isoDay(-4));
    await page.getByTestId('ld-day-1').fill(isoDay(-3));
    await page.getByTestId('ld-day-2').fill(isoDay(-2)); // cilta-cel: 2–4 days after the last dose
    await page.getByTestId('lymphodepletion-submit').click();
    await page.locator('[data-testid="item-lymphodepletion"][data-state="recorded"]').waitFor();
    expect(await page.getByTestId('checklist-timing').textContent()).toMatch(/within the product window/);

    await page.getByTestId('infection-result-negative').check();
    await page.getByTestId('infection-date').fill(isoDay(-6));
    await page.getByTestId('infection-submit').click();
    await page.locator('[data-testid="item-infection_screening"][data-state="recorded"]').waitFor();

    await page.getByTestId('cns-assessment').check();
    await page.getByTestId('cns-decision-proceed').check();
    await page.getByTestId('cns-physician').fill('Dr Rao');
    await page.getByTestId('cns-submit').click();
    await page.locator('[data-testid="item-cns_evaluation"][data-state="recorded"]').waitFor();

    await page.getByTestId('seizure-given-yes').check();
    await page.getByTestId('seizure-dose').fill('500');
    await page.getByTestId('seizure-frequency').fill('BID');
    await page.getByTestId('seizure-start').fill(isoDay(0));
    await page.getByTestId('seizure-submit').click();
    await page.locator('[data-testid="item-seizure_prophylaxis"][data-state="recorded"]').waitFor();

    // No monitor on this station: "take from monitor" says so, and the nurse types the values.
    await page.getByTestId('baseline-from-monitor').click();
    await page.getByText('The monitor has no recent values').waitFor();
    for (const [field, value] of [['hr', '78'], ['sbp', '124'], ['dbp', '72'], ['spo2', '98'], ['rr', '14'], ['temp', '36.7']] as const) {
      await page.getByTestId(`baseline-${field}`).fill(value);
    }
    await page.getByTestId('baseline-ice').fill('10');
    await page.getByTestId('baseline-submit').click();
    await page.locator('[data-testid="item-baseline"][data-state="recorded"]').waitFor();
    await page.getByTestId('checklist-ready').waitFor();
    expect(await page.getByTestId('checklist-missing').count()).toBe(0);
  });

  it('is signed off by the nurse, then by the physician, who signs in when asked', async () => {
    await expect(page.getByTestId('infusion-locked').isVisible()).resolves.toBe(true);
    await page.getByTestId('signoff-nurse-button').click();
    await page.locator('[data-testid="signoff-nurse"][data-state="current"]').waitFor();
    expect(await page.getByTestId('signoff-nurse').textContent()).toMatch(/Signed by Nurse Kim/);
    expect(await page.getByTestId('signoff-physician-button').isDisabled()).toBe(true); // a nurse cannot sign for the physician

    await signOut();
    await page.getByTestId('signoff-physician-button').click(); // nobody signed in: the dialog opens
    await signIn('Dr Rao');
    await page.locator('[data-testid="signoff-physician"][data-state="current"]').waitFor();
    expect(await page.getByTestId('signoff-physician').textContent()).toMatch(/Signed by Dr Rao/);
  });

  it('records the infusion (52.5 × 10⁶ cells for 70 kg, checked live), and the header says Day 0', async () => {
    await signOut();
    await page.getByTestId('sign-in').click();
    await signIn('Nurse Kim');
    await page.getByTestId('infusion-form').waitFor();

    await page.getByTestId('infusion-lot').fill('LOT-7781');
    await page.getByTestId('infusion-bags').fill('BAG-1');
    expect(await page.getByTestId('infusion-verifier').locator('option').allTextContents()).not.toContain('Nurse Kim (nurse)');
    await page.getByTestId('infusion-verifier').selectOption('Nurse Second');
    expect(await page.getByTestId('dose-range').textContent()).toMatch(/Allowed for 70 kg: 35–70 × 10⁶ CAR\+ T cells/);
    await page.getByTestId('infusion-cells').fill('80');
    await page.locator('[data-testid="dose-status"][data-status="above"]').waitFor();
    await page.getByTestId('infusion-dose-override').waitFor();
    await page.getByTestId('infusion-cells').fill('52.5');
    await page.locator('[data-testid="dose-status"][data-status="within"]').waitFor();
    expect(await page.getByTestId('infusion-dose-override').count()).toBe(0);

    const start = NOW - 40 * 60_000;
    const end = NOW - 60_000;
    await page.getByTestId('premed-paracetamol').check();
    await page.getByTestId('premed-paracetamol-dose').fill('1 g PO');
    await page.getByTestId('premed-paracetamol-time').fill(localInput(start - 30 * 60_000));
    await page.getByTestId('premed-corticosteroid').check();
    await page.getByTestId('steroid-warning').waitFor();
    await page.getByTestId('premed-corticosteroid').uncheck();
    await page.getByTestId('infusion-start').fill(localInput(start));
    await page.getByTestId('infusion-end').fill(localInput(end));
    await page.getByTestId('vitals-row-0').waitFor(); // the station suggests a row every 15 minutes
    await page.getByTestId('vitals-fill').click();
    await page.getByText('The monitor has no values for these times').waitFor();
    await page.getByTestId('vitals-0-hr').fill('82');
    await page.getByTestId('vitals-0-spo2').fill('97');
    await page.getByTestId('infusion-submit').click();

    await page.getByTestId('infusion-recorded').waitFor();
    expect(await page.getByTestId('infusion-recorded').textContent()).toMatch(/52\.5 × 10⁶ cells · lot LOT-7781[\s\S]*verified by Nurse Second/);
    await expect(page.getByTestId('patient-day').textContent()).resolves.toBe('Day 0');
    expect(query<string>("SELECT data_json FROM episode_entries WHERE kind = 'infusion'")).toContain('"cellsInfused":52500000');
    await observer.locator('[data-testid="patient-day"]', { hasText: 'Day 0' }).waitFor({ timeout: 5000 });
    await observer.getByTestId('infusion-recorded').waitFor();
  });

  it('corrects an entry with a reason; the timeline marks it and its history shows before → after', async () => {
    const baseline = page.locator('[data-testid^="timeline-entry-"][data-kind="baseline"]');
    await baseline.locator('[data-testid^="correct-button-"]').click();
    const dialog = page.getByTestId('correct-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('baseline-hr').inputValue()).toBe('78');
    await dialog.getByTestId('baseline-hr').fill('80');
    await dialog.getByTestId('baseline-submit').click();
    expect(await dialog.getByTestId('form-errors').textContent()).toMatch(/Reason: fill this in/);
    await dialog.getByTestId('reason').fill('Transcription error, HR was 80');
    await dialog.getByTestId('baseline-submit').click();
    await dialog.waitFor({ state: 'detached' });

    await baseline.getByTestId('corrected-mark').waitFor();
    expect(await baseline.textContent()).toMatch(/Corrected: Transcription error, HR was 80[\s\S]*Nurse Kim/);
    await baseline.locator('[data-testid^="history-button-"]').click();
    const history = baseline.locator('ol.history');
    await history.waitFor();
    expect(await history.textContent()).toMatch(/hr: 78 → 80/);
    await page.locator('[data-testid="signoff-nurse"][data-state="stale"]').waitFor(); // the sign-off covered the old entry
    await page.evaluate(() => window.scrollTo(0, 0)); // the top bar is sticky: shoot from the top
    await page.screenshot({ path: artifactPath('episode.png'), fullPage: true });
  });

  it('switches to Simplified Chinese and remembers it', async () => {
    await page.getByTestId('settings-button').click();
    await page.getByTestId('language-zh-CN').check();
    await expect(page.getByTestId('tab-episode').textContent()).resolves.toBe('病程');
    await expect(page.getByTestId('alarm-disclaimer').textContent()).resolves.toBe('Vigil 不能替代监护仪自身的报警。');
    await expect(page.getByTestId('patient-day').textContent()).resolves.toBe('第 0 天');
    await page.reload();
    await page.getByTestId('tab-live').waitFor();
    await expect(page.getByTestId('tab-episode').textContent()).resolves.toBe('病程');
    await page.getByTestId('tab-episode').click();
    await page.getByTestId('checklist').waitFor();
    await page.screenshot({ path: artifactPath('episode-zh-CN.png'), fullPage: true });
  });

  it('shows temperatures in °F as a display preference (stored in °C), and switches back to English', async () => {
    await page.getByTestId('settings-button').click();
    await page.getByTestId('temp-F').check();
    const baseline = page.locator('[data-testid^="timeline-entry-"][data-kind="baseline"]');
    expect(await baseline.textContent()).toMatch(/98\.1 °F/); // 36.7 °C
    await page.getByTestId('temp-C').check();
    await page.getByTestId('language-en').check();
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-menu').waitFor({ state: 'detached' });
    expect(await baseline.textContent()).toMatch(/36\.7 °C/);
    await expect(page.getByTestId('tab-episode').textContent()).resolves.toBe('Episode');
  });

  it('switches patient only with a reason, then discharges with a reason', async () => {
    await page.getByTestId('sign-in').waitFor(); // the reload started a new session: nobody is signed in
    await page.getByTestId('switch-patient').click();
    const form = page.getByTestId('admission-form');
    await form.waitFor();
    await page.getByTestId('admission-mrn').fill('MRN-0077');
    await page.getByTestId('admission-name').fill('Grace Hopper');
    await page.getByTestId('admission-birthDate').fill('1956-12-09');
    await page.getByTestId('admission-sex').selectOption('female');
    await page.getByTestId('admission-weightKg').fill('64');
    await page.getByTestId('admission-heightCm').fill('160');
    await page.getByTestId('admission-oxygen-home_o2').check();
    await page.getByTestId('admission-flowLMin').fill('2');
    await page.getByTestId('admission-productCode').selectOption('ide-cel');
    await page.getByTestId('admission-treatingPhysician').fill('Dr Rao');
    await page.getByTestId('admission-submit').click();
    expect(await form.getByTestId('form-errors').textContent()).toMatch(/Reason for switching patient: fill this in/);
    await expect(page.getByTestId('patient-name').textContent()).resolves.toBe('Ada Lovelace');
    await form.getByTestId('reason').fill('Bed reassigned by the charge nurse');
    await page.getByTestId('admission-submit').click();
    await signIn('Nurse Kim'); // asked for on submit, then the switch goes ahead
    await form.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-testid="patient-name"]')?.textContent === 'Grace Hopper');
    await expect(page.getByTestId('patient-day').textContent()).resolves.toBe('Day —');
    expect(await page.getByTestId('episode-summary').textContent()).toMatch(/home O₂ 2 L\/min/);

    await page.getByTestId('discharge').click();
    await page.getByTestId('discharge-form').waitFor();
    await page.getByTestId('reason').fill('Transferred to the haematology ward');
    await page.getByTestId('discharge-submit').click();
    await page.getByTestId('no-patient').waitFor();
    await page.getByTestId('admission-form').waitFor();
  });
});
