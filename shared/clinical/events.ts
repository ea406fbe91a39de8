// The clinical event model: what the grading engine reads and what the episode record stores.
// Every event has a `kind`, a `time` (UTC milliseconds: when it happened, not when it was typed in) and a `source`.
// Values are in fixed units named in each field (°C or °F for temperature, mmHg, L/min, mL, minutes).
import { z } from 'zod';
import { base } from './eventBase';
import { imagingSchema, neuroAssessmentSchema, seizureSchema } from './neuroEvents';

export { EVENT_SOURCES, type EventSource } from './eventBase';
export * from './neuroEvents';

// ---- vital signs --------------------------------------------------------------------------------------------------

/** The vital signs grading and NEWS2 use. sbp and map come from NIBP or an arterial line. */
export const VITAL_KINDS = ['temp', 'sbp', 'map', 'hr', 'rr', 'spo2'] as const;
export type VitalKind = (typeof VITAL_KINDS)[number];

/** Temperature units (UCUM): Celsius or Fahrenheit; °F is converted exactly, never rounded early. */
export const TEMPERATURE_UNITS = ['Cel', '[degF]'] as const;

export const vitalSchema = z.object({
  ...base,
  kind: z.literal('vital'),
  source: z.enum(['monitor', 'manual']),
  param: z.enum(VITAL_KINDS),
  value: z.number().finite(),
  /** UCUM: 'Cel' or '[degF]' for temp, 'mm[Hg]' for pressures, '/min' for hr/rr, '%' for spo2. */
  unit: z.string().min(1),
  /** Temperature site where known: core, tympanic, oral, axillary, … (peripheral probes read low, §1.2). */
  site: z.string().optional(),
  /** A nurse validated this value (§5.1): it grades without waiting for persistence. */
  confirmed: z.boolean().optional(),
  device: z.string().optional(),
});
export type VitalReading = z.infer<typeof vitalSchema>;

// ---- oxygen support -----------------------------------------------------------------------------------------------

/** Oxygen devices; `room_air` means no supplemental oxygen. Order: none, low-flow, high-flow/mask, positive pressure. */
export const O2_DEVICES = [
  'room_air',
  'blow_by',
  'nasal_cannula',
  'hfnc',
  'simple_face_mask',
  'venturi_mask',
  'non_rebreather',
  'cpap',
  'bipap',
  'invasive_ventilation',
] as const;
export type O2Device = (typeof O2_DEVICES)[number];

export const oxygenStateSchema = z.object({
  device: z.enum(O2_DEVICES),
  flowLMin: z.number().nonnegative().optional(),
  fio2: z.number().min(0.21).max(1).optional(),
});
export type OxygenState = z.infer<typeof oxygenStateSchema>;

/** Sets the oxygen support from `time` on (start or change); device `room_air` stops it. */
export const oxygenSchema = z.object({ ...base, kind: z.literal('oxygen'), ...oxygenStateSchema.shape });
export type OxygenEvent = z.infer<typeof oxygenSchema>;

// ---- vasoactive drugs ---------------------------------------------------------------------------------------------

/** Vasopressors that count (§6.4), vasopressin (never adds to the count), and agents that do not count (§1.2). */
export const VASOACTIVE_DRUGS = [
  'norepinephrine',
  'epinephrine',
  'phenylephrine',
  'dopamine',
  'angiotensin_ii',
  'vasopressin',
  'dobutamine',
  'milrinone',
  'midodrine',
] as const;
export type VasoactiveDrug = (typeof VASOACTIVE_DRUGS)[number];

export const vasopressorSchema = z.object({
  ...base,
  kind: z.literal('vasopressor'),
  drug: z.enum(VASOACTIVE_DRUGS),
  action: z.enum(['start', 'titrate', 'stop']),
  dose: z.number().nonnegative().optional(),
  doseUnit: z.string().optional(),
});
export type VasopressorEvent = z.infer<typeof vasopressorSchema>;

// ---- medications and fluids ---------------------------------------------------------------------------------------

/** Drug classes: the first four can mask fever (§1.1 rule 2); tocilizumab/siltuximab are anti_il6, anakinra il1_antagonist. */
export const MEDICATION_CLASSES = ['antipyretic', 'anti_il6', 'corticosteroid', 'il1_antagonist', 'antiseizure', 'sedative', 'antihistamine', 'other'] as const;
export type MedicationClass = (typeof MEDICATION_CLASSES)[number];

/** Why it was given. `premedication` never switches on the masked-fever rule (§1.1 rule 2, V17). */
export const MEDICATION_INDICATIONS = ['premedication', 'prophylaxis', 'crs', 'icans', 'iec_hs', 'other'] as const;
export type MedicationIndication = (typeof MEDICATION_INDICATIONS)[number];

export const medicationSchema = z.object({
  ...base,
  kind: z.literal('medication'),
  drug: z.string().min(1),
  drugClass: z.enum(MEDICATION_CLASSES),
  indication: z.enum(MEDICATION_INDICATIONS).optional(),
  doseText: z.string().optional(),
});
export type MedicationEvent = z.infer<typeof medicationSchema>;

export const fluidBolusSchema = z.object({ ...base, kind: z.literal('fluid_bolus'), volumeMl: z.number().nonnegative().optional(), indication: z.string().optional() });
export type FluidBolusEvent = z.infer<typeof fluidBolusSchema>;

// ---- attribution, labs, notes -------------------------------------------------------------------------------------

export const ATTRIBUTION_TARGETS = ['fever', 'hypotension', 'hypoxia', 'depressed_consciousness'] as const;
export type AttributionTarget = (typeof ATTRIBUTION_TARGETS)[number];

/**
 * A physician attributes a sign to another cause (active: true) or withdraws that (active: false). It applies to
 * readings timed from `effectiveFrom` (default: `time`) until withdrawn. Only source 'physician' takes effect.
 */
export const attributionSchema = z.object({
  ...base,
  kind: z.literal('attribution'),
  target: z.enum(ATTRIBUTION_TARGETS),
  cause: z.string().optional(),
  active: z.boolean(),
  effectiveFrom: z.number().finite().optional(),
});
export type AttributionEvent = z.infer<typeof attributionSchema>;

export const LAB_ANALYTES = ['ferritin', 'crp', 'platelets', 'anc', 'hemoglobin', 'fibrinogen', 'alt', 'ast', 'ldh', 'creatinine'] as const;
export type LabAnalyte = (typeof LAB_ANALYTES)[number];

/** A lab result; units are converted by labs.ts (e.g. CRP mg/L → mg/dL). `uln`/`lln` are the lab's limits, same unit. */
export const labSchema = z.object({
  ...base,
  kind: z.literal('lab'),
  analyte: z.enum(LAB_ANALYTES),
  value: z.number().finite(),
  unit: z.string().min(1),
  uln: z.number().positive().optional(),
  lln: z.number().nonnegative().optional(),
});
export type LabResult = z.infer<typeof labSchema>;

export const noteSchema = z.object({ ...base, kind: z.literal('note'), text: z.string() });
export type NoteEvent = z.infer<typeof noteSchema>;

export const clinicalEventSchema = z.discriminatedUnion('kind', [
  vitalSchema,
  oxygenSchema,
  vasopressorSchema,
  medicationSchema,
  fluidBolusSchema,
  neuroAssessmentSchema,
  seizureSchema,
  imagingSchema,
  attributionSchema,
  labSchema,
  noteSchema,
]);
export type ClinicalEvent = z.infer<typeof clinicalEventSchema>;
export type ClinicalEventKind = ClinicalEvent['kind'];

// ---- the patient and the timeline ---------------------------------------------------------------------------------

export const PRODUCTS = ['ide-cel', 'cilta-cel', 'other'] as const;

export const patientContextSchema = z.object({
  /** Home or pre-infusion oxygen (e.g. COPD): only support above it counts (§1.2). */
  baselineO2: oxygenStateSchema.default({ device: 'room_air' }),
  product: z.enum(PRODUCTS).nullable().optional(),
  weightKg: z.number().positive().optional(),
  /** Documented hypercapnic respiratory failure with an 88–92 % target: NEWS2 SpO2 scale 2 (§5.2). */
  hypercapnicRespiratoryFailure: z.boolean().optional(),
});
export type PatientContext = z.infer<typeof patientContextSchema>;

/** Everything the engine grades from: the patient, the infusion time and the events (any order). */
export const timelineSchema = z.object({
  /** Start of the CAR-T infusion, UTC ms: CRS onset counts only from here. */
  infusionAt: z.number().finite(),
  /** First day of lymphodepletion, UTC ms, where known: CAR-HEMATOTOX uses labs up to it. */
  lymphodepletionStartAt: z.number().finite().optional(),
  patient: patientContextSchema.prefault({}),
  events: z.array(clinicalEventSchema),
});
export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineInput = z.input<typeof timelineSchema>;
