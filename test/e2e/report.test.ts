// End to end in browser mode (Chromium against the real station on a DEMO episode): a nurse opens Handover, chooses
// "watcher", types the situation, and the preview shows both; Print asks who is printing, saves the note, has the
// station make the PDF and records the print with its SHA-256 (only the browser's own print dialog is replaced);
// the print route keeps every table row, chart and short section whole across pages. The DEMO and the station run on
// a clock pinned to 23:59 local: the shift being handed over is that day's 07:00–19:00 (still so a minute later).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerSignIn, artifactPath } from '../helpers/browser';
import { useBrowserStation } from '../helpers/browserStation';
import { endingShift } from '../../shared/report/shift';
import { pinnedLocal } from '../helpers/clock';
import { queryRow } from '../helpers/database';
import { ADMIN, NURSE, PIN } from '../helpers/staff';

const NOW = pinnedLocal(23, 59);
const SITUATION = 'If SBP < 90 twice: 500 mL bolus and page the physician.';

describe('handover report (browser mode, Chromium)', () => {
  const vigil = useBrowserStation({
    name: 'report',
    now: NOW,
    demo: { mrn: 'DEMO-E', days: 3, interval: 30, timeoutMs: 120_000 },
    staff: [ADMIN, NURSE],
    page: { timeoutMs: 20_000, beforeLoad: countPrints },
    hookTimeoutMs: 180_000,
  });
  let page: Page;
  beforeAll(() => {
    page = vigil.page();
  });

  const row = <T>(sql: string) => queryRow<T | undefined>(vigil.db(), sql);

  it('opens the Handover tab on the shift being handed over; the preview shows the chosen severity and the situation', async () => {
    await page.getByTestId('tab-handover').click();
    const preview = page.getByTestId('handover-preview');
    await preview.getByTestId('handover-document').waitFor();
    await expect(preview.getByTestId('ho-window').textContent()).resolves.toContain('(the shift being handed over)');
    await expect(preview.getByTestId('ho-severity').getAttribute('data-severity')).resolves.toBe('');
    await expect(preview.getByTestId('ho-demo').textContent()).resolves.toContain('DEMO');
    await expect(preview.getByTestId('ho-grade-crs').textContent()).resolves.toMatch(/CRS: Grade \d suggested \(not confirmed\)/);

    await page.getByTestId('handover-severity-watcher').check();
    await page.getByTestId('handover-situation-input').fill(SITUATION);
    await expect(preview.getByTestId('ho-severity').getAttribute('data-severity')).resolves.toBe('watcher');
    await expect(preview.getByTestId('ho-severity').textContent()).resolves.toContain('☒ Watcher');
    await expect(preview.getByTestId('ho-situation').textContent()).resolves.toBe(SITUATION);
    await page.screenshot({ path: artifactPath('handover-preview.png') });
  });

  it('prints: asks who is printing, saves the note, the station makes the PDF and the print is audited with its SHA-256', async () => {
    await page.getByTestId('handover-print').click();
    await answerSignIn(page, 'Nurse Kim', PIN);
    const status = page.getByTestId('handover-status');
    await status.waitFor({ timeout: 60_000 });
    const text = (await status.textContent()) ?? '';
    const [, pages, sha] = /Printed: (\d+) page\(s\), SHA-256 ([0-9a-f]{16})/.exec(text) ?? [];
    expect(Number(pages)).toBeGreaterThan(0);
    await expect(page.evaluate(() => (window as unknown as { __prints: number }).__prints)).resolves.toBe(1);

    const audit = row<{ after_json: string; name: string }>("SELECT a.after_json, s.name FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.action = 'print_handover'");
    expect(audit?.name).toBe('Nurse Kim');
    const after = JSON.parse(audit!.after_json) as { sha256: string; pages: number; from: number; to: number; via: string; format: string };
    const shift = endingShift(NOW);
    expect(shift).toEqual({ from: pinnedLocal(7, 0), to: pinnedLocal(19, 0) });
    expect(after).toMatchObject({ pages: Number(pages), from: shift.from, to: shift.to, via: 'chromium', format: 'A4' });
    expect(after.sha256.startsWith(sha!)).toBe(true);
    const note = row<{ data_json: string }>("SELECT data_json FROM episode_entries WHERE kind = 'handover_note' AND superseded_by IS NULL");
    expect(JSON.parse(note!.data_json)).toMatchObject({ severity: 'watcher', situation: SITUATION, from: shift.from, to: shift.to });
    // Saved: the preview now shows the station's copy, with who chose it.
    await expect(page.getByTestId('handover-preview').getByTestId('ho-severity').textContent()).resolves.toMatch(/chosen by Nurse Kim at/);
  });

  it('keeps rows, charts and short sections whole on paper, with table headers repeated (print media)', async () => {
    const shift = endingShift(NOW);
    const printPage = await vigil.browser().newPage({ viewport: { width: 800, height: 1100 } });
    try {
      await printPage.goto(`${vigil.url()}#/report/handover?from=${shift.from}&to=${shift.to}&format=Letter&by=Nurse%20Kim`);
      await printPage.waitForFunction(() => (window as unknown as { __vigilReportReady?: boolean }).__vigilReportReady === true, undefined, { timeout: 30_000 });
      await printPage.emulateMedia({ media: 'print' });
      const layout = await printPage.evaluate(() => {
        const avoid = (selector: string) => [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).breakInside);
        return {
          rows: avoid('.ho-doc tr'),
          charts: avoid('.ho-chart'),
          sections: avoid('.ho-section:not(.ho-section-long)'),
          heads: [...document.querySelectorAll('.ho-doc thead')].map((el) => getComputedStyle(el).display),
          headings: [...document.querySelectorAll('.ho-h2')].map((el) => getComputedStyle(el).breakAfter),
          pageRule: [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').find((t) => t.includes('@page')) ?? '',
          background: getComputedStyle(document.documentElement).backgroundColor,
          severity: document.querySelector('[data-testid="ho-severity"]')?.textContent ?? '',
          printedBy: document.querySelector('[data-testid="ho-printed"]')?.textContent ?? '',
        };
      });
      expect(layout.rows.length).toBeGreaterThan(20);
      expect(layout.charts.length).toBeGreaterThan(3);
      expect(new Set([...layout.rows, ...layout.charts, ...layout.sections])).toEqual(new Set(['avoid']));
      expect(new Set(layout.heads)).toEqual(new Set(['table-header-group']));
      expect(new Set(layout.headings)).toEqual(new Set(['avoid']));
      expect(layout.pageRule).toMatch(/size: Letter/);
      expect(layout.background).toBe('rgb(255, 255, 255)');
      expect(layout.severity).toContain('☒ Watcher');
      expect(layout.printedBy).toMatch(/^Printed by Nurse Kim at /);
      await printPage.screenshot({ path: artifactPath('handover-print-route.png'), fullPage: true });
    } finally {
      await printPage.close();
    }
  });
});

/** The one thing replaced: the browser's print dialog (it would wait for a person); calls are counted. */
async function countPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __prints: number }).__prints = 0;
    window.print = () => {
      (window as unknown as { __prints: number }).__prints += 1;
    };
  });
}
