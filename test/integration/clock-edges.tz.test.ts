// The station at the edges of the ward day, on an injected clock, in whatever time zone the suite runs it under (the
// TZ matrix in vitest.config.ts): the rounds view's today, the handover's default shift, Day +N in the report and the
// evidence sentences all agree, at 00:30, 05:59, 06:01, 18:59 and 23:59 local, on an ordinary day and on the zone's
// daylight-saving change day (a 23- or 25-hour day).
import { afterEach, describe, expect, it } from 'vitest';
import { differenceInCalendarDays } from 'date-fns';
import { createTestStation, runningClockFrom, type TestStation } from '../helpers/station';
import { infusedPatient } from '../helpers/episode';
import { localIsoDay } from '../helpers/clock';
import { HOUR_MS } from '../../shared/time';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** The zone's change day in 2026 and its length in hours (Berlin: last Sunday of October; New York: second Sunday of March). */
const CHANGE_DAYS: Record<string, { date: [number, number, number]; hours: number }> = {
  'Europe/Berlin': { date: [2026, 9, 25], hours: 25 },
  'America/New_York': { date: [2026, 2, 8], hours: 23 },
};
const ORDINARY_DAY: [number, number, number] = [2026, 10, 26];
const DAYS = [ORDINARY_DAY, ...(CHANGE_DAYS[ZONE] ? [CHANGE_DAYS[ZONE].date] : [])];
/** Local hh:mm → the ending shift's [start day offset, start hour, end day offset, end hour] (07:00/19:00, nearest end). */
const EDGES: [number, number, [number, number, number, number]][] = [
  [0, 30, [-1, 7, -1, 19]],
  [5, 59, [-1, 19, 0, 7]],
  [6, 1, [-1, 19, 0, 7]],
  [18, 59, [0, 7, 0, 19]],
  [23, 59, [0, 7, 0, 19]],
];

const local = ([y, m, d]: [number, number, number], dayOffset: number, hour: number, minute = 0) => new Date(y, m, d + dayOffset, hour, minute).getTime();

describe(`the ward day at its edges (TZ=${ZONE})`, () => {
  let t: TestStation | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  for (const day of DAYS)
    for (const [hour, minute, shift] of EDGES)
      it(`${day.map((n, i) => (i === 1 ? n + 1 : n)).join('-')} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, async () => {
        const now = local(day, 0, hour, minute);
        // Infused at 10:00 three local days earlier: today is Day +3 whatever the hour.
        const infusedAt = local(day, -3, 10);
        t = await createTestStation({ now: runningClockFrom(now), grading: { intervalMs: 3600_000 } });
        await infusedPatient(t, (now - infusedAt) / HOUR_MS);
        for (let time = now - 20 * 60_000; time < now; time += 60_000)
          t.station.ingest([{ param: 'temp', value: 38.7, unit: 'Cel', time, status: 'valid', source: 'serial', device: 'm' }]);
        t.station.grading.runNow();

        const days = await t.as('anonymous').call('rounds.days', {});
        const today = days[0]!;
        expect(today).toMatchObject({ date: localIsoDay(now), day: 3, from: local(day, 0, 0), to: local(day, 1, 0) });
        const isChangeDay = CHANGE_DAYS[ZONE] !== undefined && day === CHANGE_DAYS[ZONE].date;
        expect((today.to - today.from) / HOUR_MS).toBe(isChangeDay ? CHANGE_DAYS[ZONE]!.hours : 24);
        // Every listed day starts at a local midnight and the days are consecutive.
        for (const [i, d] of days.entries()) {
          expect(new Date(d.from).getHours()).toBe(0);
          if (i > 0) expect(d.to).toBe(days[i - 1]!.from);
        }

        const report = await t.as('anonymous').call('report.handover', {});
        const [fromDay, fromHour, toDay, toHour] = shift;
        expect(report.window).toMatchObject({ from: local(day, fromDay, fromHour), to: local(day, toDay, toHour), isDefaultShift: true });
        expect([new Date(report.window.from).getHours(), new Date(report.window.to).getHours()]).toEqual([fromHour, toHour]);
        expect(report.episode.day).toBe(3);

        // The evidence sentences count days as the screens do.
        const status = await t.as('anonymous').call('clinical.status', {});
        const items = status.suggested!.crs.evidence.flatMap((e) => e.items);
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) {
          const said = Number(/^Day ([+−]?\d+)/.exec(item.at)![1]!.replace('−', '-'));
          expect(said).toBe(differenceInCalendarDays(item.time, infusedAt));
        }
      });
});
