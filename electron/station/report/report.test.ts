// The report's station parts: min/max of a window from the rollups is exactly the raw data's for any window,
// the monitor gaps of a window, the print templates (page X of Y, DEMO, escaped text) and the PDF page count.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { ObservationRepository } from '../repositories/observations';
import { DeviceRepository } from '../repositories/devices';
import type { Observation } from '../../../shared/observation';
import { monitorGaps, windowPieces, windowStats } from './vitals';
import { headerFooter, pdfPageCount } from './print';
import { MINUTE_MS } from '../../../shared/time';

const T0 = Date.UTC(2026, 0, 10, 7);

function fresh() {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'vigil-report-')), 'station.db'));
  return { db, obs: new ObservationRepository(db), devices: new DeviceRepository(db) };
}
const hr = (time: number, value: number): Observation => ({ param: 'hr', value, unit: '/min', time, status: 'valid', source: 'serial', device: 'bed1' });

describe('window statistics', () => {
  it('cuts a window into raw edges, minute rollups and one 10-minute read', () => {
    expect(windowPieces(T0, T0 + 12 * 60 * MINUTE_MS)).toEqual([{ from: T0, to: T0 + 12 * 60 * MINUTE_MS, width: 12 * 60 * MINUTE_MS }]);
    const pieces = windowPieces(T0 + 30_500, T0 + 95 * MINUTE_MS + 10_000);
    expect(pieces.map((p) => [p.from - T0, p.to - T0])).toEqual([
      [30_500, MINUTE_MS],
      [MINUTE_MS, 10 * MINUTE_MS],
      [10 * MINUTE_MS, 90 * MINUTE_MS],
      [90 * MINUTE_MS, 95 * MINUTE_MS],
      [95 * MINUTE_MS, 95 * MINUTE_MS + 10_000],
    ]);
  });

  it('equals the raw rows in the window, for any window and data', () => {
    const { db, obs } = fresh();
    const rows = Array.from({ length: 3000 }, (_, i) => hr(T0 + i * 7_000 + (i % 5) * 131, 60 + ((i * 37) % 71)));
    obs.insert(rows);
    const ids = obs.seriesIds('hr');
    fc.assert(
      fc.property(fc.integer({ min: -MINUTE_MS, max: 6 * 60 * MINUTE_MS }), fc.integer({ min: 1, max: 6 * 60 * MINUTE_MS }), (start, length) => {
        const from = T0 + start;
        const to = from + length;
        const inside = rows.filter((r) => r.time >= from && r.time < to).map((r) => r.value!);
        const stats = windowStats(db, ids, from, to);
        if (inside.length === 0) return stats === null;
        return stats !== null && stats.n === inside.length && stats.min === Math.min(...inside) && stats.max === Math.max(...inside);
      }),
      { numRuns: 200 },
    );
  });
});

describe('monitor gaps', () => {
  it('lists each time a monitor stopped receiving that overlaps the window, with its end', () => {
    const { devices } = fresh();
    const d = devices.upsert({ name: 'GE bed 4', protocol: 'ge-s5', port: '/dev/ttyUSB0' }, T0);
    devices.recordState(d.id, T0 - 60 * MINUTE_MS, 'receiving');
    devices.recordState(d.id, T0 - 30 * MINUTE_MS, 'silent', 'no answer');
    devices.recordState(d.id, T0 + 10 * MINUTE_MS, 'receiving');
    devices.recordState(d.id, T0 + 200 * MINUTE_MS, 'error', 'port vanished');
    const gaps = monitorGaps(devices, T0, T0 + 720 * MINUTE_MS, T0 + 300 * MINUTE_MS);
    expect(gaps).toEqual([
      { device: 'GE bed 4', from: T0 - 30 * MINUTE_MS, to: T0 + 10 * MINUTE_MS, state: 'silent', reason: 'no answer' },
      { device: 'GE bed 4', from: T0 + 200 * MINUTE_MS, to: null, state: 'error', reason: 'port vanished' },
    ]);
    expect(monitorGaps(devices, T0 + 20 * MINUTE_MS, T0 + 100 * MINUTE_MS, T0 + 300 * MINUTE_MS)).toEqual([]);
  });
});

describe('print templates', () => {
  it('put page X of Y and DEMO on every page and escape the text', () => {
    const { headerTemplate, footerTemplate } = headerFooter({ header: 'Test <Patient> · MRN 1', demo: 'DEMO', footer: 'Printed by Kim & Lee', pageOf: 'Page [[page]] of [[pages]]' });
    expect(headerTemplate).toContain('Test &#60;Patient&#62; · MRN 1');
    expect(headerTemplate).toContain('DEMO');
    expect(footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footerTemplate).toContain('Kim &#38; Lee');
    expect(footerTemplate).toMatch(/font-size:\d+px/);
    expect(headerFooter({ header: 'x', demo: null, footer: 'y', pageOf: '[[page]]/[[pages]]' }).headerTemplate).not.toContain('DEMO');
  });

  it('counts the pages of a PDF by its page objects', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj <</Type/Page/Parent 1 0 R>>\n%%EOF', 'latin1');
    expect(pdfPageCount(pdf)).toBe(2);
  });
});
