// End to end in browser mode on a DEMO episode: ICANS domain by domain (issue 13). A hemiparesis stands through a
// later routine ICE check that does not re-document it (the form asks "still present?" instead of starting blank),
// and depressed consciousness a physician attributes to sedation reads "Not assessable" (无法评估), never grade 0.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, signInAs } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { localInput, pinnedLocal } from '../helpers/clock';
import { queryRow } from '../helpers/database';
import { ADMIN, NURSE, PHYSICIAN } from '../helpers/staff';
import { HOUR_MS as HOUR } from '../../shared/time';

/** Day +2, 00:30 on the DEMO course (three days after admission). */
const NOW = pinnedLocal(0, 30);
const ICE_ITEMS = ['orientationYear', 'orientationMonth', 'orientationCity', 'orientationHospital', 'namesObject1', 'namesObject2', 'namesObject3', 'followsCommands', 'writesSentence', 'countsBackwards'];

describe('ICANS domain by domain (browser mode, Chromium)', () => {
  const vigil = useBrowserStation({
    name: 'icans',
    now: NOW,
    demo: { mrn: 'MRN-DEMO-13', days: 3, interval: 10, timeoutMs: 60_000 },
    staff: [ADMIN, NURSE, PHYSICIAN],
  });
  let page: Page;
  beforeAll(async () => {
    page = vigil.page();
    await page.getByTestId('grade-icans').waitFor();
  });

  const query = <T>(sql: string) => queryRow<T>(vigil.db(), sql);
  /** The latest documented neuro assessment, as stored. */
  const lastNeuro = () => JSON.parse(query<{ data_json: string }>(`SELECT data_json FROM episode_entries WHERE kind = 'event:neuro' ORDER BY id DESC LIMIT 1`).data_json) as Record<string, unknown>;
  const documentedCount = () => query<{ n: number }>(`SELECT count(*) AS n FROM episode_entries WHERE kind LIKE 'event:%'`).n;

  const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
  const icansReads = (expected: string) =>
    page.waitForFunction((g) => document.querySelector('[data-testid="grade-icans-current"]')?.textContent === g, expected, { timeout: 15_000 });

  async function signIn(name: string): Promise<void> {
    await page.getByTestId('sign-in').click();
    await signInAs(page, name);
  }

  async function openNeuroForm(): Promise<void> {
    await page.getByTestId('tab-treatments').click();
    await page.getByTestId('event-kind-neuro').click();
  }

  async function iceAllDone(): Promise<void> {
    await page.getByTestId('neuro-ice-mode-items').check();
    for (const item of ICE_ITEMS) await page.getByTestId(`ice-${item}`).check();
  }

  /** Records the form (Enter in `field`, or the button) and waits until the station has stored it. */
  async function record(field?: string): Promise<void> {
    const before = documentedCount();
    if (field) await page.getByTestId(field).press('Enter');
    else await page.getByTestId('event-submit').click();
    await expect.poll(documentedCount).toBe(before + 1);
  }

  it('a hemiparesis stands through a routine ICE check an hour later: ICANS stays 4 and the form asks "still present?"', async () => {
    await signIn('Nurse Kim');
    await openNeuroForm();
    // An hour ago: ICE 10/10, alert, and a new hemiparesis.
    await page.getByTestId('event-time').fill(localInput(NOW - HOUR));
    await page.getByTestId('neuro-consciousness').selectOption('alert');
    await iceAllDone();
    await page.getByTestId('neuro-motor').check();
    await expect(text('neuro-documents')).resolves.toBe('This check documents: ICE, consciousness, motor');
    await record();
    expect(lastNeuro()).toMatchObject({ deepFocalMotorWeakness: true, time: NOW - HOUR });

    // Now: the form asks about the standing hemiparesis instead of offering an empty box.
    const standing = page.getByTestId('neuro-standing-deep_focal_motor_weakness');
    await standing.waitFor();
    expect(await standing.textContent()).toMatch(/Deep focal motor weakness.*: still present\?/);
    expect(await page.getByTestId('neuro-motor').count()).toBe(0);
    expect(await page.getByTestId('neuro-still-deep_focal_motor_weakness-unchanged').isChecked()).toBe(true);

    // A routine ICE check that does not touch the motor finding.
    await page.getByTestId('neuro-consciousness').selectOption('alert');
    await iceAllDone();
    await expect(text('neuro-documents')).resolves.toBe('This check documents: ICE, consciousness');
    await record();
    const routine = lastNeuro();
    expect(routine).toMatchObject({ consciousness: 'alert', ice: { form: 'items' } });
    expect(routine).not.toHaveProperty('deepFocalMotorWeakness');

    await page.getByTestId('tab-live').click();
    await icansReads('Grade 4');
    await page.getByTestId('grade-icans-why').click();
    await expect(page.getByTestId('explain-dialog').textContent()).resolves.toMatch(/motor weakness/i);
    await page.getByTestId('explain-close').click();

    await openNeuroForm();
    await expect(page.getByTestId('neuro-standing-deep_focal_motor_weakness').textContent()).resolves.toMatch(/still present\?/);
    await page.getByTestId('event-neuro-form').screenshot({ path: artifactPath('icans-neuro-form.png') });
  });

  it('depressed consciousness a physician attributes to sedation reads "Not assessable" (无法评估), never grade 0', async () => {
    // Sedated and intubated: the ICE cannot be done, so the level of consciousness is required.
    await page.getByTestId('neuro-ice-mode-notAssessable').check();
    await page.getByTestId('neuro-reason').fill('Sedated, intubated');
    await page.getByTestId('neuro-still-deep_focal_motor_weakness-no').check(); // examined: the hemiparesis is gone
    await page.getByTestId('event-submit').click();
    await expect(text('form-errors')).resolves.toMatch(/Level of consciousness: required when the ICE total is 0 or the ICE could not be done/);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'neuro-consciousness'); // the field in error has the focus
    await page.getByTestId('neuro-consciousness').selectOption('unarousable');
    await expect(text('neuro-documents')).resolves.toBe('This check documents: ICE, consciousness, motor');
    await record('neuro-reason'); // Enter records, as in every form
    expect(lastNeuro()).toMatchObject({ iceNotAssessableReason: 'Sedated, intubated', consciousness: 'unarousable', deepFocalMotorWeakness: false });
    await page.getByTestId('tab-live').click();
    await icansReads('Grade 4'); // unarousable, not (yet) attributed
    await page.getByTestId('sign-out').click();

    await signIn('Dr Rao');
    await page.getByTestId('tab-treatments').click();
    await page.getByTestId('event-kind-attribution').click();
    await page.getByTestId('attribution-target').selectOption('depressed_consciousness');
    await page.getByTestId('attribution-cause').fill('Sedation (propofol)');
    await page.getByTestId('attribution-from').fill(localInput(NOW));
    await record();

    await page.getByTestId('tab-live').click();
    await icansReads('Not assessable');
    expect(await text('grade-icans-max')).toBe('Grade 4'); // not assessable never lowers the maximum
    await page.getByTestId('settings-button').click();
    await page.getByTestId('language-zh-CN').check();
    await icansReads('无法评估');
    expect(await text('grade-icans')).not.toMatch(/0 级|Grade 0/);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifactPath('icans-not-assessable-zh-CN.png'), fullPage: true });
  });
});
