// THE one table of limits for values typed by hand (vital signs and bedside labs), each row with its source.
// HARD: refused, the field named. PLAUSIBILITY: asked "are you sure?" with the value repeated, then stored and marked.
// Nothing here is clinical sign-off: every row NEEDS CLINICAL SIGN-OFF before use on a ward.
// Sources:
// [CLIF] CLIF consortium, clifpy `clifpy/schemas/outlier_config.yaml` (github.com/Common-Longitudinal-ICU-data-Format/clifpy,
//        commit 149ea932): values outside are treated as implausible; units from `clifpy/schemas/labs_schema.yaml`
//        (lab_reference_units), which are Vigil's canonical units for the rows below.
// [Def]  definitional: a saturation is at most 100 %; systolic is above diastolic, the mean between them; none is negative.
// [Hypo] lowest body temperature documented with recovery 13.0 °C (Wikipedia "Hypothermia", revision 432361910,
//        citing a 2010 Swedish drowning case): secondary source, primary publication NOT verified.
// [Heat] highest body temperature survived 46.5 °C (115.7 °F), heat stroke, Grady Memorial Hospital 1980 (Guinness record,
//        as reported by secondary sources): primary publication NOT verified.
import type { VitalParam } from '../params';

export interface EntryRange {
  readonly min: number;
  readonly max: number;
  /** Vigil's canonical unit (UCUM) of the bounds. */
  readonly unit: string;
  readonly source: string;
}

/** Values outside are refused (besides the rules for every param: never negative; systolic > diastolic). */
export const VITAL_HARD_RANGES: Partial<Record<VitalParam, EntryRange>> = {
  spo2: { min: 0, max: 100, unit: '%', source: '[Def] a saturation is a percentage of haemoglobin: at most 100 %. Needs clinical sign-off.' },
  temp: { min: 13.0, max: 46.5, unit: 'Cel', source: '[Hypo] 13.0 °C and [Heat] 46.5 °C, the survived extremes (primary sources not verified). Needs clinical sign-off.' },
};

/** Values outside are questioned, then kept marked as confirmed-implausible. */
export const VITAL_PLAUSIBLE_RANGES: Partial<Record<VitalParam, EntryRange>> = {
  hr: { min: 0, max: 300, unit: '/min', source: '[CLIF] vitals.heart_rate 0–300. Needs clinical sign-off.' },
  pr: { min: 0, max: 300, unit: '/min', source: '[CLIF] vitals.heart_rate 0–300 (the pulse rate is the same rate). Needs clinical sign-off.' },
  spo2: { min: 50, max: 100, unit: '%', source: '[CLIF] vitals.spo2 50–100. Needs clinical sign-off.' },
  rr: { min: 0, max: 60, unit: '/min', source: '[CLIF] vitals.respiratory_rate 0–60. Needs clinical sign-off.' },
  temp: { min: 32, max: 44, unit: 'Cel', source: '[CLIF] vitals.temp_c 32–44. Needs clinical sign-off.' },
  nibp_sys: { min: 0, max: 300, unit: 'mm[Hg]', source: '[CLIF] vitals.sbp 0–300. Needs clinical sign-off.' },
  abp_sys: { min: 0, max: 300, unit: 'mm[Hg]', source: '[CLIF] vitals.sbp 0–300. Needs clinical sign-off.' },
  nibp_dia: { min: 0, max: 200, unit: 'mm[Hg]', source: '[CLIF] vitals.dbp 0–200. Needs clinical sign-off.' },
  abp_dia: { min: 0, max: 200, unit: 'mm[Hg]', source: '[CLIF] vitals.dbp 0–200. Needs clinical sign-off.' },
  nibp_mean: { min: 0, max: 250, unit: 'mm[Hg]', source: '[CLIF] vitals.map 0–250. Needs clinical sign-off.' },
  abp_mean: { min: 0, max: 250, unit: 'mm[Hg]', source: '[CLIF] vitals.map 0–250. Needs clinical sign-off.' },
  // etco2: no cited plausibility range; only the hard rules apply.
};

/** Per Vigil lab code (shared/labs.ts), in the test's canonical unit; tests without a cited range are only checked as never negative. */
export const LAB_PLAUSIBLE_RANGES: Readonly<Record<string, EntryRange>> = {
  wbc: { min: 0, max: 500, unit: '10*3/uL', source: '[CLIF] labs.wbc 0–500 10^3/µL. Needs clinical sign-off.' },
  anc: { min: 0, max: 50, unit: '10*3/uL', source: '[CLIF] labs.neutrophils_absolute 0–50 10^3/µL. Needs clinical sign-off.' },
  lymph: { min: 0, max: 50, unit: '10*3/uL', source: '[CLIF] labs.lymphocytes_absolute 0–50 10^3/µL. Needs clinical sign-off.' },
  hgb: { min: 2, max: 25, unit: 'g/dL', source: '[CLIF] labs.hemoglobin 2–25 g/dL. Needs clinical sign-off.' },
  plt: { min: 0, max: 2000, unit: '10*3/uL', source: '[CLIF] labs.platelet_count 0–2000 10^3/µL. Needs clinical sign-off.' },
  creat: { min: 0, max: 20, unit: 'mg/dL', source: '[CLIF] labs.creatinine 0–20 mg/dL. Needs clinical sign-off.' },
  alt: { min: 0, max: 20000, unit: 'U/L', source: '[CLIF] labs.alt 0–20000 U/L. Needs clinical sign-off.' },
  ast: { min: 0, max: 20000, unit: 'U/L', source: '[CLIF] labs.ast 0–20000 U/L. Needs clinical sign-off.' },
  bili: { min: 0, max: 80, unit: 'mg/dL', source: '[CLIF] labs.bilirubin_total 0–80 mg/dL. Needs clinical sign-off.' },
  ldh: { min: 0, max: 10000, unit: 'U/L', source: '[CLIF] labs.ldh 0–10000 U/L. Needs clinical sign-off.' },
  na: { min: 90, max: 210, unit: 'mmol/L', source: '[CLIF] labs.sodium 90–210 mmol/L. Needs clinical sign-off.' },
  k: { min: 0, max: 15, unit: 'mmol/L', source: '[CLIF] labs.potassium 0–15 mmol/L. Needs clinical sign-off.' },
  pt: { min: 1, max: 200, unit: 's', source: '[CLIF] labs.pt 1–200 s. Needs clinical sign-off.' },
  inr: { min: 0, max: 15, unit: '{INR}', source: '[CLIF] labs.inr 0–15. Needs clinical sign-off.' },
  aptt: { min: 1, max: 200, unit: 's', source: '[CLIF] labs.ptt 1–200 s. Needs clinical sign-off.' },
  ph: { min: 6, max: 10, unit: '[pH]', source: '[CLIF] labs.ph_arterial 6–10. Needs clinical sign-off.' },
  pao2: { min: 0, max: 700, unit: 'mm[Hg]', source: '[CLIF] labs.po2_arterial 0–700 mmHg. Needs clinical sign-off.' },
  paco2: { min: 0, max: 250, unit: 'mm[Hg]', source: '[CLIF] labs.pco2_arterial 0–250 mmHg. Needs clinical sign-off.' },
  hco3: { min: 0, max: 50, unit: 'mmol/L', source: '[CLIF] labs.bicarbonate 0–50 mmol/L. Needs clinical sign-off.' },
  lactate: { min: 0, max: 30, unit: 'mmol/L', source: '[CLIF] labs.lactate 0–30 mmol/L. Needs clinical sign-off.' },
  crp: { min: 0, max: 1000, unit: 'mg/L', source: '[CLIF] labs.crp 0–1000 mg/L. Needs clinical sign-off.' },
  ferritin: { min: 0, max: 300000, unit: 'ng/mL', source: '[CLIF] labs.ferritin 0–300000 ng/mL. Needs clinical sign-off.' },
};
