// The CRS rules as small pure functions, one per rule, each naming the source it implements.
import type { GradingConfig } from './config';
import type { MedicationEvent, O2Device, OxygenState, VasoactiveDrug, VasopressorEvent, VitalKind } from './events';
import { THRESHOLDS } from './thresholds';

export type CrsGrade = 0 | 1 | 2 | 3 | 4;
/** A domain level: 0 (none) or the CRS grade the domain supports (2–4). */
export type DomainLevel = 0 | 2 | 3 | 4;

// ASTCT 2019 (Lee et al.) [S1, S2], §1.1 rule 1: fever is a temperature ≥ 38.0 °C (the boundary counts, V03).
export function isFever(tempC: number): boolean {
  return tempC >= THRESHOLDS.feverC.value;
}

// §1.1 rule 9 [S2, S23] and §6.4: hypotension by SBP < 90 mmHg (configurable), optionally a % fall from baseline.
export function isHypotensiveSbp(sbp: number, config: GradingConfig, baselineSbp?: number): boolean {
  const h = config.hypotension;
  if (h.definition !== 'map' && sbp < h.sbpBelowMmHg) return true;
  return h.sbpFallFromBaselinePct !== null && baselineSbp !== undefined && sbp < baselineSbp * (1 - h.sbpFallFromBaselinePct / 100);
}

// §1.1 rule 9 (optional MAP) and §6.4: hypotension by MAP < 65 mmHg (configurable).
export function isHypotensiveMap(map: number, config: GradingConfig): boolean {
  return config.hypotension.definition !== 'sbp' && map < config.hypotension.mapBelowMmHg;
}

// §6.4: the "O2 requirement undocumented" prompt starts below SpO2 92 % (configurable); SpO2 never grades (§1.1 rule 10).
export function isLowSpo2(spo2: number, config: GradingConfig): boolean {
  return spo2 < config.spo2PromptBelowPct;
}

/** Whether a vital crosses the threshold a rule or prompt watches (what the monitor confirmation applies to). */
export function isAbnormal(param: VitalKind, value: number, config: GradingConfig, baselineSbp?: number): boolean {
  switch (param) {
    case 'temp':
      return isFever(value);
    case 'sbp':
      return isHypotensiveSbp(value, config, baselineSbp);
    case 'map':
      return isHypotensiveMap(value, config);
    case 'spo2':
      return isLowSpo2(value, config);
    default:
      return false;
  }
}

// ASTCT 2019 [S1, S2, S6], §1.1 rules 5 and 10: low-flow cannula (≤ 6 L/min) or blow-by = 2; high-flow (> 6 L/min),
// facemask, non-rebreather, Venturi = 3; CPAP, BiPAP, ventilation = 4. §6.4: a cannula without a flow is low-flow.
export function oxygenLevel(state: OxygenState): DomainLevel {
  const highFlow = state.flowLMin !== undefined && state.flowLMin > THRESHOLDS.lowFlowMaxLMin.value;
  switch (state.device) {
    case 'room_air':
      return 0;
    case 'blow_by':
      return 2;
    case 'nasal_cannula':
      return highFlow ? 3 : 2;
    case 'hfnc': // high-flow by definition; ASTCT defines high-flow by the flow, so a documented ≤ 6 L/min is low-flow
      return state.flowLMin === undefined || highFlow ? 3 : 2;
    case 'simple_face_mask':
    case 'venturi_mask':
    case 'non_rebreather':
      return 3;
    case 'cpap':
    case 'bipap':
    case 'invasive_ventilation':
      return 4;
  }
}

/** Device order from least to most support (the order the vignette schema lists them), for ties within a level. */
const DEVICE_RANK: Record<O2Device, number> = {
  room_air: 0,
  blow_by: 1,
  nasal_cannula: 2,
  hfnc: 3,
  simple_face_mask: 4,
  venturi_mask: 5,
  non_rebreather: 6,
  cpap: 7,
  bipap: 8,
  invasive_ventilation: 9,
};

// §1.2 [Design] and §6.4: only oxygen above the patient's baseline counts: a higher level, or (same level) a more
// supportive device or the same device at a higher documented flow. An unknown baseline flow is not exceeded.
export function isAboveBaseline(state: OxygenState, baseline: OxygenState): boolean {
  const level = oxygenLevel(state);
  const base = oxygenLevel(baseline);
  if (level !== base) return level > base;
  if (level === 0) return false;
  if (DEVICE_RANK[state.device] !== DEVICE_RANK[baseline.device]) return DEVICE_RANK[state.device] > DEVICE_RANK[baseline.device];
  return state.flowLMin !== undefined && baseline.flowLMin !== undefined && state.flowLMin > baseline.flowLMin;
}

export type VasopressorRole = 'counts' | 'vasopressin' | 'not_counted';

// §6.4 and §1.2: norepinephrine, epinephrine, phenylephrine, dopamine, angiotensin II count; vasopressin never adds
// to the count; inotropes (dobutamine, milrinone) and oral midodrine are not vasopressors for grading.
export function vasopressorRole(drug: VasoactiveDrug): VasopressorRole {
  if (drug === 'vasopressin') return 'vasopressin';
  if (drug === 'dobutamine' || drug === 'milrinone' || drug === 'midodrine') return 'not_counted';
  return 'counts';
}

// §6.4: a vasopressor titrated to dose 0 counts as stopped, like a documented stop.
export function stopsVasopressor(e: Pick<VasopressorEvent, 'action' | 'dose'>): boolean {
  return e.action === 'stop' || e.dose === 0;
}

export interface VasopressorLevel {
  readonly level: DomainLevel;
  readonly countExclVasopressin: number;
  readonly vasopressinActive: boolean;
}

// ASTCT 2019 [S1, S2], §1.1 rules 7–8: one vasopressor ± vasopressin = 3; several excluding vasopressin = 4; not by
// dose. §1.2 [Design]: vasopressin alone = "a vasopressor" (3), flagged for review.
export function vasopressorLevel(drugs: Iterable<VasoactiveDrug>): VasopressorLevel {
  const list = [...new Set(drugs)];
  const count = list.filter((d) => vasopressorRole(d) === 'counts').length;
  const vasopressinActive = list.includes('vasopressin');
  const level: DomainLevel = count >= 2 ? 4 : count === 1 || vasopressinActive ? 3 : 0;
  return { level, countExclVasopressin: count, vasopressinActive };
}

const MASKING_CLASSES: ReadonlySet<MedicationEvent['drugClass']> = new Set(['antipyretic', 'anti_il6', 'corticosteroid', 'il1_antagonist']);

// ASTCT 2019 [S1, S2, S3], §1.1 rule 2 and §6.4: an antipyretic, anti-IL-6, IL-1 blocker or corticosteroid given for
// anything but premedication can mask fever (whether it is after CRS onset is checked by the CRS course).
export function masksFever(med: MedicationEvent): boolean {
  return MASKING_CLASSES.has(med.drugClass) && med.indication !== 'premedication';
}

// ASTCT 2019 [S1, S2], §1.1 table and rule 3: fever (measured or masked) plus the worse of hypotension and hypoxia.
export function crsGrade(feverMet: boolean, hypotension: DomainLevel, hypoxia: DomainLevel): CrsGrade {
  if (!feverMet) return 0;
  return Math.max(1, hypotension, hypoxia) as CrsGrade;
}
