// THE day rule in every zone of the matrix and across a DST change: Day 0 is the local calendar day of the infusion,
// Day +N is N local midnights later, a change day is one Day of 23 or 25 hours.
import { describe, expect, it } from 'vitest';
import { addLocalDays, dayBounds, dayNumber, dayStart, formatDay, localDayKey, localDaysBetween, localDayStart, startOfLocalDay } from './day';
import { around, CHANGE_DAYS, dateOf, hoursOf, HOUR, local, ZONE } from './zones.test-support';

describe(`Day +N in ${ZONE}`, () => {
  it('runs in the zone its project names', () => {
    expect(['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Shanghai']).toContain(ZONE);
  });

  it('changes at local midnight, not 24 hours after the infusion (infusion at 22:00)', () => {
    const infusion = local(2026, 6, 10, 22);
    expect(dayNumber(local(2026, 6, 10, 23, 59), infusion)).toBe(0);
    expect(dayNumber(local(2026, 6, 11, 0, 30), infusion)).toBe(1);
    expect(dayNumber(local(2026, 6, 11, 21, 59), infusion)).toBe(1);
    expect(dayNumber(local(2026, 6, 10, 0, 30), infusion)).toBe(0);
    expect(dayNumber(local(2026, 6, 9, 23, 59), infusion)).toBe(-1);
    expect(dayNumber(local(2026, 6, 5, 8), infusion)).toBe(-5);
    expect(formatDay(dayNumber(local(2026, 6, 5, 8), infusion))).toBe('Day −5');
  });

  for (const change of CHANGE_DAYS) {
    describe(`across the ${change.name} (${hoursOf(change)} h here)`, () => {
      const infusion = around(change, -3, 10);

      it('the change day is Day +3 from its midnight to the next, the day after is Day +4', () => {
        expect(dayNumber(around(change, 0, 0, 0), infusion)).toBe(3);
        expect(dayNumber(around(change, 0, 0, 30), infusion)).toBe(3);
        expect(dayNumber(around(change, -1, 23, 59), infusion)).toBe(2);
        expect(dayNumber(around(change, 0, 23, 59), infusion)).toBe(3);
        expect(dayNumber(around(change, 1, 0, 0), infusion)).toBe(4);
        expect(dayNumber(around(change, 1, 0, 30), infusion)).toBe(4);
        // Every real hour of the change day, the repeated or the skipped one included, is Day +3.
        const start = around(change, 0);
        for (let h = 0; h < hoursOf(change); h++) expect(dayNumber(start + h * HOUR + 30 * 60_000, infusion), `hour ${h}`).toBe(3);
      });

      it('the change day runs from local midnight to local midnight, 23, 24 or 25 hours', () => {
        const day = dayBounds(around(change, 0, 12));
        expect(day).toEqual({ from: around(change, 0), to: around(change, 1), date: dateOf(change, 0) });
        expect((day.to - day.from) / HOUR).toBe(hoursOf(change));
        expect([new Date(day.from).getHours(), new Date(day.to).getHours()]).toEqual([0, 0]);
        expect(startOfLocalDay(around(change, 0, 23, 59))).toBe(day.from);
        expect(dayBounds(around(change, 0, 23, 59))).toEqual(day);
        expect(dayBounds(around(change, 1, 0, 30)).from).toBe(day.to);
      });

      it('Day starts are the inverse of the Day number, across the change', () => {
        expect(dayStart(3, infusion)).toBe(around(change, 0));
        expect(dayStart(4, infusion)).toBe(around(change, 1));
        expect(dayStart(-5, infusion)).toBe(around(change, -8));
        for (let n = -7; n <= 14; n++) {
          expect(dayNumber(dayStart(n, infusion), infusion)).toBe(n);
          expect(dayNumber(dayStart(n, infusion) - 1, infusion)).toBe(n - 1);
          expect(new Date(dayStart(n, infusion)).getHours()).toBe(0);
        }
      });

      it('keys a moment by its local date, and a date by its local midnight', () => {
        expect(localDayKey(around(change, 0, 23, 59))).toBe(dateOf(change, 0));
        expect(localDayKey(around(change, 1, 0, 30))).toBe(dateOf(change, 1));
        expect(localDayKey(around(change, 0, 0, 0))).toBe(dateOf(change, 0));
        expect(localDayStart(dateOf(change, 0))).toBe(around(change, 0));
        expect(localDayStart(dateOf(change, 1))).toBe(around(change, 1));
        expect([localDayStart('2026-02-30'), localDayStart('25.10.2026')]).toEqual([null, null]);
      });

      it('lists the local days between two moments, one per calendar date', () => {
        const days = localDaysBetween(infusion, around(change, 1, 0, 30));
        expect(days.map((d) => d.date)).toEqual([-3, -2, -1, 0, 1].map((n) => dateOf(change, n)));
        expect(days.map((d) => (d.to - d.from) / HOUR)).toEqual([24, 24, 24, hoursOf(change), 24]);
        for (let i = 1; i < days.length; i++) expect(days[i]!.from).toBe(days[i - 1]!.to);
      });

      it('adds calendar days keeping the wall-clock time', () => {
        const noon = addLocalDays(around(change, -1, 12), 1);
        expect(noon).toBe(around(change, 0, 12));
        expect(addLocalDays(around(change, -1, 12), 2) - around(change, -1, 12)).toBe((24 + hoursOf(change)) * HOUR);
      });
    });
  }
});
