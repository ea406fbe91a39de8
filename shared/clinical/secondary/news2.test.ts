// NEWS2 bands at and around every cut-point, and its separate temperature scale.
import { describe, expect, it } from 'vitest';
import { NEWS2_BANDS } from '../thresholds';
import { fever, grade, ice, o2, vital } from '../test-support';
import { bandPoints, news2, spo2Points, toAcvpu } from './news2';

describe('NEWS2 bands (RCP 2017)', () => {
  it.each([
    ['rr', 8, 3], ['rr', 9, 1], ['rr', 11, 1], ['rr', 12, 0], ['rr', 20, 0], ['rr', 21, 2], ['rr', 24, 2], ['rr', 25, 3],
    ['sbp', 90, 3], ['sbp', 91, 2], ['sbp', 100, 2], ['sbp', 101, 1], ['sbp', 110, 1], ['sbp', 111, 0], ['sbp', 219, 0], ['sbp', 220, 3],
    ['pulse', 40, 3], ['pulse', 41, 1], ['pulse', 50, 1], ['pulse', 51, 0], ['pulse', 90, 0], ['pulse', 91, 1], ['pulse', 110, 1], ['pulse', 111, 2], ['pulse', 130, 2], ['pulse', 131, 3],
    ['temp', 35.0, 3], ['temp', 35.1, 1], ['temp', 36.0, 1], ['temp', 36.1, 0], ['temp', 38.0, 0], ['temp', 38.1, 1], ['temp', 39.0, 1], ['temp', 39.1, 2],
    ['spo2Scale1', 91, 3], ['spo2Scale1', 92, 2], ['spo2Scale1', 93, 2], ['spo2Scale1', 94, 1], ['spo2Scale1', 95, 1], ['spo2Scale1', 96, 0],
  ] as const)('%s %s → %s', (table, value, points) => expect(bandPoints(NEWS2_BANDS[table], value)).toBe(points));

  it.each([
    [83, false, 3], [84, false, 2], [86, false, 1], [88, false, 0], [92, false, 0], [97, false, 0],
    [93, true, 1], [94, true, 1], [95, true, 2], [96, true, 2], [97, true, 3],
  ])('SpO2 scale 2: %s %% (on oxygen %s) → %s', (spo2, onOxygen, points) => expect(spo2Points(spo2, onOxygen, 2)).toBe(points));

  it('38.0 °C scores 0 in NEWS2 although it is an ASTCT fever: the two scales stay apart', () => {
    const r = grade([vital(10, 'temp', 38.0)], 10);
    expect(r.crs.current).toBe(1);
    expect(r.secondary.news2.parts.find((p) => p.parameter === 'temp')?.points).toBe(0);
  });

  it('adds oxygen, consciousness and gives the response level', () => {
    const r = news2({ rr: 22, spo2: 93, onOxygen: true, sbp: 100, pulse: 115, consciousness: 'A', tempC: 38.5, scale: 1 });
    expect(r).toMatchObject({ total: 2 + 2 + 2 + 2 + 2 + 0 + 1, complete: true, response: 'high' });
    expect(news2({ rr: 16, spo2: 97, onOxygen: false, sbp: 120, pulse: 80, consciousness: 'V', tempC: 37, scale: 1 })).toMatchObject({ total: 3, anySingleThree: true, response: 'low-medium' });
    expect(news2({ onOxygen: false, scale: 1 })).toMatchObject({ complete: false, missing: ['rr', 'spo2', 'sbp', 'pulse', 'temp', 'consciousness'] });
  });

  it('maps ASTCT consciousness to ACVPU', () => {
    expect([toAcvpu('alert'), toAcvpu('alert', true), toAcvpu('awakens_spontaneously'), toAcvpu('awakens_to_voice'), toAcvpu('awakens_to_tactile'), toAcvpu('unarousable')]).toEqual(['A', 'C', 'A', 'V', 'P', 'U']);
  });

  it('is computed from the timeline at the evaluation time, next to the grades', () => {
    const r = grade([fever(10, 39.2), vital(10, 'rr', 26), vital(10, 'spo2', 95), vital(10, 'sbp', 95), vital(10, 'hr', 125), o2(10, 'nasal_cannula', 2), ice(10, 10)], 10);
    expect(r.secondary.news2).toMatchObject({ total: 3 + 1 + 2 + 2 + 2 + 0 + 2, complete: true, response: 'high' });
    expect(r.crs.current).toBe(2);
  });
});
