// The neurology events of the clinical event model: ICE item by item, level of consciousness, motor and ICP
// findings, findings outside ICANS, seizures and neuroimaging (see events.ts).
import { z } from 'zod';
import { base } from './eventBase';

/** ICE item by item (§2.1, ten points): each item true when done correctly. */
export const ICE_ITEMS = [
  'orientationYear',
  'orientationMonth',
  'orientationCity',
  'orientationHospital',
  'namesObject1',
  'namesObject2',
  'namesObject3',
  'followsCommands',
  'writesSentence',
  'countsBackwards',
] as const;
export type IceItem = (typeof ICE_ITEMS)[number];

/** An ICE result: the ten items, or the five domain scores, or (imported data only) just the total. */
export const iceSchema = z.discriminatedUnion('form', [
  z.object({ form: z.literal('items'), items: z.object(Object.fromEntries(ICE_ITEMS.map((i) => [i, z.boolean()])) as Record<IceItem, z.ZodBoolean>) }),
  z.object({
    form: z.literal('domains'),
    orientation: z.number().int().min(0).max(4),
    naming: z.number().int().min(0).max(3),
    followingCommands: z.number().int().min(0).max(1),
    writing: z.number().int().min(0).max(1),
    attention: z.number().int().min(0).max(1),
  }),
  z.object({ form: z.literal('total'), total: z.number().int().min(0).max(10) }),
]);
export type IceResult = z.infer<typeof iceSchema>;

/** Level of consciousness (ASTCT ICANS table); `alert` = normal. */
export const CONSCIOUSNESS_LEVELS = ['alert', 'awakens_spontaneously', 'awakens_to_voice', 'awakens_to_tactile', 'unarousable'] as const;
export type ConsciousnessLevel = (typeof CONSCIOUSNESS_LEVELS)[number];

/** Clinical signs of raised intracranial pressure (ICANS grade 4). */
export const ICP_SIGNS = ['papilledema', 'cranial_nerve_vi_palsy', 'decerebrate_posturing', 'decorticate_posturing', 'cushing_triad'] as const;
export type IcpSign = (typeof ICP_SIGNS)[number];

/**
 * Suggested codes for findings outside ICANS (§2.2, §2.5): free text is accepted too, and classified by
 * secondary/neurotox.ts. Cranial nerve palsies are written cranial_nerve_<roman>_palsy.
 */
export const OTHER_NEURO_FINDINGS = [
  'parkinsonism',
  'micrographia',
  'cranial_nerve_vii_palsy',
  'guillain_barre',
  'tremor',
  'myoclonus',
  'headache',
  'intracranial_hemorrhage',
] as const;

/** A bedside neuro assessment: ICE, level of consciousness, motor and ICP findings, other findings. */
export const neuroAssessmentSchema = z.object({
  ...base,
  kind: z.literal('neuro'),
  ice: iceSchema.optional(),
  /** Why ICE could not be done (intubated, sedated, unarousable, …). */
  iceNotAssessableReason: z.string().optional(),
  consciousness: z.enum(CONSCIOUSNESS_LEVELS).optional(),
  /** New confusion (the C of ACVPU, for NEWS2 only). */
  newConfusion: z.boolean().optional(),
  globalAphasia: z.boolean().optional(),
  deepFocalMotorWeakness: z.boolean().optional(),
  icpSigns: z.array(z.enum(ICP_SIGNS)).optional(),
  otherFindings: z.array(z.string().min(1)).optional(),
});
export type NeuroAssessment = z.infer<typeof neuroAssessmentSchema>;

export const SEIZURE_TYPES = ['clinical_focal', 'clinical_generalized', 'nonconvulsive_eeg'] as const;
export const seizureSchema = z.object({
  ...base,
  kind: z.literal('seizure'),
  seizureType: z.enum(SEIZURE_TYPES),
  durationMin: z.number().nonnegative().optional(),
  resolved: z.boolean().optional(),
  repetitiveWithoutReturnToBaseline: z.boolean().optional(),
});
export type SeizureEvent = z.infer<typeof seizureSchema>;

export const IMAGING_FINDINGS = ['normal', 'focal_edema', 'diffuse_cerebral_edema', 'intracranial_hemorrhage', 'other'] as const;
/** Neuroimaging; a finding stands until newer imaging replaces it (§6.1). */
export const imagingSchema = z.object({ ...base, kind: z.literal('imaging'), modality: z.enum(['CT', 'MRI']).optional(), finding: z.enum(IMAGING_FINDINGS) });
export type ImagingEvent = z.infer<typeof imagingSchema>;
