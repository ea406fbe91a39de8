// The pre-infusion checklist: what is missing, what blocks the infusion, and whether it may be signed off.
import type { ChecklistData, ChecklistItemKind } from './records';
import { checkInfusionTiming, type TimingCheck } from './window';
import type { Product } from './products';

export type ChecklistEntries = { readonly [K in ChecklistItemKind]?: ChecklistData<K> };

export interface ChecklistState {
  /** Items not yet documented, in words. */
  readonly missing: readonly string[];
  /** Documented facts that hold the infusion until resolved (or overridden by a physician where allowed). */
  readonly blockers: readonly string[];
  /** Documented facts to look at before the infusion that do not hold it. */
  readonly warnings: readonly string[];
  readonly timing: TimingCheck | null;
  readonly readyForSignOff: boolean;
}

const REQUIRED: readonly [ChecklistItemKind, string][] = [
  ['lymphodepletion', 'Lymphodepletion regimen, doses and days'],
  ['infection_screening', 'Infection screening'],
  ['cns_evaluation', 'Central nervous system evaluation'],
  ['seizure_prophylaxis', 'Seizure prophylaxis (levetiracetam, or the reason it is not given)'],
  ['baseline', 'Baseline vital signs and ICE score'],
];

/** Nothing is assumed: every required item must be documented, and documented facts may block. */
export function evaluateChecklist(entries: ChecklistEntries, product: Product | null, plannedInfusionTime: number): ChecklistState {
  const missing = REQUIRED.filter(([kind]) => entries[kind] === undefined).map(([, label]) => label);
  const blockers: string[] = [];
  const warnings: string[] = [];
  const infection = entries.infection_screening;
  if (infection?.activeInfection) blockers.push('Active infection: sign-off is blocked until it is resolved.');
  if (infection?.result === 'pending') blockers.push('Infection screening: the result is still pending.');
  // Both labels delay only for active infection (§4.1, §4.2), so a positive screen not marked active warns, never holds.
  if (infection?.result === 'positive' && !infection.activeInfection)
    warnings.push('Infection screening is positive but not marked as an active infection: a physician should confirm it is not active before the infusion (both labels delay the infusion for active infection).');
  const cns = entries.cns_evaluation;
  if (cns?.decision === 'postpone') blockers.push(`CNS evaluation: infusion postponed by ${cns.physicianName}.`);
  if (cns && !cns.assessmentDone) blockers.push('CNS evaluation: the assessment has not been done.');

  let timing: TimingCheck | null = null;
  const lastDay = entries.lymphodepletion?.days.slice().sort().at(-1);
  if (lastDay) {
    timing = checkInfusionTiming(product, lastDay, plannedInfusionTime);
    if (timing === null) blockers.push(`Lymphodepletion: ${lastDay} is not a calendar date.`);
    else if (timing.verdict !== 'in_window' && !timing.overridable) blockers.push(timing.message); // §4.4: blocked, no override
    else if (timing.overridable && !entries.timing_override) blockers.push(`${timing.message} A physician's override with a reason is needed.`);
  }
  return { missing, blockers, warnings, timing, readyForSignOff: missing.length === 0 && blockers.length === 0 };
}
