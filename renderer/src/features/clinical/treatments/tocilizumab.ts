// The tocilizumab helper: the weight-based dose (8 mg/kg, max 800 mg) and the doses already recorded, so the
// form can say which dose this would be. A reminder beside the record; the station never orders anything.
import type { EntryView } from '../../../../../shared/api/methods/episode';
import { TOCILIZUMAB, tocilizumabCount, tocilizumabDoseMg, type TocilizumabCount } from '../../../../../shared/episode/tocilizumab';
import { EVENT_ENTRY_PREFIX } from './recent';
import { isTocilizumab } from './eventForms';

/** Times of the tocilizumab doses recorded in the episode (current entries only). */
export function tocilizumabDoseTimes(timeline: readonly EntryView[]): number[] {
  return timeline
    .filter((e) => e.kind === `${EVENT_ENTRY_PREFIX}medication` && isTocilizumab(String((e.data as { drug?: unknown }).drug ?? '')))
    .map((e) => e.effectiveAt);
}

export interface TocilizumabHint {
  /** Null when the weight is not recorded. */
  readonly doseMg: number | null;
  readonly capped: boolean;
  readonly count: TocilizumabCount;
}

export function tocilizumabHint(weightKg: number | null | undefined, timeline: readonly EntryView[], at: number): TocilizumabHint {
  const known = weightKg !== null && weightKg !== undefined && weightKg > 0;
  const doseMg = known ? Math.round(tocilizumabDoseMg(weightKg)) : null;
  const capped = known && weightKg * TOCILIZUMAB.mgPerKg > TOCILIZUMAB.maxDoseMg;
  return { doseMg, capped, count: tocilizumabCount(tocilizumabDoseTimes(timeline), at) };
}
