// End to end in browser mode (#18 items 5 and 6): on the DEMO's Day +9 a physician confirms the Day +1 – +3 CRS
// course, Rounds shows it on those Days (not Day +9) and the handover names the course and its own suggestion;
// Print asks for the illness severity first; the checklist of the infused DEMO is history, never a red holding box;
// then, for a new patient, a baseline of 39.7 °C and BP 81/46 holds the infusion until a physician acknowledges it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signInAs } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { localIsoDay, pinnedLocal } from '../helpers/clock';
import { queryRow, queryValue } from '../helpers/database';
import { screenshotAtWardSizes } from '../helpers/screenshots';
import { ADMIN, NURSE, PHYSICIAN } from '../helpers/staff';

/** 10:00 on the DEMO's Day +9 (a 10-day DEMO ends now): its CRS course ran on Days +1 to +3. */
const NOW = pinnedLocal(10, 0);

describe('checklist signals and confirming a past course (browser mode, Chromium)', () => {
  const vigil = useBrowserStation({
    name: 'checklist-confirm',
    now: NOW,
    demo: { mrn: 'DEMO-18', days: 10, interval: 3600, timeoutMs: 90_000 },
    staff: [ADMIN, NURSE, PHYSICIAN],
  });
  let page: Page;
  beforeAll(() => {
    page = vigil.page();
  });
  const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';

  it('a physician confirms the Day +1 – +3 CRS course on Day +9, compared with that course’s own suggestion', async () => {
    await page.getByTestId('grade-crs').waitFor();
    expect(await text('grade-crs-current')).toBe('Grade 0');
    await page.getByTestId('sign-in').click();
    await signInAs(page, PHYSICIAN.name);
    await page.getByTestId('grade-crs-confirm').click();
    // The list: the grade now (the default) and the ended course with its Days and maximum.
    const now = page.locator('[data-testid="confirm-target-now"]');
    await now.waitFor();
    expect(await now.isChecked()).toBe(true);
    const options = await page.locator('[data-testid^="confirm-target-"]').evaluateAll((inputs) => inputs.map((i) => i.parentElement?.textContent ?? ''));
    expect(options).toEqual(['The grade now (suggested Grade 0)', 'CRS course Day +1 – Day +3 (maximum suggested Grade 2)']);
    await page.locator('[data-testid^="confirm-target-"]').nth(1).check();
    expect(await text('confirm-suggested')).toBe('Suggested for Day +1 – Day +3: maximum Grade 2');
    expect(await page.getByTestId('confirm-grade-2').isChecked()).toBe(true);
    await screenshotAtWardSizes(page, 'confirm-past-course');
    await page.getByTestId('confirm-submit').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });

    await page.getByTestId('grade-crs-confirmed-span').waitFor();
    expect(await text('grade-crs-confirmed')).toMatch(/Confirmed: Grade 2.*For Day \+1 – Day \+3 \(the station suggested Grade 2 then\); the grade now is not confirmed\./);
    const stored = queryRow<{ suggested: string; confirmed: string; covers_from_ms: number; covers_to_ms: number; t_ms: number }>(vigil.db(), 'SELECT * FROM grade_confirmations');
    expect(stored).toMatchObject({ suggested: '2', confirmed: '2' });
    expect(stored.covers_to_ms).toBeLessThan(stored.t_ms);
    expect(queryValue<string>(vigil.db(), "SELECT after_json FROM audit_log WHERE action = 'confirm_grade'")).toContain('"covers"');
  });

  it('Rounds shows the confirmation on Days +1 to +3, not on Day +9 when it was entered', async () => {
    await page.getByTestId('tab-rounds').click();
    await page.getByTestId('rounds-table').waitFor();
    const crsByDay = await page.getByTestId('rounds-row').evaluateAll((rows) =>
      rows.map((r) => [Number(r.getAttribute('data-day')), /^CRS .+ \/ (.+)$/.exec(r.querySelector('.rounds-grades > div')?.textContent ?? '')?.[1] ?? '']),
    );
    const confirmedDays = crsByDay.filter(([, confirmed]) => confirmed !== '—').map(([day, confirmed]) => `${day}:${confirmed}`);
    expect(confirmedDays).toEqual(['3:2', '2:2', '1:2']);
    expect(crsByDay[0]).toEqual([9, '—']);
    await page.locator('[data-testid="rounds-row"][data-day="3"]').scrollIntoViewIfNeeded();
    await screenshotAtWardSizes(page, 'rounds-confirmed-course');
  });

  it('the handover names the course and its own suggestion, and Print asks for the illness severity first', async () => {
    await page.getByTestId('tab-handover').click();
    await page.getByTestId('ho-grade-crs').waitFor();
    expect(await text('ho-grade-crs')).toMatch(
      /CRS: Grade 0 suggested \(not confirmed\); Day \+1 – Day \+3 confirmed as Grade 2 by Dr Rao at .+ \(the station suggested Grade 2 for those days\)/,
    );
    await page.getByTestId('handover-print').click();
    await page.getByTestId('handover-severity-needed').waitFor();
    expect(await text('handover-severity-needed')).toBe('Choose the illness severity (stable, watcher or unstable) before printing the handover.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('handover-severity-stable');
    expect(queryValue<number>(vigil.db(), "SELECT count(*) FROM audit_log WHERE action = 'print_handover'")).toBe(0);
    await screenshotAtWardSizes(page, 'handover-asks-severity');
    await page.getByTestId('handover-severity-watcher').check();
    expect(await page.getByTestId('handover-severity-needed').count()).toBe(0);
  });

  it('on Day +9 the checklist is history: the pre-infusion findings are listed neutral, with no red holding box', async () => {
    await page.getByTestId('tab-episode').click();
    await page.getByTestId('item-baseline-correct').click();
    for (const [field, value] of [['hr', '126'], ['sbp', '81'], ['dbp', '46'], ['temp', '39.7']] as const) await page.getByTestId(`baseline-${field}`).fill(value);
    await page.getByTestId('reason').fill('Baseline transcribed from the monitor record');
    await page.getByTestId('baseline-submit').click();
    await page.getByTestId('correct-dialog').waitFor({ state: 'detached' });
    const history = page.getByTestId('checklist-history');
    await history.waitFor();
    expect(await history.textContent()).toMatch(/Before the infusion \(history\)[\s\S]*Baseline temperature 39\.7 °C: fever \(≥ 38\.0 °C\)[\s\S]*systolic blood pressure 81 mmHg/);
    expect(await text('checklist-done')).toMatch(/^CAR-T infusion given .+: the checklist is closed\.$/);
    expect(await history.getAttribute('role')).toBeNull();
    expect(await page.getByTestId('checklist-blockers').count()).toBe(0);
    expect(await page.getByText('Holding the infusion').count()).toBe(0);
    await history.scrollIntoViewIfNeeded();
    await screenshotAtWardSizes(page, 'checklist-history-day9');
  });

  it('a new patient’s baseline of 39.7 °C and BP 81/46 holds the infusion until a physician acknowledges it', async () => {
    await page.getByTestId('switch-patient').click();
    await page.getByTestId('admission-mrn').fill('MRN-1818');
    await page.getByTestId('admission-name').fill('Grace Hopper');
    await page.getByTestId('admission-birthDate').fill('1956-12-09');
    await page.getByTestId('admission-sex').selectOption('female');
    await page.getByTestId('admission-weightKg').fill('64');
    await page.getByTestId('admission-heightCm').fill('165');
    await page.getByTestId('admission-productCode').selectOption('ide-cel');
    await page.getByTestId('admission-treatingPhysician').fill('Dr Rao');
    await page.getByTestId('reason').fill('DEMO episode closed for the next admission');
    await page.getByTestId('admission-submit').click();
    await page.locator('[data-testid="item-lymphodepletion"][data-state="missing"]').waitFor();

    await page.getByTestId('ld-fludarabine').fill('30');
    await page.getByTestId('ld-cyclophosphamide').fill('300');
    for (const [i, offset] of [-4, -3, -2].entries()) await page.getByTestId(`ld-day-${i}`).fill(localIsoDay(NOW, offset));
    await page.getByTestId('lymphodepletion-submit').click();
    await page.getByTestId('infection-result-negative').check();
    await page.getByTestId('infection-date').fill(localIsoDay(NOW, -5));
    await page.getByTestId('infection-submit').click();
    await page.getByTestId('cns-assessment').check();
    await page.getByTestId('cns-decision-proceed').check();
    await page.getByTestId('cns-physician').fill('Dr Rao');
    await page.getByTestId('cns-submit').click();
    await page.getByTestId('seizure-given-no').check();
    await page.getByTestId('seizure-reason').fill('Not in this unit protocol');
    await page.getByTestId('seizure-submit').click();
    for (const [field, value] of [['hr', '126'], ['sbp', '81'], ['dbp', '46'], ['spo2', '97'], ['rr', '18'], ['temp', '39.7']] as const) await page.getByTestId(`baseline-${field}`).fill(value);
    await page.getByTestId('baseline-ice').fill('10');
    await page.getByTestId('baseline-submit').click();
    await page.locator('[data-testid="item-baseline"][data-state="recorded"]').waitFor();

    // Every item is documented, yet the checklist is not complete: the baseline holds the infusion.
    expect(await page.getByTestId('checklist-missing').count()).toBe(0);
    const blockers = page.getByTestId('checklist-blockers');
    expect(await blockers.textContent()).toMatch(/Holding the infusion[\s\S]*Baseline temperature 39\.7 °C: fever \(≥ 38\.0 °C\)\. .*physician acknowledges[\s\S]*Baseline systolic blood pressure 81 mmHg: hypotension \(< 90 mmHg\)/);
    expect(await page.getByTestId('checklist-ready').count()).toBe(0);
    await blockers.scrollIntoViewIfNeeded();
    await screenshotAtWardSizes(page, 'checklist-baseline-blocked');

    const reason = 'Fever and hypotension reviewed at the bedside: blood cultures taken, infusion proceeds';
    await page.getByTestId('acknowledgement-reason').fill(reason);
    await page.getByTestId('acknowledgement-submit').click();
    await page.getByTestId('checklist-ready').waitFor();
    expect(await page.getByTestId('checklist-blockers').count()).toBe(0);
    expect(await text('checklist-warnings')).toMatch(/Baseline temperature 39\.7 °C: fever \(≥ 38\.0 °C\), acknowledged by a physician: Fever and hypotension reviewed/);
    expect(await text('baseline-acknowledgement')).toMatch(/fever, hypotension: Fever and hypotension reviewed[\s\S]*Recorded by Dr Rao/);
    const audit = queryRow<{ reason: string; name: string }>(vigil.db(), "SELECT a.reason, s.name FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.after_json LIKE '%\"findings\"%'");
    expect(audit).toEqual({ reason, name: 'Dr Rao' });
  });
});
