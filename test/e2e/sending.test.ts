// End to end in browser mode: a DEMO patient, a simulated GE monitor on a pty, and `vigil station --hl7-send` to a
// real MLLP receiver in this test (2 s reporting periods). The Sending screen shows the destination connected with a
// recent ACK, a backlog that grows while the receiver is down and drains when it is back; an AR parks a message with
// the receiver's reason; a signed-in nurse sends it again: the receiver gets the same MSH-10, the row goes, the audit
// has it. The Chinese window says the screen's headings in Chinese. A station with no destination says it sends nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMonitorOnPty, type MonitorOnPty } from '../helpers/monitor';
import { startMllpReceiver, type MllpReceiver } from '../helpers/mllpReceiver';
import { answerSignIn, artifactPath, signOut } from '../helpers/browser';
import { useBrowserStation, withBrowserStation } from '../helpers/browserStation';
import { queryRow } from '../helpers/database';
import { pinnedLocal } from '../helpers/clock';
import { ADMIN, NURSE, PIN } from '../helpers/staff';

const NOW = pinnedLocal(10, 0);
const REFUSAL = 'PID-3 is not known to the EHR';
const RESEND_REASON = 'Patient registered in the EHR now';

describe('Sending screen (browser mode, Chromium, HL7 out to a real MLLP receiver)', () => {
  // The receiver and the monitor exist before the station starts (its flags name them); they go after it has stopped.
  let monitor: MonitorOnPty;
  let receiver: MllpReceiver;
  beforeAll(async () => {
    receiver = await startMllpReceiver();
    monitor = await startMonitorOnPty('ge-s5', ['--interval', '0.5']);
  });
  afterAll(async () => {
    await monitor?.close();
    await receiver?.stop();
  });

  const vigil = useBrowserStation({
    name: 'sending',
    now: NOW,
    demo: { mrn: 'DEMO-SEND', days: 1, interval: 60, timeoutMs: 60_000 },
    staff: [ADMIN, NURSE],
    stationArgs: () => [
      '--serial', monitor.pty.stationPath, '--protocol', 'ge-s5',
      '--hl7-send', `127.0.0.1:${receiver.port}`, '--hl7-send-period', '2', '--hl7-send-params', 'hr,spo2', '--hl7-send-ack-timeout', '5',
    ],
  });
  let page: Page;
  let destination = '';
  let parkedId = '';
  let parkedControlId = '';

  const panel = () => page.getByTestId(`destination-${destination}`);
  const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
  const waitForPanel = (attribute: string, value: string, timeout = 30_000) =>
    page.waitForFunction(([id, name, want]) => document.querySelector(`[data-testid="destination-${id}"]`)?.getAttribute(name!) === want, [destination, attribute, value] as const, { timeout });

  beforeAll(async () => {
    page = vigil.page();
  });

  it('asks for a sign-in, then shows the destination connected with a recent ACK in the station’s local time', async () => {
    await page.getByTestId('tab-sending').click();
    await page.getByTestId('sending-sign-in-needed').waitFor();
    await page.getByTestId('sending-sign-in').click();
    await answerSignIn(page, NURSE.name, PIN);

    const first = page.locator('[data-testid^="destination-"][data-connected]').first();
    await first.waitFor();
    destination = (await first.getAttribute('data-testid'))!.replace('destination-', '');
    expect(await panel().textContent()).toContain(`127.0.0.1:${receiver.port}`);
    await waitForPanel('data-connected', 'true');
    await expect(text(`destination-connection-${destination}`)).resolves.toBe('Connected');
    // The station's pinned clock (10:00 local, running on), never this computer's: a minute or two after it at most.
    await page.waitForFunction((id) => /^Last ACK 10:0[0-3] \(\d{1,2} s ago\)$/.test(document.querySelector(`[data-testid="destination-ack-${id}"]`)?.textContent ?? ''), destination, { timeout: 30_000 });
    expect(receiver.messages.length).toBeGreaterThan(0);
    expect(await page.getByTestId(`destination-edit-${destination}`).count()).toBe(0); // settings are for administrators
  });

  it('the receiver goes down: not connected, a backlog builds; back up: the backlog drains', async () => {
    await receiver.stop();
    await page.waitForFunction((id) => Number(document.querySelector(`[data-testid="destination-${id}"]`)?.getAttribute('data-backlog')) >= 2, destination, { timeout: 30_000 });
    await waitForPanel('data-connected', 'false', 5_000);
    await expect(text(`destination-connection-${destination}`)).resolves.toBe('Not connected');
    expect(await text(`destination-backlog-${destination}`)).toMatch(/^\d+ messages waiting \(oldest 10:0\d\)$/);
    const before = receiver.messages.length;

    await receiver.restart();
    await waitForPanel('data-backlog', '0', 45_000);
    await waitForPanel('data-connected', 'true', 5_000);
    await expect(text(`destination-backlog-${destination}`)).resolves.toBe('Nothing waiting');
    expect(receiver.messages.length).toBeGreaterThanOrEqual(before + 2);
  });

  it('the receiver answers AR: the message is parked with the receiver’s reason', async () => {
    receiver.reply = (message) => {
      receiver.reply = () => ({ code: 'AA' }); // only this one is refused
      parkedControlId = message.controlId;
      return { code: 'AR', text: REFUSAL };
    };
    const row = page.locator('[data-testid^="parked-row-"]').first();
    await row.waitFor({ timeout: 30_000 });
    parkedId = (await row.getAttribute('data-testid'))!.replace('parked-row-', '');
    expect(parkedControlId).not.toBe('');
    await expect(row.getAttribute('data-control-id')).resolves.toBe(parkedControlId);
    await expect(text(`parked-reason-${parkedId}`)).resolves.toContain(REFUSAL);
    expect(await row.textContent()).toMatch(/AR/);
    await expect(text(`destination-connection-${destination}`)).resolves.toBe('Connected'); // the queue goes on
    await page.screenshot({ path: artifactPath('sending.png'), fullPage: true });
  });

  it('"Send again" (reason required, audited): the receiver gets the same MSH-10 again and the row goes', async () => {
    const refused = receiver.messages.find((m) => m.controlId === parkedControlId)!;
    await page.getByTestId(`parked-resend-${parkedId}`).click();
    await page.getByTestId('resend-dialog').waitFor();
    await page.getByTestId('resend-submit').click();
    // Nothing typed: the reason is named and gets the focus.
    await expect(page.getByTestId('form-errors').textContent()).resolves.toMatch(/Reason: /);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('resend-reason');
    await page.getByTestId('resend-reason').fill(RESEND_REASON);
    await page.getByTestId('resend-submit').click();
    await page.getByTestId('resend-dialog').waitFor({ state: 'detached' });

    await page.getByTestId(`parked-row-${parkedId}`).waitFor({ state: 'detached', timeout: 30_000 });
    const copies = () => receiver.messages.filter((m) => m.controlId === parkedControlId);
    await expect.poll(() => copies().length, { timeout: 30_000 }).toBe(2);
    expect(copies()[1]!.text).toBe(refused.text);
    // The next poll counts it as sent, no longer parked.
    await page.waitForFunction((id) => / 0 parked,/.test(document.querySelector(`[data-testid="destination-totals-${id}"]`)?.textContent ?? ''), destination, { timeout: 15_000 });

    const audit = queryRow<{ action: string; reason: string; staff: string; entity_id: number }>(
      vigil.db(),
      "SELECT a.action, a.reason, s.name AS staff, a.entity_id FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.entity = 'outbound_message' ORDER BY a.id DESC",
    );
    expect(audit).toEqual({ action: 'resend', reason: RESEND_REASON, staff: NURSE.name, entity_id: Number(parkedId) });
  });

  it('an administrator changes the destination: a wrong port is named and focused; the change is audited', async () => {
    await signOut(page);
    await page.getByTestId('sending-sign-in').click();
    await answerSignIn(page, ADMIN.name, PIN);
    await page.getByTestId(`destination-edit-${destination}`).click();
    await page.getByTestId('destination-dialog').waitFor();
    expect(await page.getByTestId('destination-host').inputValue()).toBe('127.0.0.1');
    expect(await page.getByTestId('destination-periodSeconds').inputValue()).toBe('2');
    await page.getByTestId('destination-port').fill('70000');
    await page.getByTestId('destination-submit').click();
    await expect(page.getByTestId('form-errors').textContent()).resolves.toMatch(/MLLP port: /);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('destination-port');

    await page.getByTestId('destination-port').fill(String(receiver.port));
    await page.getByTestId('destination-ackTimeoutSeconds').fill('6');
    await page.getByTestId('destination-submit').click();
    await page.getByTestId('destination-dialog').waitFor({ state: 'detached' });
    const audit = queryRow<{ action: string; staff: string; after_json: string }>(
      vigil.db(),
      "SELECT a.action, s.name AS staff, a.after_json FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.entity = 'outbound_destination' ORDER BY a.id DESC",
    );
    expect(audit).toMatchObject({ action: 'update', staff: ADMIN.name });
    expect(JSON.parse(audit.after_json)).toMatchObject({ host: '127.0.0.1', port: receiver.port, periodSeconds: 2, ackTimeoutSeconds: 6, params: ['hr', 'spo2'] });
    await waitForPanel('data-connected', 'true');
  });

  it('the Chinese window says the screen’s headings in Chinese', async () => {
    const zh = await vigil.openPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timeoutMs: 15_000 });
    try {
      await zh.getByTestId('settings-button').click();
      await zh.getByTestId('language-zh-CN').check();
      await zh.getByTestId('tab-sending').click();
      await expect(zh.getByTestId('sending-screen').locator('h2').textContent()).resolves.toBe('发送至医院系统');
    } finally {
      await zh.close();
    }
  });
});

describe('Sending screen with no destination (browser mode, Chromium)', () => {
  it('says Vigil sends nothing; an administrator sets a destination there and it shows', { timeout: 60_000 }, async () => {
    await withBrowserStation({ name: 'sending-none', now: NOW, staff: [ADMIN] }, async (vigil) => {
      const page = await vigil.openPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US', timeoutMs: 15_000 });
      await page.getByTestId('tab-sending').click();
      await page.getByTestId('sending-sign-in').click();
      await answerSignIn(page, ADMIN.name, PIN);
      await expect(page.getByTestId('sending-none').textContent()).resolves.toBe('Vigil sends nothing to the hospital: no destination is set.');

      await page.getByTestId('destination-add').click();
      await page.getByTestId('destination-submit').click();
      await expect(page.getByTestId('form-errors').textContent()).resolves.toMatch(/Host \(integration engine\): [\s\S]*MLLP port: /);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('destination-host');
      await page.getByTestId('destination-host').fill('127.0.0.1');
      await page.getByTestId('destination-port').fill('2575');
      await page.getByTestId('destination-submit').click();
      await page.getByTestId('destination-dialog').waitFor({ state: 'detached' });
      await page.locator('[data-testid^="destination-"][data-connected]').first().waitFor();
      expect(await page.getByTestId('sending-none').count()).toBe(0);
      expect(await page.getByTestId('sending-screen').textContent()).toContain('127.0.0.1:2575');
      expect(queryRow<{ action: string }>(vigil.db, "SELECT action FROM audit_log WHERE entity = 'outbound_destination'")).toEqual({ action: 'create' });
    });
  });
});
