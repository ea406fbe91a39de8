// The report API inside the real station: report.handover gives the window's values through the same functions as
// the screens (vitals equal observations.trend and the raw rows; grades equal clinical.status), empty parts are
// empty rather than missing, the nurse's notes are saved and audited, and every print is audited with its SHA-256.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createTestStation, type TestStation } from '../helpers/station';
import { infusedPatient, MIN } from '../helpers/episode';
import type { PrintRequest } from '../../electron/station/report/print';
import { endingShift } from '../../shared/report/shift';
import { dayNumber } from '../../shared/episode/day';
import type { Observation } from '../../shared/observation';

const FAKE_PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Page>>\n2 0 obj <</Type /Page>>\n%%EOF', 'latin1');

describe('report API', () => {
  let t: TestStation;
  const printed: PrintRequest[] = [];
  beforeEach(async () => {
    printed.length = 0;
    t = await createTestStation({
      grading: { intervalMs: 3600_000 },
      reportPrinter: { via: 'test', print: async (r) => (printed.push(r), { pdf: FAKE_PDF, paper: false }) },
    });
  });
  afterEach(async () => t.close());

  const window = () => ({ from: t.now() - 3 * 60 * MIN, to: t.now() + MIN });

  it('refuses without a patient, and a malformed window', async () => {
    expect(await t.as('anonymous').fail('report.handover', {})).toMatchObject({ code: 'not_found' });
    await infusedPatient(t, 30);
    expect(await t.as('anonymous').fail('report.handover', { from: 2000, to: 1000 })).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/to must be after from/) });
    expect(await t.as('anonymous').fail('report.handover', { from: 1000 })).toMatchObject({ code: 'invalid_input' });
  });

  it('defaults to the shift that is ending; empty parts are empty lists, a window without data has no vitals rows', async () => {
    await infusedPatient(t, 30);
    const report = await t.as('anonymous').call('report.handover', {});
    const shift = endingShift(report.generatedAt);
    expect(report.window).toMatchObject({ from: shift.from, to: shift.to, isDefaultShift: true });
    expect(report.vitals).toEqual({ rows: [], charts: [], gaps: [] });
    expect([report.treatments, report.flags, report.labs, report.actions.pendingLabs, report.summaryEvents]).toEqual([[], [], [], [], []]);
    expect(report.severity).toBeNull();
    expect(report.episode).toMatchObject({ day: dayNumber(report.window.asOf, report.episode.infusionTime), product: { code: 'ide-cel' }, checklist: { missing: [] } });
    expect(report.episode.day).toBeGreaterThanOrEqual(1);
  });

  it('gives min, max and latest exactly as the stored data and the trend screen, and grades as clinical.status', async () => {
    await infusedPatient(t, 30);
    const { from, to } = window();
    const rows: Observation[] = [];
    for (let time = from + MIN, i = 0; time < t.now() - MIN; time += 5 * MIN, i++)
      rows.push({ param: 'hr', value: 80 + ((i * 7) % 23), unit: '/min', time, status: 'valid', source: 'serial', device: 'bed-monitor' });
    t.station.ingest(rows);
    t.station.grading.runNow();
    const report = await t.as('anonymous').call('report.handover', { from, to });
    const hr = report.vitals.rows.find((r) => r.param === 'hr')!;
    const values = rows.map((r) => r.value!);
    expect(hr).toMatchObject({ min: Math.min(...values), max: Math.max(...values), count: rows.length, latest: { value: rows.at(-1)!.value, time: rows.at(-1)!.time } });
    const [trend] = await t.as('anonymous').call('observations.trend', { params: ['hr'], from, to });
    const trendValues = trend!.points.flatMap((p) => (p.v === null ? [] : [p.v]));
    expect([Math.min(...trendValues), Math.max(...trendValues)]).toEqual([hr.min, hr.max]);
    expect(report.vitals.charts.map((c) => c.param)).toEqual(['hr']);
    const status = await t.as('anonymous').call('clinical.status', {});
    expect(report.grades).toMatchObject({ crs: { suggested: status.suggested!.crs.current, confirmation: null }, icans: { suggested: status.suggested!.icans.current } });
  });

  it('lists treatments and assessments of the window, the next ICE due and the next tocilizumab dose by the label limits', async () => {
    await infusedPatient(t, 30);
    const at = t.now() - 60 * MIN;
    const nurse = t.as('nurse');
    await nurse.call('events.record', { event: { kind: 'medication', time: at, drug: 'Tocilizumab', drugClass: 'anti_il6', indication: 'crs', doseText: '640 mg IV' } });
    await nurse.call('events.record', { event: { kind: 'neuro', time: at + 10 * MIN, ice: { form: 'total', total: 9 }, consciousness: 'alert' } });
    await nurse.call('labs.record', { results: [{ code: 'crp', value: 40, unit: 'mg/L', observedAt: at - 24 * 60 * MIN }] });
    await nurse.call('labs.record', { results: [{ code: 'crp', value: 80, unit: 'mg/L', observedAt: at }] });
    const report = await t.as('anonymous').call('report.handover', window());
    expect(report.treatments.map((e) => [e.kind, e.data.drug, e.by])).toEqual([['medication', 'Tocilizumab', 'Nurse Kim']]);
    expect(report.summaryEvents.map((e) => e.kind)).toEqual(['neuro']);
    expect(report.actions.tocilizumab).toMatchObject({ total: 1, in24h: 1, earliestAt: at + 8 * 60 * MIN, totalReached: false });
    expect(report.actions.ice).toMatchObject({ lastAt: at + 10 * MIN, lastTotal: 9, dueAt: at + 10 * MIN + 8 * 60 * MIN, overdue: false });
    expect(report.labs.map((l) => [l.code, l.latest.canonicalValue, l.previous?.canonicalValue])).toEqual([['crp', 80, 40]]);
  });

  it('saves the nurse’s severity and situation for the window (clinical staff only, audited, the latest wins)', async () => {
    await infusedPatient(t, 30);
    const w = window();
    expect(await t.as('anonymous').fail('report.notes', { ...w, severity: 'watcher', situation: 'x' })).toMatchObject({ code: 'forbidden' });
    expect(await t.as('admin').fail('report.notes', { ...w, severity: 'watcher', situation: 'x' })).toMatchObject({ code: 'forbidden' });
    await t.as('nurse').call('report.notes', { ...w, severity: 'stable', situation: 'first' });
    const note = await t.as('nurse2').call('report.notes', { ...w, severity: 'watcher', situation: 'If SBP < 90 twice: bolus and page.' });
    expect(note).toMatchObject({ severity: 'watcher', by: 'Nurse Second' });
    const report = await t.as('anonymous').call('report.handover', w);
    expect(report.severity).toMatchObject({ severity: 'watcher', situation: 'If SBP < 90 twice: bolus and page.', by: 'Nurse Second' });
    expect((await t.as('anonymous').call('report.handover', { from: w.from - MIN, to: w.to })).severity).toBeNull();
    const audit = await t.as('admin').call('audit.history', { entity: 'entry' });
    expect(audit.filter((a) => (a.after as { severity?: string } | null)?.severity !== undefined).map((a) => a.action)).toEqual(['create', 'replace']);
  });

  it('records every print with its window and the PDF’s SHA-256: report.print through the printer, report.printed as told', async () => {
    await infusedPatient(t, 30);
    const w = window();
    expect(await t.as('anonymous').fail('report.print', { ...w, format: 'A4' })).toMatchObject({ code: 'forbidden' });
    const result = await t.as('nurse').call('report.print', { ...w, format: 'Letter' });
    const sha = createHash('sha256').update(FAKE_PDF).digest('hex');
    expect(result).toMatchObject({ sha256: sha, pages: 2, bytes: FAKE_PDF.length, paper: false, format: 'Letter' });
    expect(printed).toEqual([{ ...w, format: 'Letter', episodeId: expect.any(Number), printedBy: 'Nurse Kim' }]);
    await t.as('physician').call('report.printed', { ...w, sha256: 'a'.repeat(64), pages: 3, format: 'A4' });
    expect(await t.as('nurse').fail('report.printed', { ...w, sha256: 'nothex', pages: 3, format: 'A4' })).toMatchObject({ code: 'invalid_input' });
    const audit = await t.as('admin').call('audit.history', { entity: 'handover_report' });
    expect(audit.map((a) => [a.action, a.staffName, a.after])).toEqual([
      ['print_handover', 'Nurse Kim', expect.objectContaining({ from: w.from, to: w.to, sha256: sha, pages: 2, format: 'Letter', via: 'test', paper: false })],
      ['print_handover', 'Dr Rao', expect.objectContaining({ from: w.from, to: w.to, sha256: 'a'.repeat(64), pages: 3, via: 'window' })],
    ]);
  });
});
