// End to end in browser mode on a DEMO episode (#18 items 7, 8 and the ICE shortcut): a nurse records ICE with the
// "all 10 correct" shortcut and overrides items (9/10, then 7/10); the timeline says each entry in words (ICE 7/10,
// tocilizumab with its dose, oxygen flow and device), grouped by Day and filtered by kind, never "event:…"; the labs
// flowsheet flags the DEMO's ferritin 2600 (sent without a range) against the site default, a range the lab feed
// sent (HL7 over MLLP) wins, flags differ from change arrows, the sample time shows in the cell and charts end today.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signInAs, signOut } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { MllpClient } from '../../drivers/hl7/transport';
import { pinnedLocal } from '../helpers/clock';
import { screenshotAtWardSizes } from '../helpers/screenshots';
import { ADMIN, NURSE } from '../helpers/staff';

const MRN = 'MRN-TL-1';
/** Day +2, 10:30: the DEMO (3 days) gave tocilizumab and oxygen on Day 0 and drew labs at 06:00 today. */
const NOW = pinnedLocal(10, 30);

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
/** An HL7 DTM in local time with its offset (20261126063000+0100). */
function hl7Time(t: number): string {
  const d = new Date(t);
  const offset = -d.getTimezoneOffset();
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}${pad(d.getHours())}${pad(d.getMinutes())}00${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
}

describe('a readable timeline and the labs flowsheet (browser mode, Chromium)', () => {
  const vigil = useBrowserStation({
    name: 'timeline-labs',
    now: NOW,
    demo: { mrn: MRN, days: 3, interval: 300, timeoutMs: 60_000 },
    staff: [ADMIN, NURSE],
    stationArgs: ['--hl7-listen', '127.0.0.1:0'],
  });
  let page: Page;
  beforeAll(() => {
    page = vigil.page();
  });
  const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';

  it('ICE: "all 10 correct" ticks every item; unticking one gives 9/10, three give 7/10, recorded item by item', async () => {
    await page.getByTestId('sign-in').click();
    await signInAs(page, NURSE.name);
    await page.getByTestId('tab-treatments').click();
    await page.getByTestId('event-kind-neuro').click();
    await page.getByTestId('neuro-consciousness').selectOption('alert');
    await page.getByTestId('neuro-ice-mode-items').check();
    expect(await text('ice-total')).toBe('ICE total: 0/10');
    await page.getByTestId('ice-all-correct').click();
    expect(await text('ice-total')).toBe('ICE total: 10/10');
    expect(await page.getByTestId('ice-countsBackwards').isChecked()).toBe(true);
    await page.getByTestId('ice-countsBackwards').uncheck();
    expect(await text('ice-total')).toBe('ICE total: 9/10');
    await screenshotAtWardSizes(page, 'ice-all-correct');
    await page.getByTestId('ice-writesSentence').uncheck();
    await page.getByTestId('ice-namesObject3').uncheck();
    expect(await text('ice-total')).toBe('ICE total: 7/10');
    await page.getByTestId('event-submit').click();
    await expect(text('event-recorded')).resolves.toMatch(/ICE 7\/10/);
    await signOut(page);
  });

  it('the timeline says each entry in words, grouped by Day +N with the date, with who recorded it', async () => {
    await page.getByTestId('tab-episode').click();
    const timeline = page.getByTestId('timeline');
    await timeline.locator('[data-kind="event:neuro"]', { hasText: 'ICE 7/10' }).waitFor();
    const headings = await timeline.locator('.timeline-day-heading').allTextContents();
    expect(headings.slice(-3)).toEqual([expect.stringMatching(/^Day 0 · \d{1,2} \w{3} 2026$/), expect.stringMatching(/^Day \+1 · /), expect.stringMatching(/^Day \+2 · 26 Nov 2026$/)]);
    const today = timeline.locator('[data-testid="timeline-day"]').last();
    expect(await today.textContent()).toMatch(/Neuro assessment[\s\S]*ICE 7\/10 \(lost: .+\); alert[\s\S]*Nurse Kim \(nurse\)/);
    const toci = timeline.locator('[data-kind="event:medication"]', { hasText: 'Tocilizumab' });
    expect(await toci.textContent()).toMatch(/Medication given[\s\S]*Tocilizumab 576 mg IV \(8 mg\/kg\) — for CRS[\s\S]*DEMO Physician \(physician\)/);
    expect(await timeline.locator('[data-kind="event:oxygen"]').first().textContent()).toMatch(/Oxygen 2 L\/min nasal cannula/);
    expect(await page.locator('body').textContent()).not.toMatch(/event:|Entry \(/);
    await today.scrollIntoViewIfNeeded();
    await screenshotAtWardSizes(page, 'timeline');
  });

  it('the timeline filters by kind', async () => {
    const timeline = page.getByTestId('timeline');
    await page.getByTestId('timeline-filter-treatments').click();
    expect(await page.getByTestId('timeline-filter-treatments').getAttribute('aria-checked')).toBe('true');
    const shown = await timeline.locator('.timeline-entry').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.category));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['treatments']));
    expect(await timeline.textContent()).toMatch(/Tocilizumab 576 mg IV/);
    expect(await timeline.textContent()).not.toMatch(/ICE \d+\/10/);
    await page.getByTestId('timeline-filter-neuro').click();
    const neuro = await timeline.locator('.timeline-entry').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind));
    expect(new Set(neuro)).toEqual(new Set(['event:neuro']));
    await page.getByTestId('timeline-filter-all').click();
  });

  it('labs: ferritin 2600 sent without a range is flagged H against the site default; a range the lab feed sent wins', async () => {
    // Today's platelets from the laboratory's HL7 feed, with its own range (80–400): within it, though below the default.
    const port = Number((await vigil.station().waitFor(/HL7 listener on 127\.0\.0\.1:(\d+)/))[1]);
    const sampled = hl7Time(pinnedLocal(6, 30));
    const message = [`MSH|^~\\&|LIS|LAB|VIGIL|WARD|${sampled}||ORU^R01^ORU_R01|TL-1|P|2.5.1`, `PID|1||${MRN}^^^HOSP^MR`, `OBR|1|P1|F1|58410-2^CBC panel^LN|||${sampled}`, 'OBX|1|NM|777-3^Platelets^LN||120|10*9/L|80-400|N|||F', ''].join('\r');
    const lab = await MllpClient.connect('127.0.0.1', port);
    try {
      await lab.send(new TextEncoder().encode(message));
      await lab.waitForFrames(1);
      expect(new TextDecoder().decode(lab.frames[0])).toMatch(/MSA\|AA\|TL-1/);
    } finally {
      await lab.close();
    }

    await page.getByTestId('tab-labs').click();
    const ferritin = page.getByTestId('labs-row-ferritin');
    await ferritin.waitFor();
    expect(await ferritin.getAttribute('data-group')).toBe('inflammation');
    const meta = ferritin.getByTestId('labs-meta');
    expect(await meta.textContent()).toMatch(/ng\/mL · 15–200 site default/);
    expect(await meta.locator('[data-range-from="site"]').getAttribute('title')).toMatch(/CLIF/);
    const todays = ferritin.getByTestId('lab-value').last();
    expect(await todays.getByTestId('lab-flag').textContent()).toBe('Habove range'); // the letter, and words for screen readers
    expect(await todays.getAttribute('data-mark')).toBe('high');
    expect((await todays.locator('.lab-number').textContent())!.trim()).toBe('2600');

    const platelets = page.getByTestId('labs-row-plt');
    await page.waitForFunction(() => document.querySelector('[data-testid="labs-row-plt"] [data-range-from]')?.getAttribute('data-range-from') === 'lab', undefined, { timeout: 10_000 });
    expect(await platelets.getByTestId('labs-meta').textContent()).toMatch(/80–400$/);
    const latestPlatelets = platelets.getByTestId('lab-value').last();
    expect(await latestPlatelets.getAttribute('data-mark')).toBe('');
    expect(await latestPlatelets.getByTestId('lab-time').textContent()).toBe('sample 06:30');
    // The DEMO's earlier platelets came without a range: flagged L against the site default 150–350.
    expect(await platelets.getByTestId('lab-value').first().getAttribute('data-mark')).toBe('low');
  });

  it('Rounds and the handover mark labs as the flowsheet does: ferritin 2600 H against the site default, the feed\'s platelets by its own range', async () => {
    await page.getByTestId('tab-rounds').click();
    const today = page.locator('[data-testid="rounds-row"][data-day="2"]');
    const ferritin = today.locator('.rounds-lab', { hasText: 'Ferritin' });
    await ferritin.waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="rounds-row"][data-day="2"] .rounds-lab')].some((e) => e.textContent?.startsWith('Ferritin') && e.classList.contains('lab-out')), undefined, { timeout: 10_000 });
    expect(await ferritin.locator('.lab-mark').textContent()).toBe(' ↑H');
    const platelets = today.locator('.rounds-lab', { hasText: 'Platelets' });
    expect(await platelets.getAttribute('class')).toBe('rounds-lab');

    await page.getByTestId('tab-handover').click();
    const ferritinRow = page.getByTestId('ho-labs-table').locator('tr', { hasText: 'Ferritin' });
    await ferritinRow.waitFor();
    expect(await ferritinRow.textContent()).toMatch(/2600 H above range.*15–200 \(site default\)/);
    const plateletRow = page.getByTestId('ho-labs-table').locator('tr', { hasText: 'Platelets' });
    expect(await plateletRow.textContent()).toMatch(/120 \(.*80–400$/);
    expect(await plateletRow.textContent()).not.toMatch(/below range|site default/);
    await screenshotAtWardSizes(page, 'handover-labs-site-default');
  });

  it('labs: flags and change arrows differ; group headings; the sample time in the cell; charts end today', async () => {
    await page.getByTestId('tab-labs').click();
    await page.getByTestId('labs-row-ferritin').waitFor();
    const groups = await page.getByTestId('labs-group').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.group));
    expect(groups).toEqual(['inflammation', 'cbc', 'chemistry', 'coagulation', 'blood_gas']);
    expect(await page.getByTestId('labs-group').allTextContents()).toEqual(['Inflammation', 'Haematology', 'Chemistry', 'Coagulation', 'Blood gas']);
    const todays = page.getByTestId('labs-row-ferritin').getByTestId('lab-value').last();
    const flag = (await todays.getByTestId('lab-flag').locator('[aria-hidden="true"]').textContent())!;
    const arrow = (await todays.getByTestId('lab-arrow').locator('[aria-hidden="true"]').textContent())!;
    expect([flag, arrow]).toEqual(['H', '▲']);
    expect(await todays.getByTestId('lab-time').textContent()).toBe('sample 06:00');
    await expect(text('labs-legend')).resolves.toMatch(/H above the range, L below it[\s\S]*▲ up, ▼ down/);
    // The charts stop at the end of today (Day +2), not at the end of the planned stay.
    expect(Number(await page.getByTestId('lab-chart-ferritin').getAttribute('data-to'))).toBe(pinnedLocal(0, 0, 1));
    await screenshotAtWardSizes(page, 'labs-flowsheet');
  });
});
