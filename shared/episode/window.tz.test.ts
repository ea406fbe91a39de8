// The infusion window's d in every zone of the matrix and across a DST change: calendar dates in the ward's local
// time, never 24-hour periods and never UTC dates.
import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS } from './products';
import { checkInfusionTiming } from './window';
import { around, CHANGE_DAYS, dateOf, hoursOf, ZONE } from './zones.test-support';

const ideCel = BUILTIN_PRODUCTS.find((p) => p.code === 'ide-cel')!;

describe(`the infusion window's d in ${ZONE}`, () => {
  for (const change of CHANGE_DAYS) {
    describe(`across the ${change.name} (${hoursOf(change)} h here)`, () => {
      it("counts the labels' schedule as d = 3 whatever the length of the days in between", () => {
        const lastDose = dateOf(change, -3); // the change day is Day 0
        for (const [hour, minute] of [[0, 0], [0, 30], [10, 0], [23, 59]] as const) {
          expect(checkInfusionTiming(ideCel, lastDose, around(change, 0, hour, minute)), `${hour}:${minute}`).toMatchObject({ verdict: 'in_window', daysSinceLymphodepletion: 3, restDays: 2 });
        }
      });

      it('turns d at local midnight: 23:59 on the change day is d = 3, 00:00 the day after is d = 4', () => {
        const lastDose = dateOf(change, -3);
        expect(checkInfusionTiming(ideCel, lastDose, around(change, 0, 23, 59))!.daysSinceLymphodepletion).toBe(3);
        expect(checkInfusionTiming(ideCel, lastDose, around(change, 1, 0, 0))).toMatchObject({ daysSinceLymphodepletion: 4, verdict: 'late_needs_reason' });
      });

      it('reads a last dose on the change day itself as that local date', () => {
        expect(checkInfusionTiming(ideCel, dateOf(change, 0), around(change, 2, 0, 30))!.daysSinceLymphodepletion).toBe(2);
        expect(checkInfusionTiming(ideCel, dateOf(change, 0), around(change, 0, 23, 59))).toMatchObject({ daysSinceLymphodepletion: 0, verdict: 'too_early' });
      });
    });
  }
});
