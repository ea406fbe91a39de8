import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { initials } from '../../ui/format/initials';
import { convertSpotVitals, emptySpotVitals } from './spotVitals';

const at = (d: number, h = 0, m = 0) => new Date(2025, 0, d, h, m).getTime();

describe('spot vital signs', () => {
  const now = at(13, 12);
  it('one call with every value typed; °F sent as [degF] exactly as typed, with the site', () => {
    const values = { ...emptySpotVitals('2025-01-13T11:40', 'F'), hr: '96', temp: '101,3', site: 'tympanic' };
    expect(convertSpotVitals(values, now)).toEqual({
      ok: true,
      value: {
        time: at(13, 11, 40),
        readings: [
          { param: 'hr', value: 96, unit: '/min' },
          { param: 'temp', value: 101.3, unit: '[degF]', site: 'tympanic' },
        ],
      },
    });
    const celsius = convertSpotVitals({ ...emptySpotVitals('2025-01-13T11:40', 'C'), temp: '38.6' }, now);
    expect(celsius.ok && celsius.value.readings[0]).toMatchObject({ param: 'temp', value: 38.6, unit: 'Cel', site: 'oral' });
  });

  it('names what is wrong, with the limits of the station, and saves nothing', async () => {
    await i18n.changeLanguage('en');
    const bad = convertSpotVitals({ ...emptySpotVitals('2025-01-13T13:40', 'C'), hr: 'abc', spo2: '140', nibp_sys: '80', nibp_dia: '120', temp: '101' }, now);
    expect(bad).toEqual({
      ok: false,
      errors: {
        time: { text: 'the time is in the future' },
        hr: { code: 'number' },
        spo2: { text: 'SpO₂ cannot be above 100 % (entered 140 %).' },
        nibp_sys: { text: 'Systolic 80 mmHg must be above diastolic 120 mmHg.' },
        temp: { text: '101 looks like °F: 101 °F = 38.3 °C. Choose °F, or correct the value.' },
      },
    });
    const pressure = convertSpotVitals({ ...emptySpotVitals('2025-01-13T11:40', 'C'), nibp_sys: '80', nibp_dia: '120' }, now);
    expect(pressure).toEqual({ ok: false, errors: { nibp_sys: { text: 'Systolic 80 mmHg must be above diastolic 120 mmHg.' } } });
    expect(convertSpotVitals(emptySpotVitals('2025-01-13T11:40', 'C'), now)).toEqual({ ok: false, errors: { '': { text: 'Enter at least one value.' } } });
  });

  it('says a refusal in Chinese in a Chinese window', async () => {
    await i18n.changeLanguage('zh-CN');
    const bad = convertSpotVitals({ ...emptySpotVitals('2025-01-13T11:40', 'C'), spo2: '140' }, now);
    expect(bad).toEqual({ ok: false, errors: { spo2: { text: 'SpO₂ 不能高于 100 %（输入了 140 %）。' } } });
    await i18n.changeLanguage('en');
  });

  it('tags a hand-entered value with the initials of who entered it', () => {
    expect(initials('Nurse Kim')).toBe('NK');
    expect(initials('  Dr  Anna Maria Rao ')).toBe('DAM');
    expect(initials('李明')).toBe('李');
  });
});
