// Tocilizumab dose calculator and dose-count warnings. The station records and reminds; it never orders.
// Source: clinical-rules.md §4.5: 8 mg/kg IV, max 800 mg per dose; no more than 3 doses in 24 h and 4 in total [S51, S52].
export const TOCILIZUMAB = {
  mgPerKg: 8,
  maxDoseMg: 800,
  maxDosesIn24h: 3,
  maxDosesTotal: 4,
  source: 'clinical-rules.md §4.5 [S51, S52]',
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** 8 mg/kg, capped at 800 mg (§4.5). */
export function tocilizumabDoseMg(weightKg: number): number {
  return Math.min(TOCILIZUMAB.mgPerKg * weightKg, TOCILIZUMAB.maxDoseMg);
}

export interface TocilizumabCount {
  readonly in24h: number;
  readonly total: number;
  readonly warnings: readonly string[];
}

/** Counts the doses given (including one about to be recorded at `at`) and warns at the 3rd in 24 h and the 4th in total (§4.5 [Design]). */
export function tocilizumabCount(previousDoseTimes: readonly number[], at: number): TocilizumabCount {
  const all = [...previousDoseTimes.filter((t) => t <= at), at];
  const in24h = all.filter((t) => t > at - DAY_MS).length;
  const total = all.length;
  const warnings: string[] = [];
  if (in24h >= TOCILIZUMAB.maxDosesIn24h) warnings.push(`This is tocilizumab dose ${in24h} within 24 h; the label allows no more than ${TOCILIZUMAB.maxDosesIn24h} in 24 h.`);
  if (total >= TOCILIZUMAB.maxDosesTotal) warnings.push(`This is tocilizumab dose ${total} in total; the label allows no more than ${TOCILIZUMAB.maxDosesTotal} in total.`);
  return { in24h, total, warnings };
}
