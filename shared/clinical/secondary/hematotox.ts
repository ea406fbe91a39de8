// CAR-HEMATOTOX (Rejeski et al., Blood 2021) [S20, S21], §3.2 [K-verify]: a baseline risk score for severe
// haematotoxicity from five labs taken before lymphodepletion. Shown as a risk, never mixed into a CRS/ICANS grade.
// Where the table gives a point-bearing inequality (ANC < 1.2, Hb < 9.0, CRP > 3.0) the boundary value scores 0;
// the ranges 75–175 (platelets) and 650–2,000 (ferritin) include both ends, as the table writes them.
import type { LabAnalyte } from '../events';
import { THRESHOLDS } from '../thresholds';
import type { TimelineIndex } from '../timeline';
import { labValue } from '../values';

// §3.2: platelets > 175 ×10⁹/L = 0, 75–175 = 1, < 75 = 2.
export function plateletPoints(e9PerL: number): 0 | 1 | 2 {
  if (e9PerL > THRESHOLDS.hematotoxPlateletsHigh.value) return 0;
  return e9PerL >= THRESHOLDS.hematotoxPlateletsLow.value ? 1 : 2;
}

// §3.2: ANC < 1.2 ×10⁹/L (1,200/µL) = 1.
export function ancPoints(e9PerL: number): 0 | 1 {
  return e9PerL < THRESHOLDS.hematotoxAncBelow.value ? 1 : 0;
}

// §3.2: haemoglobin < 9.0 g/dL = 1.
export function hemoglobinPoints(gDl: number): 0 | 1 {
  return gDl < THRESHOLDS.hematotoxHbBelowGDl.value ? 1 : 0;
}

// §3.2: CRP > 3.0 mg/dL = 1 (mg/dL: a lab value in mg/L is converted first).
export function crpPoints(mgDl: number): 0 | 1 {
  return mgDl > THRESHOLDS.hematotoxCrpAboveMgDl.value ? 1 : 0;
}

// §3.2: ferritin < 650 ng/mL = 0, 650–2,000 = 1, > 2,000 = 2.
export function ferritinPoints(ngMl: number): 0 | 1 | 2 {
  if (ngMl < THRESHOLDS.hematotoxFerritinLow.value) return 0;
  return ngMl <= THRESHOLDS.hematotoxFerritinHigh.value ? 1 : 2;
}

export type HematotoxAnalyte = Extract<LabAnalyte, 'platelets' | 'anc' | 'hemoglobin' | 'crp' | 'ferritin'>;
export type HematotoxInputs = Partial<Record<HematotoxAnalyte, number>>;

const POINTS: Record<HematotoxAnalyte, (v: number) => number> = {
  platelets: plateletPoints,
  anc: ancPoints,
  hemoglobin: hemoglobinPoints,
  crp: crpPoints,
  ferritin: ferritinPoints,
};

export interface HematotoxResult {
  /** Sum of the points of the labs present (0–7 when complete). */
  readonly score: number;
  readonly complete: boolean;
  readonly missing: readonly HematotoxAnalyte[];
  readonly points: readonly { readonly analyte: HematotoxAnalyte; readonly value: number; readonly points: number }[];
  /** ≥ 2 is high risk even with labs missing; otherwise unknown (null) until all five are in. */
  readonly risk: 'low' | 'high' | null;
}

// Rejeski 2021 [S20, S21], §3.2: the five-lab score, 0–1 low risk, ≥ 2 high risk.
export function carHematotox(inputs: HematotoxInputs): HematotoxResult {
  const analytes = Object.keys(POINTS) as HematotoxAnalyte[];
  const points = analytes.flatMap((analyte) => {
    const value = inputs[analyte];
    return value === undefined ? [] : [{ analyte, value, points: POINTS[analyte](value) }];
  });
  const missing = analytes.filter((a) => inputs[a] === undefined);
  const score = points.reduce((sum, p) => sum + p.points, 0);
  const high = score >= THRESHOLDS.hematotoxHighRiskMin.value;
  return { score, complete: missing.length === 0, missing, points, risk: high ? 'high' : missing.length === 0 ? 'low' : null };
}

export interface BaselineHematotox extends HematotoxResult {
  /** The labs used are the latest at or before this time: the start of lymphodepletion, else the infusion. */
  readonly labsBefore: number;
  readonly timing: 'before_lymphodepletion' | 'before_infusion';
}

/** CAR-HEMATOTOX from the timeline's labs at baseline (about day −5, before lymphodepletion). */
export function baselineHematotox(ix: TimelineIndex): BaselineHematotox {
  const start = ix.timeline.lymphodepletionStartAt;
  const labsBefore = start ?? ix.infusionAt;
  const inputs: HematotoxInputs = {};
  for (const lab of ix.labs) {
    const analyte = lab.event.analyte;
    if (lab.event.time > labsBefore || !(analyte in POINTS)) continue;
    const v = labValue(lab.event);
    if (v) inputs[analyte as HematotoxAnalyte] = v.value; // in time order: the latest wins
  }
  return { ...carHematotox(inputs), labsBefore, timing: start === undefined ? 'before_infusion' : 'before_lymphodepletion' };
}
