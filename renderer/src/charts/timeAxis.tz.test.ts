// The trends axis in every zone of the matrix: "Day +N, HH:MM" reads 00:00 at each local midnight, and ticks land on
// whole local hours on a DST change day too (a skipped hour has no tick, a repeated one is labelled once).
import { describe, expect, it } from 'vitest';
import { around, CHANGE_DAYS, hourExists, hoursOf, HOUR, ZONE } from '../../../shared/episode/zones.test-support';
import { axisLabel, timeTicks, dayStarts } from './timeAxis';

const wall = (t: number) => `${new Date(t).getDate()} ${String(new Date(t).getHours()).padStart(2, '0')}:${String(new Date(t).getMinutes()).padStart(2, '0')}`;

describe(`trend axis in ${ZONE}`, () => {
  for (const change of CHANGE_DAYS) {
    describe(`on the ${change.name} (${hoursOf(change)} h day here)`, () => {
      const infusion = around(change, -3, 10);
      const day = { from: around(change, 0), to: around(change, 1) };
      /** The wall-clock hours of the change day that are multiples of `step` and exist, then the next midnight. */
      const expected = (step: number) => [...Array.from({ length: 24 }, (_, h) => h).filter((h) => h % step === 0 && hourExists(change, 0, h)).map((h) => around(change, 0, h)), day.to];

      it('labels local midnights 00:00 with the Day that begins there', () => {
        expect(axisLabel(day.from, infusion)).toBe('Day +3, 00:00');
        expect(axisLabel(day.to, infusion)).toBe('Day +4, 00:00');
        expect(axisLabel(around(change, 0, 23, 59), infusion)).toBe('Day +3, 23:59');
        expect(axisLabel(around(change, 1, 0, 30), infusion)).toBe('Day +4, 00:30');
        expect(dayStarts(around(change, -1, 12), around(change, 1, 12))).toEqual([day.from, day.to]);
      });

      it.each([1, 2, 3, 6, 12])('puts %d-hour ticks on whole local hours across the change', (step) => {
        const ticks = timeTicks(day.from, day.to, step * HOUR);
        expect(ticks.map(wall)).toEqual(expected(step).map(wall));
        expect(ticks).toEqual(expected(step));
        expect(new Set(ticks.map(wall)).size).toBe(ticks.length);
      });

      it('puts day ticks on local midnights counted from Day 0', () => {
        const ticks = timeTicks(around(change, -4, 12), around(change, 4, 12), 2 * 24 * HOUR, infusion);
        expect(ticks).toEqual([-3, -1, 1, 3].map((n) => around(change, n)));
        expect(ticks.map((t) => axisLabel(t, infusion))).toEqual(['Day 0, 00:00', 'Day +2, 00:00', 'Day +4, 00:00', 'Day +6, 00:00']);
      });
    });
  }
});
