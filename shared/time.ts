// Durations in milliseconds, named once: times are stored as UTC milliseconds everywhere (README, "Time").
export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
/** A fixed 24 h span: for ages and retention only. Calendar days (Day +N) come from shared/episode/day.ts, which handles DST. */
export const DAY_MS = 24 * HOUR_MS;
