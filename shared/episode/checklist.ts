// The pre-infusion checklist: what is missing, what blocks the infusion, and whether it may be signed off.
import type { ChecklistData, ChecklistItemKind } from './records';
import { checkInfusionTiming, type TimingCheck } from './window';
import type { Product } from './products';
import { english } from '../messages/en';
import { baselineFindings, type BaselineFinding } from './baselineFindings';
import { message, type Message } from '../messages/message';

export type ChecklistEntries = { readonly [K in ChecklistItemKind]?: ChecklistData<K> };

export interface ChecklistState {
  /** Items not yet documented, in words. */
  readonly missing: readonly string[];
  /** Documented facts that hold the infusion until resolved (or overridden by a physician where allowed), in English. */
  readonly blockers: readonly string[];
  /** Documented facts to look at before the infusion that do not hold it, in English. */
  readonly warnings: readonly string[];
  /** The blockers and warnings as messages the window says in its own language (same order). */
  readonly blockerMessages: readonly Message[];
  readonly warningMessages: readonly Message[];
  readonly timing: TimingCheck | null;
  /** What the baseline shows outside the thresholds (acknowledged or not). */
  readonly baselineFindings: readonly BaselineFinding[];
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
  const blockers: Message[] = [];
  const warnings: Message[] = [];
  const K = 'said.checklist.';
  const infection = entries.infection_screening;
  if (infection?.activeInfection) blockers.push(message(`${K}activeInfection`));
  if (infection?.result === 'pending') blockers.push(message(`${K}infectionPending`));
  // Both labels delay only for active infection (§4.1, §4.2), so a positive screen not marked active warns, never holds.
  if (infection?.result === 'positive' && !infection.activeInfection) warnings.push(message(`${K}infectionPositive`));
  const cns = entries.cns_evaluation;
  if (cns?.decision === 'postpone') blockers.push(message(`${K}cnsPostponed`, { physician: cns.physicianName }));
  if (cns && !cns.assessmentDone) blockers.push(message(`${K}cnsNotDone`));

  // A baseline outside the thresholds holds the infusion until a physician acknowledges each finding with a reason.
  const baseline = entries.baseline;
  const acknowledged = entries.baseline_acknowledgement;
  const findings = baseline ? baselineFindings(baseline) : [];
  for (const f of findings) {
    if (acknowledged?.findings.includes(f.finding)) warnings.push(message(`${K}baselineAcknowledged`, { finding: f.message, reason: acknowledged.reason }));
    else blockers.push(message(`${K}baselineNeedsAcknowledgement`, { finding: f.message }));
  }

  let timing: TimingCheck | null = null;
  const lastDay = entries.lymphodepletion?.days.slice().sort().at(-1);
  if (lastDay) {
    timing = checkInfusionTiming(product, lastDay, plannedInfusionTime);
    if (timing === null) blockers.push(message(`${K}notADate`, { date: lastDay }));
    else if (timing.verdict !== 'in_window' && !timing.overridable) blockers.push(timing.sentence); // §4.4: blocked, no override
    else if (timing.overridable && !entries.timing_override) blockers.push(message(`${K}needsOverride`, { timing: timing.sentence }));
  }
  return {
    missing,
    blockers: blockers.map(english),
    warnings: warnings.map(english),
    blockerMessages: blockers,
    warningMessages: warnings,
    timing,
    baselineFindings: findings.map((f) => f.finding),
    readyForSignOff: missing.length === 0 && blockers.length === 0,
  };
}
