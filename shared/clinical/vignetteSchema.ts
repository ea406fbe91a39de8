// The external vignette file format (../shared/fixtures/vignettes/vignettes.schema.json, draft 2020-12) as zod.
// Fields the grading does not need (title, rationale, expected) are optional here; unknown fields are ignored, as
// the JSON Schema allows. Every field the engine reads is type-checked, so a bad file names the bad field.
import { z } from 'zod';

const num = z.number().finite();
const source = z.enum(['monitor', 'manual', 'staff', 'physician']).optional();
const common = { t_h: num, source };

export const vignetteOxygenStateSchema = z.object({
  device: z.enum(['room_air', 'blow_by', 'nasal_cannula', 'hfnc', 'simple_face_mask', 'venturi_mask', 'non_rebreather', 'cpap', 'bipap', 'invasive_ventilation']),
  flow_l_min: num.min(0).optional(),
  fio2: num.min(0.21).max(1).optional(),
});

const item = (max: number) => z.number().int().min(0).max(max);

export const vignetteEventSchema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    kind: z.literal('vitals'),
    temp_c: num.optional(),
    /** Not in the published schema: accepted so that °F entry can be exercised end to end. */
    temp_f: num.optional(),
    sbp: num.optional(),
    map: num.optional(),
    hr: num.optional(),
    rr: num.optional(),
    spo2: num.min(0).max(100).optional(),
  }),
  z.object({ ...common, kind: z.literal('oxygen'), ...vignetteOxygenStateSchema.shape }),
  z.object({
    ...common,
    kind: z.literal('vasopressor'),
    drug: z.enum(['norepinephrine', 'epinephrine', 'phenylephrine', 'dopamine', 'vasopressin', 'angiotensin_ii']),
    action: z.enum(['start', 'titrate', 'stop']),
    dose: num.optional(),
    dose_unit: z.string().optional(),
  }),
  z.object({
    ...common,
    kind: z.literal('medication'),
    drug: z.string(),
    class: z.enum(['antipyretic', 'anti_il6', 'corticosteroid', 'il1_antagonist', 'antiseizure', 'sedative', 'antihistamine', 'other']),
    dose_text: z.string().optional(),
    indication: z.enum(['premedication', 'prophylaxis', 'crs', 'icans', 'iec_hs', 'other']).optional(),
  }),
  z.object({ ...common, kind: z.literal('fluid_bolus'), volume_ml: num.optional(), indication: z.string().optional() }),
  z.object({
    ...common,
    kind: z.literal('neuro'),
    ice_total: z.number().int().min(0).max(10).nullable().optional(),
    ice_items: z.strictObject({ orientation: item(4), naming: item(3), following_commands: item(1), writing: item(1), attention: item(1) }).partial().optional(),
    ice_not_assessable_reason: z.string().optional(),
    consciousness: z.enum(['alert', 'awakens_spontaneously', 'awakens_to_voice', 'awakens_to_tactile', 'unarousable']).optional(),
    global_aphasia: z.boolean().optional(),
    deep_focal_motor_weakness: z.boolean().optional(),
    icp_signs: z.array(z.enum(['papilledema', 'cranial_nerve_vi_palsy', 'decerebrate_posturing', 'decorticate_posturing', 'cushing_triad'])).optional(),
    other_findings: z.array(z.string()).optional(),
  }),
  z.object({
    ...common,
    kind: z.literal('seizure'),
    seizure_type: z.enum(['clinical_focal', 'clinical_generalized', 'nonconvulsive_eeg']),
    duration_min: num.optional(),
    resolved: z.boolean().optional(),
    repetitive_without_return_to_baseline: z.boolean().optional(),
  }),
  z.object({ ...common, kind: z.literal('imaging'), modality: z.enum(['CT', 'MRI']).optional(), finding: z.enum(['normal', 'focal_edema', 'diffuse_cerebral_edema', 'intracranial_hemorrhage', 'other']) }),
  z.object({
    ...common,
    kind: z.literal('attribution'),
    target: z.enum(['fever', 'hypotension', 'hypoxia', 'depressed_consciousness']),
    cause: z.string().optional(),
    active: z.boolean(),
    effective_from_h: num.optional(),
  }),
  z.object({ ...common, kind: z.literal('note'), text: z.string().optional() }),
]);
export type VignetteEvent = z.infer<typeof vignetteEventSchema>;

const grade = z.number().int().min(0).max(5);
const icansGrade = z.union([grade, z.literal('not_assessable')]);

export const vignetteSchema = z.object({
  id: z.string().regex(/^V[0-9]{2}$/, 'expected an id like "V01"'),
  title: z.string().optional(),
  categories: z.array(z.string()).optional(),
  product: z.enum(['ide-cel', 'cilta-cel', 'other']).nullable().optional(),
  patient: z.object({ weight_kg: num.optional(), baseline_o2: vignetteOxygenStateSchema.optional() }).optional(),
  timeline: z.array(vignetteEventSchema),
  evaluate_at_h: num,
  expected: z
    .object({
      crs_grade_current: grade,
      crs_grade_max: grade,
      icans_grade_current: icansGrade,
      icans_grade_max: icansGrade,
      flags: z.array(z.string()).optional(),
      derived_at_evaluation: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  rationale: z.string().optional(),
});
export type Vignette = z.infer<typeof vignetteSchema>;

export const vignetteFileSchema = z.object({
  schema_version: z.string().optional(),
  conventions: z.record(z.string(), z.unknown()).optional(),
  flag_vocabulary: z.record(z.string(), z.string()).optional(),
  vignettes: z.array(vignetteSchema).min(1),
});
export type VignetteFile = z.infer<typeof vignetteFileSchema>;

/** The first problem in a file that does not parse, as one line: "vignettes[2].timeline[4].flow_l_min: expected number, received string". */
export function describeVignetteError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid vignette file';
  const path = issue.path.reduce<string>((p, key) => (typeof key === 'number' ? `${p}[${key}]` : p ? `${p}.${String(key)}` : String(key)), '');
  const message = issue.message.replace(/^Invalid input: /, '');
  return `${path || '(top level)'}: ${message}`;
}
