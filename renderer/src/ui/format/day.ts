// "Day +3" in the window's language; the day number itself always comes from shared/episode/day.ts.
import { dayNumber } from '../../../../shared/episode/day';
import { i18n } from '../../i18n';

/** The label of a day number (null: no infusion yet). In English it equals shared formatDay (day.test.ts). */
export function dayLabel(day: number | null): string {
  if (day === null) return i18n.t('day.none');
  if (day === 0) return i18n.t('day.zero');
  return day > 0 ? i18n.t('day.plus', { n: day }) : i18n.t('day.minus', { n: Math.abs(day) });
}

/** The Day +N of a moment in an episode. */
export function episodeDay(time: number, infusionTime: number | null): string {
  return dayLabel(dayNumber(time, infusionTime));
}
