import { describe, expect, it } from 'vitest';
import type { Observation, ObservationStatus } from '../../../../shared/observation';
import type { VitalParam } from '../../../../shared/params';
import { timeTicks } from '../../charts/timeAxis';
import { appendLive, fromServer, hasData, liveTickStepMs, mergeRefresh, trim, type SeriesMap } from './series';

function obs(param: VitalParam, value: number | null, time: number, status: ObservationStatus = 'valid'): Observation {
  return { param, value, unit: 'x', time, status, source: 'serial', device: 'S5' };
}

describe('fromServer', () => {
  it('sorts points and keeps the station gaps', () => {
    const s = fromServer([
      { param: 'hr', unit: '/min', bucketMs: 0, points: [{ t: 3, v: 72 }, { t: 1, v: 70 }, { t: 2, v: null }] },
      { param: 'pr', unit: '/min', bucketMs: 0, points: [{ t: 1, v: 70 }] },
    ]);
    expect(s).toEqual({ hr: [{ t: 1, v: 70 }, { t: 2, v: null }, { t: 3, v: 72 }] });
  });
});

describe('appendLive', () => {
  it('extends the line with valid values', () => {
    const s = appendLive({ hr: [{ t: 1000, v: 70 }] }, [obs('hr', 72, 6000), obs('hr', 71, 11_000)], 0);
    expect(s.hr).toEqual([{ t: 1000, v: 70 }, { t: 6000, v: 72 }, { t: 11_000, v: 71 }]);
  });
  it('breaks the line when the last value is too old', () => {
    const s = appendLive({ spo2: [{ t: 0, v: 97 }] }, [obs('spo2', 95, 120_000)], 0);
    expect(s.spo2).toEqual([{ t: 0, v: 97 }, { t: 60_000, v: null }, { t: 120_000, v: 95 }]);
  });
  it('never breaks NIBP on time alone', () => {
    const s = appendLive({ nibp_sys: [{ t: 0, v: 120 }] }, [obs('nibp_sys', 125, 3_600_000)], 0);
    expect(s.nibp_sys).toEqual([{ t: 0, v: 120 }, { t: 3_600_000, v: 125 }]);
  });
  it('breaks the line at a non-valid value and never plots its number', () => {
    const s = appendLive(
      { spo2: [{ t: 0, v: 97 }] },
      [obs('spo2', 40, 5000, 'invalid'), obs('spo2', null, 10_000, 'unavailable'), obs('spo2', 96, 15_000)],
      0,
    );
    expect(s.spo2).toEqual([{ t: 0, v: 97 }, { t: 5000, v: null }, { t: 15_000, v: 96 }]);
  });
  it('ignores params without a trend, old and out-of-order values', () => {
    const current: SeriesMap = { hr: [{ t: 10_000, v: 70 }] };
    expect(appendLive(current, [obs('etco2', 35, 20_000)], 0)).toBe(current);
    expect(appendLive(current, [obs('hr', 99, 5000)], 0).hr).toEqual([{ t: 10_000, v: 70 }]);
    expect(appendLive(current, [obs('hr', 99, 5000)], 8000).hr).toEqual([{ t: 10_000, v: 70 }]);
  });
  it('drops points that left the window', () => {
    const s = appendLive({ hr: [{ t: 0, v: 70 }, { t: 100_000, v: 71 }] }, [obs('hr', 72, 110_000)], 50_000);
    expect(s.hr).toEqual([{ t: 100_000, v: 71 }, { t: 110_000, v: 72 }]);
  });
});

describe('mergeRefresh', () => {
  it('takes the station answer up to `to` and keeps newer live points', () => {
    const server = { hr: [{ t: 0, v: 70 }, { t: 5000, v: null }, { t: 9000, v: 74 }] };
    const current = { hr: [{ t: 0, v: 70 }, { t: 5000, v: 80 }, { t: 12_000, v: 75 }], rr: [{ t: 1, v: 16 }] };
    expect(mergeRefresh(server, current, 10_000)).toEqual({
      hr: [{ t: 0, v: 70 }, { t: 5000, v: null }, { t: 9000, v: 74 }, { t: 12_000, v: 75 }],
    });
  });
});

describe('helpers', () => {
  it('hasData ignores series made only of gaps', () => {
    expect(hasData({})).toBe(false);
    expect(hasData({ hr: [{ t: 1, v: null }] })).toBe(false);
    expect(hasData({ hr: [{ t: 1, v: null }], temp: [{ t: 1, v: 37 }] })).toBe(true);
  });
  it('trim drops old points and leading breaks', () => {
    expect(trim({ hr: [{ t: 1, v: 1 }, { t: 5, v: null }, { t: 6, v: 2 }] }, 2)).toEqual({ hr: [{ t: 6, v: 2 }] });
  });
  it('ticks fall on round local times', () => {
    const from = new Date(2025, 0, 2, 8, 17).getTime();
    const to = from + 4 * 3_600_000;
    const ticks = timeTicks(from, to, liveTickStepMs(4)).map((t) => new Date(t)).map((d) => `${d.getHours()}:${d.getMinutes()}`);
    expect(ticks).toEqual(['8:30', '9:0', '9:30', '10:0', '10:30', '11:0', '11:30', '12:0']);
    const ticks12 = timeTicks(from, from + 12 * 3_600_000, liveTickStepMs(12)).map((t) => new Date(t).getHours());
    expect(ticks12).toEqual([10, 12, 14, 16, 18, 20]);
  });
});
