// A vital's readings as the rules read them: the value in the rule unit, whether it is abnormal, and its
// confirmation state (confirmation.ts), built field by field (an object spread was ~10× slower on 18,000 readings).
import type { GradingConfig } from './config';
import { confirmReadings, type Confirmation } from './confirmation';
import { isAbnormal } from './crsRules';
import type { ClinicalEvent, VitalKind, VitalReading } from './events';
import { vitalValue } from './values';

export interface Ordered<E extends ClinicalEvent = ClinicalEvent> {
  readonly event: E;
  /** Position in the timeline after a stable sort by time: ties keep their input order (§6.4). */
  readonly order: number;
}

export interface Reading extends Ordered<VitalReading> {
  readonly time: number;
  /** In the rule unit (°C for temperature). */
  readonly value: number;
  /** Crosses the param's grading or prompt threshold (fever, hypotension, SpO2 prompt). */
  readonly abnormal: boolean;
  readonly confirmation: Confirmation;
}

/** A vital's reading before confirmation: its value in the rule unit and whether it is abnormal. */
export type UnconfirmedReading = Omit<Reading, 'confirmation'>;

/** Each vital's readings in time order, with their confirmation state. */
export function indexReadings(vitals: readonly Ordered<VitalReading>[], config: GradingConfig, baselineSbp: number | undefined): Record<VitalKind, Reading[]> {
  const byParam: Record<VitalKind, UnconfirmedReading[]> = { temp: [], sbp: [], map: [], hr: [], rr: [], spo2: [] };
  for (const o of vitals) {
    const reading = unconfirmedReading(o, config, baselineSbp);
    if (reading) byParam[o.event.param].push(reading);
  }
  const out = {} as Record<VitalKind, Reading[]>;
  for (const [param, list] of Object.entries(byParam) as [VitalKind, UnconfirmedReading[]][]) out[param] = confirmed(list, confirmReadings(list, config.monitorConfirmation));
  return out;
}

/** The reading of a vital event, or null for a unit the rules cannot read. */
export function unconfirmedReading(o: Ordered<VitalReading>, config: GradingConfig, baselineSbp: number | undefined): UnconfirmedReading | null {
  const value = vitalValue(o.event);
  if (value === null) return null;
  return { event: o.event, order: o.order, time: o.event.time, value, abnormal: isAbnormal(o.event.param, value, config, baselineSbp) };
}

export function confirmed(list: readonly UnconfirmedReading[], confirmations: readonly Confirmation[]): Reading[] {
  return list.map((r, i) => ({ event: r.event, order: r.order, time: r.time, value: r.value, abnormal: r.abnormal, confirmation: confirmations[i]! }));
}

/** The pre-infusion SBP baseline for the optional "% fall" rule: the latest SBP at or before the infusion. */
export function baselineSbp(vitals: readonly Ordered<VitalReading>[], infusionAt: number): number | undefined {
  return vitals.filter((o) => o.event.param === 'sbp' && o.event.time <= infusionAt).at(-1)?.event.value;
}
