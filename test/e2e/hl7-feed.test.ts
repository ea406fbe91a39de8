// End to end in browser mode with an HL7 feed: a station listening for HL7 (no serial monitor), the patient the
// gateway sends for admitted, the PCD-01 gateway simulator. The live screen shows the values with the source "HL7";
// the engineer's messages view lists the accepted messages (and a refused one for another patient, by outcome) and
// shows a raw message one segment per line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startVigil, type RunningVigil } from '../helpers/cli';
import { answerSignIn, artifactPath } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { isoOf, pinnedLocal } from '../helpers/clock';
import { admission } from '../helpers/episode';
import { ADMIN, PIN } from '../helpers/staff';
import { openDatabase } from '../../electron/station/db/open';
import { EpisodeRepository } from '../../electron/station/episode/episodes';
import { HOUR_MS } from '../../shared/time';

const MRN = 'MRN-HL7-0042';
/** The station and the gateway share one pinned clock (the gateway stamps OBX-14 with it). */
const NOW = pinnedLocal(6, 1);

/** The patient the gateway sends for is admitted here (PID-3 must match the MRN: never guessed). */
function admitTheGatewaysPatient(db: string): void {
  const conn = openDatabase(db);
  new EpisodeRepository(conn).admit({ ...admission, mrn: MRN, name: 'Grace Hopper' }, NOW - HOUR_MS);
  conn.close();
}

describe('HL7 feed (browser mode, Chromium, PCD-01 gateway simulator)', () => {
  const vigil = useBrowserStation({ name: 'hl7-feed', now: NOW, staff: [ADMIN], seed: admitTheGatewaysPatient, stationArgs: ['--hl7-listen', '127.0.0.1:0'] });
  let page: Page;
  let gateway: RunningVigil;
  let hl7Port = 0;

  beforeAll(async () => {
    page = vigil.page();
    hl7Port = Number((await vigil.station().waitFor(/HL7 listener on 127\.0\.0\.1:(\d+)/))[1]);
    gateway = startVigil(['simulate', '--protocol', 'hl7', '--to', `127.0.0.1:${hl7Port}`, '--scenario', 'stable', '--interval', '1', '--mrn', MRN, '--now', isoOf(NOW)]);
    await gateway.waitFor(/IHE PCD-01 gateway to/);
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it('shows the HL7 values on the live screen, each numeric labelled with its source "HL7"', async () => {
    await expect(page.getByTestId('patient-name').textContent()).resolves.toContain('Grace Hopper');
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('[data-testid="numeric-value-hr"]')?.textContent?.trim() ?? ''));
    const hr = Number(await page.getByTestId('numeric-value-hr').textContent());
    expect(hr).toBeGreaterThan(30);
    expect(hr).toBeLessThan(200);
    // sources.active is asked every 5 s.
    await page.waitForFunction(() => document.querySelector('[data-testid="numeric-source-hr"]')?.textContent === 'HL7', undefined, { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="numeric-source-spo2"]')?.textContent === 'HL7');
    expect(await page.getByTestId('numeric-value-spo2').textContent()).toMatch(/^\d+$/);
    await page.screenshot({ path: artifactPath('hl7-live.png') });
  });

  it('lists the messages newest first with outcome and ACK; filters by outcome; a row shows the raw message by segment', async () => {
    // A message for someone else is refused with a reason.
    const stranger = startVigil(['simulate', '--protocol', 'hl7', '--to', `127.0.0.1:${hl7Port}`, '--scenario', 'stable', '--interval', '1', '--mrn', 'SOMEONE-ELSE']);
    await stranger.waitFor(/IHE PCD-01 gateway to/);
    await new Promise((r) => setTimeout(r, 1500));
    await stranger.stop();

    await page.getByTestId('tab-messages').click();
    await page.getByTestId('hl7-sign-in-needed').waitFor(); // staff only
    await page.getByTestId('hl7-sign-in').click();
    await answerSignIn(page, 'Admin Ward 4', PIN);
    await page.getByTestId('hl7-table').waitFor();

    const rows = page.getByTestId('hl7-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const accepted = page.locator('[data-testid="hl7-row"][data-outcome="accepted"]');
    expect(await accepted.count()).toBeGreaterThanOrEqual(2);
    expect(await accepted.first().textContent()).toMatch(/ORU\^R01[\s\S]*MRN-HL7-0042[\s\S]*accepted[\s\S]*(AA|CA)$/);

    await page.getByTestId('hl7-filter').selectOption('rejected');
    await page.waitForFunction(() => {
      const outcomes = [...document.querySelectorAll('[data-testid="hl7-row"]')].map((r) => r.getAttribute('data-outcome'));
      return outcomes.length > 0 && outcomes.every((o) => o === 'rejected');
    });
    expect(await rows.first().textContent()).toMatch(/SOMEONE-ELSE[\s\S]*rejected[\s\S]*not the patient admitted at this station[\s\S]*(AE|AR|CE|CR)$/);

    await page.getByTestId('hl7-filter').selectOption('accepted');
    await page.waitForFunction(() => {
      const outcomes = [...document.querySelectorAll('[data-testid="hl7-row"]')].map((r) => r.getAttribute('data-outcome'));
      return outcomes.length > 0 && outcomes.every((o) => o === 'accepted');
    });
    // Newest first.
    const times = await page.locator('[data-testid^="hl7-open-"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-testid')!.replace('hl7-open-', ''))));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    await page.locator('[data-testid^="hl7-open-"]').first().click();
    const dialog = page.getByTestId('hl7-message-dialog');
    await dialog.waitFor();
    await page.getByTestId('hl7-raw').waitFor();
    const segments = await page.getByTestId('hl7-segment').allTextContents();
    expect(segments[0]).toMatch(/^MSH\|\^~\\&\|/);
    expect(segments.some((s) => s.startsWith('PID|') && s.includes(MRN))).toBe(true);
    expect(segments.filter((s) => s.startsWith('OBX|')).length).toBeGreaterThan(3);
    expect(segments.every((s) => !/[\r\n]/.test(s))).toBe(true); // one segment per line
    expect(await dialog.textContent()).toMatch(/Stored\d+ vital values, 0 lab results/);
    await page.screenshot({ path: artifactPath('hl7-message.png') });
    await page.getByTestId('hl7-message-close').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('hl7-filter').selectOption('');
    await page.screenshot({ path: artifactPath('hl7-messages.png') });
  });
});
