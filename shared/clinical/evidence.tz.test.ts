// The evidence sentences count Days as the screens do (shared/episode/day.ts), with the exact hours beside them.
import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from '../episode/day';
import { around, CHANGE_DAYS, hoursOf, local, ZONE } from '../episode/zones.test-support';
import { formatAt } from './evidence';

/** What the screens show for the same moment. */
const screenDay = (t: number, infusion: number) => formatDay(dayNumber(t, infusion));

describe(`evidence times in ${ZONE}`, () => {
  const infusion = local(2026, 6, 10, 22);

  it('an event at 23:30 on the infusion day is Day 0; at 00:30 the next local day it is Day +1, 2.5 h later', () => {
    expect(formatAt(local(2026, 6, 10, 23, 30), infusion)).toBe('Day 0, +1.5 h');
    expect(formatAt(local(2026, 6, 11, 0, 30), infusion)).toBe('Day +1, +2.5 h');
    expect(formatAt(local(2026, 6, 11, 21, 59), infusion)).toBe('Day +1, +24.0 h');
    expect(formatAt(local(2026, 6, 9, 8), infusion)).toBe('Day −1, −38.0 h');
  });

  it('says the same Day as the screens', () => {
    for (const t of [local(2026, 6, 10, 23, 30), local(2026, 6, 11, 0, 30), local(2026, 6, 8, 6), local(2026, 6, 17, 23, 59)]) {
      expect(formatAt(t, infusion).split(',')[0]).toBe(screenDay(t, infusion));
    }
  });

  for (const change of CHANGE_DAYS) {
    it(`across the ${change.name}: the calendar Day, and the real hours (${hoursOf(change)} h day here)`, () => {
      const before = around(change, -3, 10);
      // 3 days and 2 hours on the wall; one hour more or less on the clock when the change falls in between.
      expect(formatAt(around(change, 0, 12), before)).toBe(`Day +3, +${74 + hoursOf(change) - 24}.0 h`);
      expect(formatAt(around(change, 0, 23, 59), before).split(',')[0]).toBe('Day +3');
      expect(formatAt(around(change, 1, 0, 30), before).split(',')[0]).toBe('Day +4');
    });
  }
});
