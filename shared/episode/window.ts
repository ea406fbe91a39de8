// The infusion timing check (clinical-rules.md §4.4): d = calendar days from the last lymphodepletion date to the
// infusion date, in the ward's local time, against the product's window.
import { dayNumber, localDayStart } from './day';
import { GENERAL_INFUSION_RULE, type Product } from './products';
import { english } from '../messages/en';
import { message, type Message } from '../messages/message';

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
  /** Plain words for the form, with d and the rest days, in English. */
  readonly message: string;
  /** The same words as a message the window says in its own language. */
  readonly sentence: Message;
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
  const sentence = timingSentence(verdict, d, product?.code ?? null, min, max, latest);
  return {
    verdict,
    daysSinceLymphodepletion: d,
    restDays: Math.max(0, d - 1),
    window: { min, max },
    latestDayWithReason: latest,
    overridable: verdict === 'late_needs_reason',
    source: rule.source,
    message: english(sentence),
    sentence,
  };
}

const K = 'said.window.';
const days = (n: number): Message => message(n === 1 ? 'said.unit.day' : 'said.unit.days', { n });

function timingSentence(verdict: TimingVerdict, d: number, productCode: string | null, min: number, max: number, latest: number | null): Message {
  const window = message(`${K}product`, { product: productCode ?? message(`${K}patientGuide`), range: min === max ? days(min) : message(`${K}range`, { min, max }) });
  const common = { count: countWords(d), window };
  switch (verdict) {
    case 'too_early':
      return message(`${K}tooEarly`, { ...common, days: days(min) });
    case 'in_window':
      return message(`${K}inWindow`, common);
    case 'late_needs_reason':
      return message(`${K}lateNeedsReason`, { ...common, days: days(latest ?? max) });
    case 'too_late':
      return latest !== null ? message(`${K}tooLate`, { ...common, days: days(latest) }) : message(`${K}tooLateNoReason`, common);
  }
}

/** "3 days after the last lymphodepletion dose (2 rest days)". */
function countWords(d: number): Message {
  if (d < 0) return message(`${K}before`, { days: days(-d) });
  if (d === 0) return message(`${K}sameDay`);
  const rest = d - 1;
  return message(`${K}after`, { days: days(d), rest: rest === 0 ? message(`${K}noRestDay`) : rest === 1 ? message(`${K}oneRestDay`) : message(`${K}restDays`, { n: rest }) });
}
