// The infusion timing check (clinical-rules.md §4.4): d = calendar days from the last lymphodepletion date to the
// infusion date, in the ward's local time, against the product's window.
import { dayNumber, localDayStart } from './day';
import { GENERAL_INFUSION_RULE, type Product } from './products';

export type TimingVerdict = 'too_early' | 'in_window' | 'late_needs_reason' | 'too_late';

/** The product fields the check reads (a product without a rule gets the guide's, GENERAL_INFUSION_RULE). */
export type TimingRule = Pick<Product, 'code' | 'infusionWindowDays' | 'latestDayWithReason' | 'source'>;

export interface TimingCheck {
  readonly verdict: TimingVerdict;
  /** d: the labels' schedule (last lymphodepletion dose on Day −3, infusion on Day 0) is 3. */
  readonly daysSinceLymphodepletion: number;
  /** Whole days with neither a lymphodepletion dose nor the infusion in between: d − 1 (2 on the labels' schedule). */
  readonly restDays: number;
  readonly window: { readonly min: number; readonly max: number };
  readonly latestDayWithReason: number | null;
  /** Only a late infusion may go ahead on a physician's documented reason; too early or too late is blocked. */
  readonly overridable: boolean;
  readonly source: string;
  /** Plain words for the form, with d and the rest days. */
  readonly message: string;
}

/** d for a last lymphodepletion date "YYYY-MM-DD" (a local date) and the infusion time, or null when the date is not one. */
export function daysSinceLymphodepletion(lastLymphodepletionDate: string, infusionTime: number): number | null {
  const lastDay = localDayStart(lastLymphodepletionDate);
  // The last dose's Day number is −d: the shared day rule, so "Day −3" on the screens and d = 3 here always agree.
  const day = lastDay === null ? null : dayNumber(lastDay, infusionTime);
  return day === null ? null : 0 - day; // 0 − x, never −0
}

/** The check, or null when the lymphodepletion date is not a calendar date. */
export function checkInfusionTiming(product: TimingRule | null, lastLymphodepletionDate: string, infusionTime: number): TimingCheck | null {
  const d = daysSinceLymphodepletion(lastLymphodepletionDate, infusionTime);
  if (d === null) return null;
  const rule = product ?? GENERAL_INFUSION_RULE;
  const { min, max } = rule.infusionWindowDays;
  const latest = rule.latestDayWithReason;
  const verdict: TimingVerdict = d < min ? 'too_early' : d <= max ? 'in_window' : latest !== null && d <= latest ? 'late_needs_reason' : 'too_late';
  const windowText = `${product?.code ?? 'patient guide'}: ${min === max ? days(min) : `${min}–${max} days`}`;
  const infusion = `Infusion ${countWords(d)}`;
  const message = {
    too_early: `${infusion}: earlier than the product window (${windowText}); blocked until ${days(min)} after the last dose.`,
    in_window: `${infusion}: within the product window (${windowText}).`,
    late_needs_reason: `${infusion}: after the window (${windowText}); up to ${days(latest ?? max)} needs a physician's documented reason.`,
    too_late: `${infusion}: later than the product allows (${windowText}${latest !== null ? `, up to ${days(latest)} with a reason` : ''}); blocked: repeat lymphodepletion or stop.`,
  }[verdict];
  return {
    verdict,
    daysSinceLymphodepletion: d,
    restDays: Math.max(0, d - 1),
    window: { min, max },
    latestDayWithReason: latest,
    overridable: verdict === 'late_needs_reason',
    source: rule.source,
    message,
  };
}

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "3 days after the last lymphodepletion dose (2 rest days)". */
function countWords(d: number): string {
  if (d < 0) return `${days(-d)} before the last lymphodepletion dose`;
  if (d === 0) return 'on the day of the last lymphodepletion dose (no rest day)';
  const rest = d - 1;
  return `${days(d)} after the last lymphodepletion dose (${rest === 0 ? 'no rest day' : rest === 1 ? '1 rest day' : `${rest} rest days`})`;
}
