// Tocilizumab dose calculator and dose-count warnings. The station records and reminds; it never orders.
// Source: clinical-rules.md §4.5: 8 mg/kg IV, max 800 mg per dose; repeat every 8 h; no more than 3 doses in 24 h and 4 in total [S51, S52].
import { DAY_MS } from '../time';
import { english } from '../messages/en';
import { message, type Message } from '../messages/message';
export const TOCILIZUMAB = {
  mgPerKg: 8,
  maxDoseMg: 800,
  /** §4.5 "Repeat every 8 h if there is no improvement" [S51, S52]: the shortest interval between doses. */
  repeatIntervalHours: 8,
  maxDosesIn24h: 3,
  maxDosesTotal: 4,
  source: 'clinical-rules.md §4.5 [S51, S52]',
} as const;

/** 8 mg/kg, capped at 800 mg (§4.5). */
export function tocilizumabDoseMg(weightKg: number): number {
  return Math.min(TOCILIZUMAB.mgPerKg * weightKg, TOCILIZUMAB.maxDoseMg);
}

export interface TocilizumabCount {
  readonly in24h: number;
  readonly total: number;
  readonly warnings: readonly string[];
  /** The same warnings as messages the window says in its own language. */
  readonly warningMessages: readonly Message[];
}

/** Counts the doses given (including one about to be recorded at `at`) and warns at the 3rd in 24 h and the 4th in total (§4.5 [Design]). */
export function tocilizumabCount(previousDoseTimes: readonly number[], at: number): TocilizumabCount {
  const all = [...previousDoseTimes.filter((t) => t <= at), at];
  const in24h = all.filter((t) => t > at - DAY_MS).length;
  const total = all.length;
  const warningMessages: Message[] = [];
  if (in24h >= TOCILIZUMAB.maxDosesIn24h) warningMessages.push(message('said.tocilizumab.doseIn24h', { n: in24h, max: TOCILIZUMAB.maxDosesIn24h }));
  if (total >= TOCILIZUMAB.maxDosesTotal) warningMessages.push(message('said.tocilizumab.doseTotal', { n: total, max: TOCILIZUMAB.maxDosesTotal }));
  return { in24h, total, warnings: warningMessages.map(english), warningMessages };
}

/** A documented medication is tocilizumab (by drug name, as the clinical handler counts doses). */
export function isTocilizumab(drug: string | undefined): boolean {
  return /tociliz/i.test(drug ?? '');
}

export interface NextTocilizumab {
  /** Doses given in the 24 h up to `now`, and in total. */
  readonly in24h: number;
  readonly total: number;
  readonly lastAt: number | null;
  /** The earliest time the label limits allow another dose (may be in the past); null when none was given yet or the total is reached. */
  readonly earliestAt: number | null;
  readonly totalReached: boolean;
}

/** When another dose would be within the label limits of §4.5 (every 8 h at most, ≤ 3 in 24 h, ≤ 4 in total). The station never orders. */
export function nextTocilizumab(doseTimes: readonly number[], now: number): NextTocilizumab {
  const given = doseTimes.filter((t) => t <= now).sort((a, b) => a - b);
  const total = given.length;
  const in24h = given.filter((t) => t > now - DAY_MS).length;
  const lastAt = given.at(-1) ?? null;
  const totalReached = total >= TOCILIZUMAB.maxDosesTotal;
  if (lastAt === null || totalReached) return { in24h, total, lastAt, earliestAt: null, totalReached };
  let earliestAt = lastAt + TOCILIZUMAB.repeatIntervalHours * 3_600_000;
  // A new dose at t counts the doses in (t − 24 h, t]: the dose `maxDosesIn24h` back must be at least 24 h before t.
  const limiting = given[total - TOCILIZUMAB.maxDosesIn24h];
  if (limiting !== undefined) earliestAt = Math.max(earliestAt, limiting + DAY_MS);
  return { in24h, total, lastAt, earliestAt, totalReached };
}
