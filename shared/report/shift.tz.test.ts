// The handover's shift windows in every zone of the matrix: 07:00–19:00 and 19:00–07:00 on the wall, so on a DST change
// the day shift stays 12 hours and the night shift that contains the change is 11 or 13.
import { describe, expect, it } from 'vitest';
import { around, CHANGE_DAYS, hoursOf, HOUR, ZONE, type ChangeDay } from '../episode/zones.test-support';
import { endingShift, shiftContaining, type ShiftWindow } from './shift';

const hoursLong = (w: ShiftWindow) => (w.to - w.from) / HOUR;
const wallHours = (w: ShiftWindow) => [new Date(w.from).getHours(), new Date(w.to).getHours()];

/** The shift from `fromDay` at `fromHour` to the next boundary, built from the wall clock. */
const shift = (change: ChangeDay, fromDay: number, fromHour: 7 | 19): ShiftWindow =>
  fromHour === 7 ? { from: around(change, fromDay, 7), to: around(change, fromDay, 19) } : { from: around(change, fromDay, 19), to: around(change, fromDay + 1, 7) };

describe(`shift windows in ${ZONE}`, () => {
  for (const change of CHANGE_DAYS) {
    describe(`on the ${change.name} (${hoursOf(change)} h day here)`, () => {
      const changeNight = shift(change, -1, 19);
      const dayShift = shift(change, 0, 7);
      const nextNight = shift(change, 0, 19);

      it('the day shift is 07:00–19:00 local and 12 h; the night with the change is 11, 12 or 13 h', () => {
        expect(shiftContaining(around(change, 0, 12))).toEqual(dayShift);
        expect(wallHours(dayShift)).toEqual([7, 19]);
        expect(hoursLong(dayShift)).toBe(12);
        expect(shiftContaining(around(change, 0, 3, 30))).toEqual(changeNight);
        expect(wallHours(changeNight)).toEqual([19, 7]);
        expect(hoursLong(changeNight)).toBe(12 + hoursOf(change) - 24);
        expect(hoursLong(nextNight)).toBe(12);
      });

      it('places the edges of the change day in their shifts (00:30, 05:59, 06:01, 18:59, 23:59)', () => {
        const at = (h: number, m: number) => shiftContaining(around(change, 0, h, m));
        expect([at(0, 30), at(5, 59), at(6, 1), at(6, 59)]).toEqual([changeNight, changeNight, changeNight, changeNight]);
        expect([at(7, 0), at(18, 59)]).toEqual([dayShift, dayShift]);
        expect([at(19, 0), at(23, 59)]).toEqual([nextNight, nextNight]);
        expect(shiftContaining(around(change, 1, 0, 30))).toEqual(nextNight);
      });

      it('hands over the same shift at the same wall-clock time as on any other night', () => {
        const ending = (days: number, h: number, m: number) => endingShift(around(change, days, h, m));
        // 00:30: the day shift ended 5½ h ago on the wall; 07:00 is 6½ h away on the wall (5½, 6½ or 7½ on the clock).
        expect(ending(0, 0, 30)).toEqual(shift(change, -1, 7));
        expect(ending(0, 1, 0)).toEqual(changeNight);
        expect([ending(0, 5, 59), ending(0, 6, 1), ending(0, 7, 40)]).toEqual([changeNight, changeNight, changeNight]);
        expect([ending(0, 18, 59), ending(0, 19, 40), ending(0, 23, 59)]).toEqual([dayShift, dayShift, dayShift]);
        expect(ending(1, 0, 30)).toEqual(dayShift);
        expect(ending(1, 5, 59)).toEqual(nextNight);
      });
    });
  }
});
