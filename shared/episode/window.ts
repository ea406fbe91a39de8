// The infusion timing check: days since the last lymphodepletion dose against the product's window.
import { differenceInCalendarDays } from 'date-fns';
import { GENERAL_INFUSION_RULE, type Product } from './products';

export type TimingVerdict = 'too_early' | 'in_window' | 'late_needs_reason' | 'too_late';

export interface TimingCheck {
  readonly verdict: TimingVerdict;
  readonly daysSinceLymphodepletion: number;
  readonly window: { readonly min: number; readonly max: number };
  readonly latestDayWithReason: number | null;
  readonly source: string;
  /** Plain words for the form; a physician's override with a reason is needed unless verdict is in_window. */
  readonly message: string;
}

/**
 * Product window (clinical-rules.md §4.1/§4.2), or the guide's general rule (§4.4) for a product without one.
 * Days are calendar days in the ward's local time: the last lymphodepletion day is day 0 of the count.
 */
export function checkInfusionTiming(product: Pick<Product, 'infusionWindowDays' | 'latestDayWithReason' | 'source'> | null, lastLymphodepletionDay: Date, infusionDay: Date): TimingCheck {
  const rule = product ?? GENERAL_INFUSION_RULE;
  const days = differenceInCalendarDays(infusionDay, lastLymphodepletionDay);
  const { min, max } = rule.infusionWindowDays;
  const latest = rule.latestDayWithReason;
  const base = { daysSinceLymphodepletion: days, window: { min, max }, latestDayWithReason: latest, source: rule.source };
  const windowText = min === max ? `${min} days` : `${min}–${max} days`;
  if (days < min) return { ...base, verdict: 'too_early', message: `Infusion ${days} day(s) after lymphodepletion is earlier than the product window (${windowText}).` };
  if (days <= max) return { ...base, verdict: 'in_window', message: `Infusion ${days} day(s) after lymphodepletion is within the product window (${windowText}).` };
  if (latest !== null && days <= latest)
    return { ...base, verdict: 'late_needs_reason', message: `Infusion ${days} day(s) after lymphodepletion is after the window (${windowText}); a delay up to day ${latest} needs a documented reason.` };
  return { ...base, verdict: 'too_late', message: `Infusion ${days} day(s) after lymphodepletion is later than the product allows${latest !== null ? ` (day ${latest})` : ''}.` };
}
