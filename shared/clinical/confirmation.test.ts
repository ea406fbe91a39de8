// Artefacts: a single implausible monitor value never grades or flags; persistence or a manual reading confirms it.
import { describe, expect, it } from 'vitest';
import { codes, fever, grade, o2, temp, vital } from './test-support';
import { MINUTE_MS } from '../time';

const raw = (hours: number, param: Parameters<typeof vital>[1], value: number) => vital(hours, param, value, { confirmed: false });
const atMinutes = (baseHours: number, minutes: number) => baseHours + minutes / 60;

describe('monitor confirmation (VIGIL-monitor-confirmation)', () => {
  it('one low SBP (a cuff artefact) does not grade; it prompts, saying what is missing', () => {
    const r = grade([fever(10), raw(10.5, 'sbp', 60), raw(atMinutes(10.5, 5), 'sbp', 118)], atMinutes(10.5, 6));
    expect(r.crs.current).toBe(1);
    const mid = grade([fever(10), raw(10.5, 'sbp', 60)], atMinutes(10.5, 1));
    expect(mid.crs.current).toBe(1);
    const prompt = mid.flags.find((f) => f.code === 'MONITOR_VALUE_UNCONFIRMED')!;
    expect(prompt.vocabulary).toBeNull();
    expect(prompt.explanation).toMatch(/SBP 60 mmHg .*persisted 0 s of the 300 s required, and no confirming manual reading/);
  });

  it('persistence over the confirmation time confirms: 4 min 59 s is not enough, 5 min is', () => {
    const run = (lastMinute: number) => [fever(10), raw(11, 'sbp', 84), raw(atMinutes(11, lastMinute), 'sbp', 83)];
    expect(grade(run(4 + 59 / 60), atMinutes(11, 5)).crs.current).toBe(1);
    const confirmed = grade(run(5), atMinutes(11, 5));
    expect(confirmed.crs.current).toBe(2);
    expect(confirmed.crs.explanation).toMatch(/confirmed by persistence over 2 monitor readings/);
  });

  it('a normal reading in between breaks the run', () => {
    expect(grade([fever(10), raw(11, 'sbp', 84), raw(atMinutes(11, 3), 'sbp', 120), raw(atMinutes(11, 6), 'sbp', 84)], atMinutes(11, 6)).crs.current).toBe(1);
  });

  it('a confirming manual reading confirms at once, and the evidence says so', () => {
    const r = grade([fever(10), raw(11, 'sbp', 84), vital(atMinutes(11, 2), 'sbp', 86, { source: 'manual', confirmed: false }), raw(atMinutes(11, 3), 'sbp', 85)], atMinutes(11, 3));
    expect(r.crs.current).toBe(2);
    expect(r.crs.explanation).toMatch(/confirmed by a manual reading at Day 0, \+11\.0 h/);
  });

  it('a probe falling off gives no fever; a lone monitor fever never starts CRS', () => {
    expect(grade([raw(10, 'temp', 39.5), raw(atMinutes(10, 5), 'temp', 36.9)], atMinutes(10, 5)).crs).toMatchObject({ current: 0, max: 0, onset: null });
    expect(grade([raw(10, 'temp', 39.5), raw(atMinutes(10, 5), 'temp', 39.4)], atMinutes(10, 5)).crs.current).toBe(1);
  });

  it('one low SpO2 does not raise "O2 requirement undocumented"; a persisting one does', () => {
    const blip = grade([raw(10, 'spo2', 80), raw(atMinutes(10, 1), 'spo2', 97)], atMinutes(10, 1));
    expect(codes(blip)).not.toContain('O2_REQUIREMENT_UNDOCUMENTED');
    const persisting = grade([raw(10, 'spo2', 89), raw(atMinutes(10, 5), 'spo2', 88)], atMinutes(10, 5));
    expect(codes(persisting)).toContain('O2_REQUIREMENT_UNDOCUMENTED');
    expect(grade([raw(10, 'spo2', 89), raw(atMinutes(10, 5), 'spo2', 88), o2(10.05, 'nasal_cannula', 2)], atMinutes(10, 5)).flags.map((f) => f.code)).not.toContain('O2_REQUIREMENT_UNDOCUMENTED');
  });

  it('can be switched off, and the persistence time is configurable', () => {
    expect(grade([fever(10), raw(11, 'sbp', 84)], 11, { monitorConfirmation: { required: false } }).crs.current).toBe(2);
    expect(grade([fever(10), raw(11, 'sbp', 84), raw(atMinutes(11, 1), 'sbp', 84)], atMinutes(11, 1), { monitorConfirmation: { persistenceMs: MINUTE_MS } }).crs.current).toBe(2);
  });

  it('a nurse-validated monitor value grades at once', () => {
    expect(grade([temp(10, 38.2, { confirmed: true })], 10).crs.current).toBe(1);
  });
});
