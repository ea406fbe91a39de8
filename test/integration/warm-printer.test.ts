// report.print in browser mode keeps one headless Chromium warm: repeated prints launch it once and give the same
// handover; after close() the next print launches Chromium again. Launches are counted by a wrapper script
// around the real Chromium. The kept report page draws each request afresh: the same text as a new page's print,
// notes saved since, and prints asked for at once take turns.
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createTestStation, TEST_STATION_START, type TestStation } from '../helpers/station';
import { infusedPatient, MIN } from '../helpers/episode';
import { CHROMIUM_PATH } from '../helpers/browser';
import { WarmChromiumPrinter } from '../../electron/station/report/warmPrinter';
import { renderReportPdf } from '../../electron/station/report/chromium';
import { HOUR_MS } from '../../shared/time';
import type { PrintRequest } from '../../electron/station/report/print';

/** A Chromium that writes a line to `counter` each time it is launched, then runs the real one. */
function countingChromium(): { path: string; launches: () => number } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-warm-printer-'));
  const counter = join(dir, 'launches');
  writeFileSync(counter, '');
  const path = join(dir, 'chromium');
  writeFileSync(path, `#!/bin/sh\necho launch >> '${counter}'\nexec '${CHROMIUM_PATH}' "$@"\n`);
  chmodSync(path, 0o755);
  return { path, launches: () => readFileSync(counter, 'utf8').split('\n').filter(Boolean).length };
}

function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
}

function pageSize(pdf: Uint8Array): string {
  return /Page size:\s+(.+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }))?.[1] ?? '';
}

describe('the warm report printer (browser mode)', () => {
  let t: TestStation;
  let printer: WarmChromiumPrinter | null = null;
  afterEach(async () => {
    await printer?.close();
    await t.close();
  });

  it('prints repeated handovers with one Chromium, and launches another after it was closed', async () => {
    t = await createTestStation();
    await infusedPatient(t, 3);
    const episodeId = t.station.db.prepare('SELECT id FROM episodes WHERE discharged_ms IS NULL').pluck().get() as number;
    const chromium = countingChromium();
    printer = new WarmChromiumPrinter(t.station, { chromiumPath: chromium.path });
    const request: PrintRequest = { from: t.now() - 60 * MIN, to: t.now(), format: 'A4', episodeId, printedBy: 'Nurse Kim' };

    const first = await printer.print(request);
    const second = await printer.print(request);
    expect(chromium.launches()).toBe(1);
    for (const printed of [first, second]) {
      expect(Buffer.from(printed.pdf).subarray(0, 5).toString()).toBe('%PDF-');
      expect(printed.paper).toBe(false);
    }
    expect(pdfText(second.pdf)).toContain('Vital signs in this window');

    await printer.close();
    const third = await printer.print(request);
    expect(chromium.launches()).toBe(2);
    expect(Buffer.from(third.pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('draws each request afresh on its kept page: as a new page prints it, with notes saved since; prints asked at once take turns', async () => {
    t = await createTestStation({ now: () => TEST_STATION_START });
    await infusedPatient(t, 3);
    // Graded before the first print: a grading landing between two prints would make them differ for that reason alone.
    t.station.grading.runNow();
    const episodeId = t.station.db.prepare('SELECT id FROM episodes WHERE discharged_ms IS NULL').pluck().get() as number;
    printer = new WarmChromiumPrinter(t.station);
    const hour: PrintRequest = { from: t.now() - HOUR_MS, to: t.now(), format: 'A4', episodeId, printedBy: 'Nurse Kim' };
    const shift: PrintRequest = { from: t.now() - 12 * HOUR_MS, to: t.now(), format: 'Letter', episodeId, printedBy: 'Nurse Lee' };

    const [hourPrint, shiftPrint] = await Promise.all([printer.print(hour), printer.print(shift)]);
    expect(pdfText(hourPrint.pdf)).toBe(pdfText((await renderReportPdf(t.station, hour)).pdf));
    expect(pdfText(shiftPrint.pdf)).toBe(pdfText((await renderReportPdf(t.station, shift)).pdf));
    expect(pageSize(hourPrint.pdf)).toMatch(/\(A4\)/);
    expect(pageSize(shiftPrint.pdf)).toMatch(/\(letter\)/);

    await t.as('nurse').call('report.notes', { from: hour.from, to: hour.to, severity: 'watcher', situation: 'Febrile since noon, paracetamol given' });
    const noted = pdfText((await printer.print(hour)).pdf);
    expect(noted).toContain('Febrile since noon, paracetamol given');
    expect(noted).toBe(pdfText((await renderReportPdf(t.station, hour)).pdf));
  });
});
