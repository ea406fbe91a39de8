// The default window of the handover: the shift that is ending (07:00/19:00, ward local time), across midnight and
// over the DST changes (the clock shifts; the shift still runs from 19:00 to 07:00 on the wall).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { endingShift, shiftContaining, SHIFT_BOUNDARIES } from './shift';

const local = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const wall = (t: number) => {
  const d = new Date(t);
  return `${d.getDate()} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

describe('shift windows (Europe/Berlin)', () => {
  beforeAll(() => {
    vi.stubEnv('TZ', 'Europe/Berlin');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('has its boundaries in one place: 07:00 and 19:00', () => {
    expect(SHIFT_BOUNDARIES).toEqual([
      { hour: 7, minute: 0 },
      { hour: 19, minute: 0 },
    ]);
  });

  it('hands over the day shift shortly before and after 19:00', () => {
    for (const [h, m] of [[13, 1], [18, 30], [19, 0], [19, 40], [23, 0]] as const) {
      const w = endingShift(local(2025, 6, 10, h, m));
      expect([wall(w.from), wall(w.to)], `${h}:${m}`).toEqual(['10 07:00', '10 19:00']);
    }
  });

  it('hands over the night shift across midnight (from 01:00, when 07:00 is the nearer boundary)', () => {
    expect([1, 2, 6, 8].map((h) => endingShift(local(2025, 6, 11, h)))).toEqual(
      [0, 1, 2, 3].map(() => ({ from: local(2025, 6, 10, 19), to: local(2025, 6, 11, 7) })),
    );
  });

  it('keeps 19:00–07:00 on the wall over the spring and autumn clock changes (11 h and 13 h nights)', () => {
    const spring = endingShift(local(2025, 3, 30, 6));
    expect([wall(spring.from), wall(spring.to)]).toEqual(['29 19:00', '30 07:00']);
    expect((spring.to - spring.from) / 3_600_000).toBe(11);
    const autumn = endingShift(local(2025, 10, 26, 6));
    expect([wall(autumn.from), wall(autumn.to)]).toEqual(['25 19:00', '26 07:00']);
    expect((autumn.to - autumn.from) / 3_600_000).toBe(13);
  });

  it('finds the shift containing a moment (boundaries belong to the shift they start)', () => {
    expect(shiftContaining(local(2025, 6, 10, 7))).toEqual({ from: local(2025, 6, 10, 7), to: local(2025, 6, 10, 19) });
    expect(shiftContaining(local(2025, 6, 10, 6, 59))).toEqual({ from: local(2025, 6, 9, 19), to: local(2025, 6, 10, 7) });
  });

  it('works with other boundaries (three 8-hour shifts)', () => {
    const three = [{ hour: 7, minute: 0 }, { hour: 15, minute: 0 }, { hour: 23, minute: 0 }];
    expect(endingShift(local(2025, 6, 10, 14), three)).toEqual({ from: local(2025, 6, 10, 7), to: local(2025, 6, 10, 15) });
    expect(endingShift(local(2025, 6, 11, 0, 30), three)).toEqual({ from: local(2025, 6, 10, 15), to: local(2025, 6, 10, 23) });
  });
});

describe('shift windows (America/New_York)', () => {
  beforeAll(() => {
    vi.stubEnv('TZ', 'America/New_York');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('the spring-forward night is 11 h long, wall clock 19:00–07:00', () => {
    const w = endingShift(local(2025, 3, 9, 7, 20));
    expect([wall(w.from), wall(w.to), (w.to - w.from) / 3_600_000]).toEqual(['8 19:00', '9 07:00', 11]);
  });
});
