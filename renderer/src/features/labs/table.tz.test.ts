// The labs table by Day at the station's time, in every zone of the matrix: today is the last column from local
// midnight on, "pending" until its results arrive, and a DST change day is one column.
import { describe, expect, it } from 'vitest';
import type { LabResult } from '../../../../shared/api/methods/labs';
import { around, CHANGE_DAYS, dateOf, hoursOf, HOUR, ZONE } from '../../../../shared/episode/zones.test-support';
import { buildLabTable } from './table';

let nextId = 1;
function crp(value: number, observedAt: number): LabResult {
  return {
    id: nextId++, code: 'crp', loinc: '1988-5', name: 'CRP', value, valueText: String(value), comparator: null, unit: 'mg/L', canonicalValue: value, canonicalUnit: 'mg/L',
    refRange: null, refLow: null, refHigh: null, abnormalFlag: null, observedAt, receivedAt: observedAt, status: 'final', messageId: null, enteredBy: null,
  };
}

describe(`labs by Day in ${ZONE}`, () => {
  for (const change of CHANGE_DAYS) {
    describe(`around the ${change.name} (${hoursOf(change)} h day here)`, () => {
      const infusion = around(change, -3, 10);
      /** The daily labs drawn at 06:00 from Day −1 to the day `lastDay` (relative to the change day). */
      const daily = (lastDay: number) => Array.from({ length: lastDay + 5 }, (_, i) => crp(10 + i, around(change, i - 4, 6)));

      it('at 05:30, before the day’s labs: today is the last column, empty and pending', () => {
        const table = buildLabTable(daily(-1), infusion, around(change, 0, 5, 30));
        expect(table.days.map((d) => d.day)).toEqual([-1, 0, 1, 2, 3]);
        expect(table.days.at(-1)).toEqual({ key: dateOf(change, 0), day: 3, today: true, pending: true });
        expect(table.days.slice(0, -1).every((d) => !d.today && !d.pending)).toBe(true);
        expect(table.rows[0]!.cells[dateOf(change, 0)]).toBeUndefined();
        expect(table.rows[0]!.cells[dateOf(change, -1)]).toMatchObject({ value: 13 });
      });

      it('at 06:01, with the day’s labs: today’s column has its values', () => {
        const table = buildLabTable(daily(0), infusion, around(change, 0, 6, 1));
        expect(table.days.at(-1)).toEqual({ key: dateOf(change, 0), day: 3, today: true, pending: false });
        expect(table.rows[0]!.cells[dateOf(change, 0)]).toMatchObject({ value: 14, previous: 13, arrow: 'up' });
      });

      it('at 23:59 today is still the change day; at 00:30 the next day is today, pending', () => {
        const late = buildLabTable(daily(0), infusion, around(change, 0, 23, 59));
        expect(late.days.at(-1)).toMatchObject({ day: 3, today: true, pending: false });
        const after = buildLabTable(daily(0), infusion, around(change, 1, 0, 30));
        expect(after.days.map((d) => d.day)).toEqual([-1, 0, 1, 2, 3, 4]);
        expect(after.days.at(-1)).toEqual({ key: dateOf(change, 1), day: 4, today: true, pending: true });
        expect(after.days.at(-2)).toMatchObject({ day: 3, today: false, pending: false });
      });

      it('puts every result of the change day in one column, whatever the clock did at night', () => {
        const start = around(change, 0);
        const night = Array.from({ length: hoursOf(change) }, (_, h) => crp(100 + h, start + h * HOUR + 30 * 60_000));
        const edges = [crp(1, around(change, -1, 23, 59)), crp(2, around(change, 1, 0, 30))];
        const table = buildLabTable([...night, ...edges], infusion, around(change, 1, 12));
        expect(table.days.map((d) => [d.key, d.day])).toEqual([
          [dateOf(change, -1), 2],
          [dateOf(change, 0), 3],
          [dateOf(change, 1), 4],
        ]);
        expect(table.rows[0]!.cells[dateOf(change, 0)]).toMatchObject({ count: hoursOf(change), value: 100 + hoursOf(change) - 1 });
      });

      it('shows today before an infusion is recorded too, without a Day number', () => {
        const table = buildLabTable(daily(-1), null, around(change, 0, 5, 30));
        expect(table.days.at(-1)).toEqual({ key: dateOf(change, 0), day: null, today: true, pending: true });
      });
    });
  }
});
