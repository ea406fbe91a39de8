import { describe, expect, it } from 'vitest';
import type { LatestValue } from '../../../../shared/api/contract';
import type { VitalParam } from '../../../../shared/params';
import type { ObservationStatus } from '../../../../shared/observation';
import { formatAge } from './age';
import { formatClock, formatIsoDate, formatSince } from './time';
import { displayUnit, fromDisplayTemperature, toDisplayValue } from './temperature';
import { i18n } from '../../i18n';
import { displayPressure, displayValue, formatNumber } from './values';

function lv(param: VitalParam, value: number | null, time = 1000, status: ObservationStatus = 'valid'): LatestValue {
  return { param, value, unit: 'x', time, status, source: 'serial', device: 'S5' };
}

describe('formatAge', () => {
  it('reads in seconds, minutes, hours and days', () => {
    expect(formatAge(0)).toBe('0 s ago');
    expect(formatAge(-800)).toBe('0 s ago');
    expect(formatAge(12_400)).toBe('12 s ago');
    expect(formatAge(59_999)).toBe('59 s ago');
    expect(formatAge(60_000)).toBe('1 min ago');
    expect(formatAge(3 * 60_000 + 59_000)).toBe('3 min ago');
    expect(formatAge(2 * 3_600_000)).toBe('2 h ago');
    expect(formatAge(3 * 86_400_000)).toBe('3 d ago');
  });
});

describe('time', () => {
  it('formats local 24 h HH:MM', () => {
    expect(formatClock(new Date(2025, 0, 2, 7, 5).getTime())).toBe('07:05');
    expect(formatClock(new Date(2025, 0, 2, 23, 59).getTime())).toBe('23:59');
  });
  it('adds the date, month in words, when not today', () => {
    const now = new Date(2025, 0, 2, 10, 0).getTime();
    expect(formatSince(new Date(2025, 0, 2, 9, 41).getTime(), now)).toBe('09:41');
    expect(formatSince(new Date(2025, 0, 1, 22, 3).getTime(), now)).toBe('1 Jan 2025 22:03');
    expect(formatSince(new Date(2025, 0, 1, 22, 3).getTime(), now, 'zh-CN')).toBe('2025年1月1日 22:03');
    expect(formatIsoDate('1961-12-10')).toBe('10 Dec 1961');
    expect(formatIsoDate('not a date')).toBe('not a date');
  });
  it('follows the chosen language', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      expect(formatAge(12_400)).toBe('12 秒前');
      expect(formatClock(new Date(2025, 0, 2, 7, 5).getTime())).toBe('07:05');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('displayValue', () => {
  it('shows digits with the param decimals only for a valid number', () => {
    expect(displayValue(lv('hr', 72.4))).toEqual({ text: '72', note: null });
    expect(displayValue(lv('temp', 38.25))).toEqual({ text: '38.3', note: null });
    expect(formatNumber(-0.01, 1)).toBe('0.0');
  });
  it('never shows a number for a non-valid status', () => {
    expect(displayValue(lv('spo2', 97, 1, 'invalid'))).toEqual({ text: '---', note: 'invalid' });
    expect(displayValue(lv('spo2', 50, 1, 'under_range'))).toEqual({ text: '---', note: 'under range' });
    expect(displayValue(lv('hr', 80, 1, 'demo'))).toEqual({ text: '---', note: 'demo' });
    expect(displayValue(lv('hr', null))).toEqual({ text: '---', note: 'no number sent' });
  });
});

describe('temperature display preference', () => {
  it('°C by default; °F converts the exact value and rounds only for display', () => {
    expect(displayValue({ ...lv('temp', 38.25), unit: 'Cel' })).toEqual({ text: '38.3', note: null });
    // 36.95 °C is 98.51 °F: rounding to 37.0 °C first would show 98.6.
    expect(displayValue({ ...lv('temp', 36.95), unit: 'Cel' }, 'F')).toEqual({ text: '98.5', note: null });
    expect(displayUnit('Cel', 'F')).toBe('[degF]');
    expect(displayUnit('/min', 'F')).toBe('/min');
    expect(toDisplayValue(80, '/min', 'F')).toBe(80);
    expect(fromDisplayTemperature(100.4, 'F')).toBeCloseTo(38, 12);
    expect(fromDisplayTemperature(37.2, 'C')).toBe(37.2);
  });
});

describe('displayPressure', () => {
  it('formats sys/dia (mean)', () => {
    expect(displayPressure({ sys: lv('nibp_sys', 120), dia: lv('nibp_dia', 80), mean: lv('nibp_mean', 93) })).toEqual({
      text: '120/80 (93)',
      note: null,
      time: 1000,
    });
  });
  it('shows --- for each part without a valid number, and says why', () => {
    const r = displayPressure({ sys: lv('nibp_sys', 120), dia: lv('nibp_dia', 80), mean: lv('nibp_mean', 93, 1000, 'invalid') });
    expect(r.text).toBe('120/80 (---)');
    expect(r.note).toBe('mean: invalid');
    expect(displayPressure({ sys: lv('nibp_sys', 120), dia: lv('nibp_dia', 80) }).text).toBe('120/80 (---)');
  });
  it('one status for the whole measurement when every part shares it', () => {
    const s = 'not_updated' as const;
    const r = displayPressure({ sys: lv('nibp_sys', 1, 5, s), dia: lv('nibp_dia', 1, 5, s), mean: lv('nibp_mean', 1, 5, s) });
    expect(r).toEqual({ text: '---', note: 'not updated', time: 5 });
  });
  it('does not mix parts of different measurements', () => {
    const r = displayPressure({ sys: lv('nibp_sys', 130, 600_000), dia: lv('nibp_dia', 85, 600_000), mean: lv('nibp_mean', 93, 0) });
    expect(r).toEqual({ text: '130/85 (---)', note: null, time: 600_000 });
  });
  it('nothing seen: no number', () => {
    expect(displayPressure({}).text).toBe('---');
  });
});
