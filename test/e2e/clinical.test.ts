// End to end in browser mode on a DEMO episode: the live screen shows the suggested CRS and ICANS grades labelled
// "suggested" with their evidence, flags are prompts (not alarms) a nurse acknowledges, a nurse documents an ICE
// assessment item by item and tocilizumab (dose helper, the station's dose-count warnings), and a physician
// confirms the CRS grade with another value and a reason, shown beside the suggestion.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, signInAs, signOut } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { pinnedLocal } from '../helpers/clock';
import { queryRow } from '../helpers/database';
import { ADMIN, NURSE, PHYSICIAN } from '../helpers/staff';

/** Just after midnight (Day +2, 00:30), while the DEMO's CRS holds at its peak. */
const NOW = pinnedLocal(0, 30);
const ICE_DONE = ['orientationYear', 'orientationMonth', 'orientationCity', 'orientationHospital', 'namesObject1', 'namesObject2', 'followsCommands', 'writesSentence'];

describe('CRS/ICANS on the live screen (browser mode, Chromium)', () => {
  const vigil = useBrowserStation({
    name: 'clinical',
    now: NOW,
    demo: { mrn: 'MRN-DEMO-7', days: 3, interval: 10, timeoutMs: 60_000 },
    staff: [ADMIN, NURSE, PHYSICIAN],
  });
  let page: Page;
  beforeAll(() => {
    page = vigil.page();
  });

  const query = <T>(sql: string) => queryRow<T>(vigil.db(), sql);
  const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';

  it('shows the suggested CRS grade labelled "suggested", and "why?" shows its evidence', async () => {
    await expect(text('flags-not-alarms')).resolves.toMatch(/Flags are prompts, not alarms\. The bedside monitor keeps its own alarms\./);
    await page.getByTestId('grade-crs').waitFor();
    expect(await text('grade-crs-suggested')).toMatch(/Suggested/);
    expect(await text('grade-crs-current')).toMatch(/^Grade [0-4]$/);
    expect(await text('grade-crs-max')).toMatch(/^Grade [1-4]$/); // the demo course had CRS
    expect(await text('grade-crs-confirmed')).toMatch(/Not confirmed by a physician/);
    expect(await text('grade-icans-suggested')).toMatch(/Suggested/);
    // Secondary signals are shown apart from the grades.
    await expect(text('secondary-signals')).resolves.toMatch(/NEWS2[\s\S]*CAR-HEMATOTOX[\s\S]*IEC-HS[\s\S]*outside ICANS/);

    await page.getByTestId('grade-crs-why').click();
    const dialog = page.getByTestId('explain-dialog');
    await dialog.waitFor();
    expect(await text('explain-text')).toMatch(/^(Grade \d|Not assessable): /);
    const evidence = await page.getByTestId('evidence-text').first().textContent();
    expect(evidence).toMatch(/\(rule ASTCT-CRS-\w+ v\d+\)$/);
    // Thresholds come with their sources; readings with time, source and summary.
    expect(await dialog.textContent()).toMatch(/feverC: 38 °C source: .*§1\.1/);
    expect(await dialog.getByTestId('max-evidence').count() + (await dialog.getByTestId('evidence').count())).toBeGreaterThan(0);
    await expect(dialog.getByTestId('evidence-item').first().textContent()).resolves.toMatch(/Day (0|[+−]\d+), [+−][\d.]+ h.*(monitor|nurse|physician)/);
    await page.getByTestId('explain-close').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('a nurse documents an ICE assessment item by item; ICANS follows and a finding outside ICANS raises a flag', async () => {
    await page.getByTestId('sign-in').click();
    await signInAs(page, 'Nurse Kim');
    await page.getByTestId('tab-treatments').click();
    await expect(text('record-what-was-given')).resolves.toMatch(/never orders anything/);
    await page.getByTestId('event-kind-neuro').click();
    await page.getByTestId('neuro-consciousness').selectOption('alert');
    await page.getByTestId('neuro-ice-mode-items').check();
    for (const item of ICE_DONE) await page.getByTestId(`ice-${item}`).check();
    expect(await text('ice-total')).toBe('ICE total: 8/10');
    await page.getByTestId('neuro-other-parkinsonism').check();
    await page.getByTestId('event-submit').click();
    await expect(page.getByTestId('event-recorded').textContent()).resolves.toMatch(/Recorded: neuro assessment: ICE 8\/10 \(lost: .*\); alert; other: parkinsonism/);
    const stored = query<{ data_json: string; name: string }>(`SELECT e.data_json, s.name FROM episode_entries e JOIN staff s ON s.id = e.recorded_by WHERE e.kind = 'event:neuro' ORDER BY e.id DESC LIMIT 1`);
    expect(stored.name).toBe('Nurse Kim');
    expect(JSON.parse(stored.data_json)).toMatchObject({ kind: 'neuro', source: 'staff', consciousness: 'alert', ice: { form: 'items', items: { orientationYear: true, countsBackwards: false } }, otherFindings: ['parkinsonism'] });
    await page.locator('[data-testid="recent-event"][data-kind="neuro"]').first().waitFor();

    await page.getByTestId('tab-live').click();
    // ICE 8/10 in an alert patient: ICANS grade 1, re-graded by the station and pushed by 'clinical.changed'.
    await page.waitForFunction(() => document.querySelector('[data-testid="grade-icans-current"]')?.textContent === 'Grade 1', undefined, { timeout: 15_000 });
    await page.locator('li[data-code="NON_ICANS_NEUROTOXICITY"]').waitFor();
  });

  it('the nurse acknowledges a flag with a note; it shows who acknowledged it', async () => {
    const flag = page.locator('li[data-code="NON_ICANS_NEUROTOXICITY"]');
    expect(await flag.getAttribute('data-priority')).toBe('review');
    expect(await flag.textContent()).toMatch(/Neurotoxicity outside ICANS[\s\S]*movement and neurocognitive toxicity/);
    const id = (await flag.getAttribute('data-testid'))!.replace('flag-', '');
    await page.getByTestId(`flag-why-${id}`).click();
    await expect(page.getByTestId(`flag-evidence-${id}-text`).first().textContent()).resolves.toMatch(/parkinsonism|neurocognitive/);
    await page.getByTestId(`flag-ack-${id}`).click();
    await page.getByTestId('ack-dialog').waitFor();
    await page.getByTestId('ack-note').fill('Neurology informed');
    await page.getByTestId('ack-submit').click();
    await page.getByTestId('ack-dialog').waitFor({ state: 'detached' });
    // An acknowledged flag is folded under "earlier prompts" (#18).
    await page.getByTestId('flags-earlier-summary').click();
    const acked = page.getByTestId(`flag-acked-${id}`);
    await acked.waitFor();
    expect(await acked.textContent()).toMatch(/Acknowledged by Nurse Kim, .*Note: Neurology informed/);
    expect(query<{ name: string; ack_note: string }>(`SELECT s.name, f.ack_note FROM flags f JOIN staff s ON s.id = f.acknowledged_by WHERE f.id = ${Number(id)}`)).toEqual({
      name: 'Nurse Kim',
      ack_note: 'Neurology informed',
    });
  });

  it('tocilizumab: the weight-based dose, and the station warns at the 3rd dose in 24 h', async () => {
    await page.getByTestId('tab-treatments').click();
    await page.getByTestId('event-kind-medication').click();
    for (let dose = 1; dose <= 3; dose++) {
      await page.getByTestId('med-drug').fill('Tocilizumab');
      expect(await page.getByTestId('med-class').inputValue()).toBe('anti_il6'); // filled from the drug
      await expect(text('toci-dose')).resolves.toBe('8 mg/kg × 72 kg = 576 mg IV'); // the DEMO patient weighs 72 kg
      await page.getByTestId('toci-use').click();
      expect(await page.getByTestId('med-dose').inputValue()).toBe('576 mg IV');
      await expect(text('med-indication-explain')).resolves.toMatch(/premedication .* never masks a fever/i);
      await page.getByTestId('med-indication-crs').check();
      if (dose === 3) await expect(page.getByTestId('toci-warning').first().textContent()).resolves.toMatch(/dose 3 within 24 h/);
      await page.getByTestId('event-submit').click();
      // Recorded: the form starts again, empty.
      await page.waitForFunction(() => (document.querySelector('[data-testid="med-drug"]') as HTMLInputElement | null)?.value === '');
    }
    await expect(page.getByTestId('event-warnings').textContent()).resolves.toMatch(/tocilizumab dose 3 within 24 h; the label allows no more than 3 in 24 h[\s\S]*dose 4 in total/);
    const doses = query<{ n: number }>(`SELECT count(*) AS n FROM episode_entries WHERE kind = 'event:medication' AND data_json LIKE '%Tocilizumab%' AND data_json LIKE '%"indication":"crs"%'`);
    expect(doses.n).toBe(4); // the DEMO course's dose and these three
    await signOut(page);
  });

  it('a physician confirms the CRS grade with another value and a reason; the confirmation shows beside the suggestion', async () => {
    await page.getByTestId('tab-live').click();
    const suggested = Number((await text('grade-crs-current')).replace('Grade ', ''));
    const chosen = suggested === 4 ? 3 : suggested + 1;
    await page.getByTestId('grade-crs-confirm').click();
    await signInAs(page, 'Dr Rao'); // sign-in on demand
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await text('confirm-suggested')).toBe(`Suggested now: Grade ${suggested}`);
    await page.getByTestId(`confirm-grade-${chosen}`).check();
    await page.getByTestId('confirm-submit').click();
    // A changed grade needs a reason: refused, nothing saved.
    await expect(page.getByTestId('form-errors').textContent()).resolves.toMatch(/Nothing was saved[\s\S]*Reason: fill this in/);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM grade_confirmations').n).toBe(0);
    await page.getByTestId('confirm-reason').fill('Oxygen need on the ward not yet documented');
    await page.getByTestId('confirm-submit').click();
    await dialog.waitFor({ state: 'detached' });

    await page.waitForFunction((g) => document.querySelector('[data-testid="grade-crs-confirmed-value"]')?.textContent === `Confirmed: Grade ${g}`, chosen);
    expect(await text('grade-crs-confirmed')).toMatch(/Dr Rao, [\s\S]*Reason: Oxygen need on the ward not yet documented/);
    expect(await text('grade-crs-suggested')).toMatch(new RegExp(`Suggested[\\s\\S]*Grade ${suggested}`)); // the suggestion stays beside it
    expect(query<{ suggested: string; confirmed: string; reason: string; name: string }>('SELECT c.suggested, c.confirmed, c.reason, s.name FROM grade_confirmations c JOIN staff s ON s.id = c.physician_id')).toEqual({
      suggested: String(suggested),
      confirmed: String(chosen),
      reason: 'Oxygen need on the ward not yet documented',
      name: 'Dr Rao',
    });
    await page.evaluate(() => window.scrollTo(0, 0)); // the top bar is sticky: a full-page picture starts at the top
    await page.screenshot({ path: artifactPath('clinical.png'), fullPage: true });
  });
});
