// The rounds view's days in every zone of the matrix: one row per local calendar day, today first, each from local
// midnight to local midnight (23 or 25 hours on a DST change), numbered by the one Day rule.
import { describe, expect, it } from 'vitest';
import { around, CHANGE_DAYS, dateOf, hoursOf, HOUR, ZONE } from '../../../shared/episode/zones.test-support';
import { roundsDaySpans } from './days';

describe(`rounds days in ${ZONE}`, () => {
  for (const change of CHANGE_DAYS) {
    describe(`around the ${change.name} (${hoursOf(change)} h day here)`, () => {
      const episode = { admittedAt: around(change, -9, 14), dischargedAt: null, infusionTime: around(change, -3, 10) };
      const entries = [{ kind: 'lymphodepletion', data: { days: [dateOf(change, -7), dateOf(change, -8), dateOf(change, -6)] } }];

      it('lists today first back to the first lymphodepletion day, each day from local midnight', () => {
        const days = roundsDaySpans(episode, entries, around(change, 1, 0, 30));
        expect(days.map((d) => d.day)).toEqual([4, 3, 2, 1, 0, -1, -2, -3, -4, -5]);
        expect(days.map((d) => d.date)).toEqual([1, 0, -1, -2, -3, -4, -5, -6, -7, -8].map((n) => dateOf(change, n)));
        for (const d of days) expect([new Date(d.from).getHours(), new Date(d.from).getMinutes(), new Date(d.to).getHours()]).toEqual([0, 0, 0]);
        for (let i = 1; i < days.length; i++) expect(days[i]!.to).toBe(days[i - 1]!.from);
        expect(days.map((d) => (d.to - d.from) / HOUR)).toEqual([24, hoursOf(change), 24, 24, 24, 24, 24, 24, 24, 24]);
      });

      it('today is the change day from its 00:30 to its 23:59', () => {
        for (const [h, m] of [[0, 30], [5, 59], [6, 1], [18, 59], [23, 59]] as const) {
          const [today] = roundsDaySpans(episode, entries, around(change, 0, h, m));
          expect(today, `${h}:${m}`).toEqual({ day: 3, date: dateOf(change, 0), from: around(change, 0), to: around(change, 1) });
        }
      });

      it('starts at admission without lymphodepletion days, and ends at discharge', () => {
        const discharged = { ...episode, dischargedAt: around(change, 0, 11) };
        const days = roundsDaySpans(discharged, [], around(change, 2, 9));
        expect(days[0]).toMatchObject({ day: 3, date: dateOf(change, 0) });
        expect(days.at(-1)).toMatchObject({ day: -6, date: dateOf(change, -9), from: around(change, -9) });
      });
    });
  }
});
