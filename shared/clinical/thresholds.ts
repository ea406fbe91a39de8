// THE one table of clinical numbers. Every number the engine uses is here, with the source it comes from.
// Source tags: §n = ../shared/docs/clinical-rules.md section; [Sn] its numbered sources; [K]/[K-verify] the
// author's background knowledge; [Design] the document's own proposal; §6.4 = the interpretations Vigil takes.
// Nothing here is clinical sign-off: the clinical lead must confirm each value (clinical-rules.md, status line).
import { MINUTE_MS, HOUR_MS } from '../time';

export interface Threshold {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

export const THRESHOLDS = {
  // ---- CRS (ASTCT 2019, Lee et al.) ----
  feverC: { value: 38.0, unit: '°C', source: 'ASTCT 2019 (Lee et al.) [S1, S2]; §1.1 rule 1: fever is ≥ 38.0 °C' },
  lowFlowMaxLMin: { value: 6, unit: 'L/min', source: 'ASTCT 2019 [S2, S6]; §1.1 rule 5: low-flow ≤ 6 L/min, high-flow > 6 L/min' },
  hypotensionSbpBelowMmHg: { value: 90, unit: 'mmHg', source: '§1.1 rule 9 [S2, S23] adult default SBP < 90 mmHg [Design, configurable]; §6.1' },
  hypotensionMapBelowMmHg: { value: 65, unit: 'mmHg', source: '§1.1 rule 9 optional MAP < 65 mmHg [Design, configurable]; §6.1, §6.4' },
  vitalsWindowMs: { value: 2 * HOUR_MS, unit: 'ms', source: '§6.1 conventions: the latest vitals within 2 h' },
  feverLookbackMs: { value: 24 * HOUR_MS, unit: 'ms', source: '§1.2 "configurable look-back (e.g. 24 h)" [Design]; §6.1: results hold for 1–24 h' },
  episodeQuietMs: { value: 24 * HOUR_MS, unit: 'ms', source: '§1.2 [Design], §6.1: an episode ends after 24 h with no fever, hypotension, vasopressor or O2 above baseline' },
  monitorConfirmationMs: { value: 5 * MINUTE_MS, unit: 'ms', source: '§6.4 inputs: a monitor value grades after 5 min of consecutive readings or a nurse confirmation [configurable]' },
  spo2PromptBelowPct: { value: 92, unit: '%', source: '§6.4: "O2 requirement undocumented" prompt at SpO2 below 92 % [configurable]; §1.3' },

  // ---- ICANS (ASTCT 2019) ----
  iceNormal: { value: 10, unit: 'points', source: 'ASTCT ICE score [S1, S7, S8]; §2.1: 10 = no impairment' },
  iceGrade1Min: { value: 7, unit: 'points', source: 'ASTCT [S7]; §2.1: ICE 7–9 = grade 1' },
  iceGrade2Min: { value: 3, unit: 'points', source: 'ASTCT [S7]; §2.1: ICE 3–6 = grade 2, 0–2 = grade 3' },
  prolongedSeizureMin: { value: 5, unit: 'min', source: 'ASTCT [S7, S9]; §2.2: life-threatening prolonged seizure > 5 min = grade 4' },
  neuroWindowMs: { value: 12 * HOUR_MS, unit: 'ms', source: '§6.1 conventions and §6.4: the latest ICE score (and level of consciousness) within 12 h' },
  seizureWindowMs: { value: 24 * HOUR_MS, unit: 'ms', source: '§6.1 conventions: seizures within 24 h' },

  // ---- IEC-HS (Hines et al. 2023) [K-verify] ----
  iecHsFerritinFactor: { value: 2, unit: '× baseline or ULN', source: '§3.1 [Design]: flag ferritin > 2 × baseline or ULN with a rising trend after CRS improves [K-verify]' },
  hlhFerritinNgMl: { value: 10_000, unit: 'ng/mL', source: '§3.1 [Design], [S17]: separately flag ferritin > 10,000 ng/mL' },
  iecHsFibrinogenBelowMgDl: { value: 150, unit: 'mg/dL', source: '§3.1: hypofibrinogenaemia < 150 mg/dL [K-verify]' },
  iecHsTransaminaseFactor: { value: 5, unit: '× ULN', source: '§3.1: transaminases > 5 × ULN [K-verify]' },

  // ---- CAR-HEMATOTOX (Rejeski et al., Blood 2021) [K-verify] ----
  hematotoxPlateletsHigh: { value: 175, unit: '10⁹/L', source: '§3.2 table [K-verify], [S20]: platelets > 175,000/µL = 0 points' },
  hematotoxPlateletsLow: { value: 75, unit: '10⁹/L', source: '§3.2 table [K-verify]: platelets < 75,000/µL = 2 points, 75,000–175,000 = 1' },
  hematotoxAncBelow: { value: 1.2, unit: '10⁹/L', source: '§3.2 table [K-verify]: ANC < 1,200/µL = 1 point' },
  hematotoxHbBelowGDl: { value: 9.0, unit: 'g/dL', source: '§3.2 table [K-verify]: haemoglobin < 9.0 g/dL = 1 point' },
  hematotoxCrpAboveMgDl: { value: 3.0, unit: 'mg/dL', source: '§3.2 table [K-verify]: CRP > 3.0 mg/dL = 1 point (mg/dL, not mg/L)' },
  hematotoxFerritinLow: { value: 650, unit: 'ng/mL', source: '§3.2 table [K-verify]: ferritin < 650 ng/mL = 0 points, 650–2,000 = 1' },
  hematotoxFerritinHigh: { value: 2000, unit: 'ng/mL', source: '§3.2 table [K-verify]: ferritin > 2,000 ng/mL = 2 points' },
  hematotoxHighRiskMin: { value: 2, unit: 'points', source: '§3.2 [S20, S21]: 0–1 low risk, ≥ 2 high risk' },

  // ---- NEWS2 (RCP 2017) [S57, S58]: the scoring bands are in NEWS2_BANDS below ----
  news2OxygenPoints: { value: 2, unit: 'points', source: 'NEWS2 [S57]; §5.2: supplemental oxygen scores 2' },
  news2ConsciousnessPoints: { value: 3, unit: 'points', source: 'NEWS2 [S57]; §5.2: new confusion, voice, pain, unresponsive = 3' },
  news2SingleParameterRed: { value: 3, unit: 'points', source: 'NEWS2 response [S58]; §5.2: 3 in any single parameter = urgent ward-based response' },
  news2MediumMin: { value: 5, unit: 'points', source: 'NEWS2 response [S58]; §5.2: 5–6 urgent review within 1 h' },
  news2HighMin: { value: 7, unit: 'points', source: 'NEWS2 response [S58]; §5.2: ≥ 7 emergency response' },
} as const satisfies Record<string, Threshold>;

export type ThresholdKey = keyof typeof THRESHOLDS;

export interface BandTable {
  /** [upper edge, inclusive; points], in ascending order; the last row catches everything above. */
  readonly bands: readonly (readonly [number, number])[];
  readonly unit: string;
  readonly source: string;
}

/** NEWS2 scoring bands (RCP 2017), §5.2. Integer bands are read as upper edges so that no value falls between rows. */
export const NEWS2_BANDS = {
  rr: { bands: [[8, 3], [11, 1], [20, 0], [24, 2], [Infinity, 3]], unit: '/min', source: 'NEWS2 [S57]; §5.2 respiration rate' },
  spo2Scale1: { bands: [[91, 3], [93, 2], [95, 1], [Infinity, 0]], unit: '%', source: 'NEWS2 [S57]; §5.2 SpO2 scale 1' },
  spo2Scale2: { bands: [[83, 3], [85, 2], [87, 1], [92, 0]], unit: '%', source: 'NEWS2 [S57]; §5.2 SpO2 scale 2 up to 92 % (hypercapnic respiratory failure only)' },
  spo2Scale2OnOxygen: { bands: [[94, 1], [96, 2], [Infinity, 3]], unit: '%', source: 'NEWS2 [S57]; §5.2 SpO2 scale 2 at ≥ 93 % on oxygen (≥ 93 % on air scores 0)' },
  sbp: { bands: [[90, 3], [100, 2], [110, 1], [219, 0], [Infinity, 3]], unit: 'mmHg', source: 'NEWS2 [S57]; §5.2 systolic BP' },
  pulse: { bands: [[40, 3], [50, 1], [90, 0], [110, 1], [130, 2], [Infinity, 3]], unit: '/min', source: 'NEWS2 [S57]; §5.2 pulse' },
  temp: { bands: [[35.0, 3], [36.0, 1], [38.0, 0], [39.0, 1], [Infinity, 2]], unit: '°C', source: 'NEWS2 [S57]; §5.2 temperature (NOT the ASTCT fever rule: 38.0 °C scores 0 here)' },
} as const satisfies Record<string, BandTable>;

/** A threshold as cited in evidence: its key, value, unit and source. */
export interface ThresholdRef extends Threshold {
  readonly key: string;
}

export function cite(key: ThresholdKey, value?: number): ThresholdRef {
  const t: Threshold = THRESHOLDS[key];
  return { key, value: value ?? t.value, unit: t.unit, source: t.source };
}
