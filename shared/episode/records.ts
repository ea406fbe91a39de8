// What staff document in the episode record, as zod schemas: each form field is named so an error can name it.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const utcMs = z.number().int().positive();
const name = z.string().trim().min(2).max(120);
const note = z.string().trim().max(2000).default('');

/** What the record holds when staff type nothing else: stored in English, each window says it in its own language. */
export const RECORD_DEFAULTS = { allergies: 'none known', diagnosis: 'Multiple myeloma', regimen: 'Fludarabine/cyclophosphamide' } as const;

export const baselineOxygenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('room_air') }),
  z.object({ kind: z.literal('home_o2'), flowLMin: z.number().positive().max(15) }),
]);

export const admissionSchema = z.object({
  mrn: z.string().trim().min(1).max(40),
  name,
  birthDate: isoDate,
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  weightKg: z.number().min(20).max(300),
  heightCm: z.number().min(100).max(230),
  allergies: z.string().trim().max(500).default(RECORD_DEFAULTS.allergies),
  diagnosis: z.string().trim().min(2).max(200).default(RECORD_DEFAULTS.diagnosis),
  baselineOxygen: baselineOxygenSchema.default({ kind: 'room_air' }),
  productCode: z.string().min(2).max(40),
  treatingPhysician: name,
  plannedObservationDays: z.number().int().min(1).max(60).optional(),
});
export type Admission = z.infer<typeof admissionSchema>;

export const lymphodepletionSchema = z.object({
  regimen: z.string().trim().min(2).max(200).default(RECORD_DEFAULTS.regimen),
  fludarabineMgPerM2: z.number().min(0).max(100).nullable(),
  cyclophosphamideMgPerM2: z.number().min(0).max(3000).nullable(),
  days: z.array(isoDate).min(1).max(10),
});

export const infectionScreeningSchema = z.object({
  result: z.enum(['negative', 'positive', 'pending']),
  date: isoDate,
  activeInfection: z.boolean(),
  notes: note,
});

export const cnsEvaluationSchema = z.object({
  historyOfCnsDisease: z.boolean(),
  assessmentDone: z.boolean(),
  decision: z.enum(['proceed', 'postpone']),
  physicianName: name,
  notes: note,
});

export const seizureProphylaxisSchema = z.discriminatedUnion('given', [
  z.object({ given: z.literal(true), drug: z.string().trim().min(2).default('Levetiracetam'), doseMg: z.number().positive().max(3000), frequency: z.string().trim().min(2).max(40), startDate: isoDate }),
  z.object({ given: z.literal(false), reason: z.string().trim().min(3).max(500) }),
]);

export const vitalsSetSchema = z.object({
  time: utcMs,
  source: z.enum(['monitor', 'manual']),
  hr: z.number().min(20).max(250).nullable(),
  sbp: z.number().min(40).max(260).nullable(),
  dbp: z.number().min(20).max(180).nullable(),
  spo2: z.number().min(50).max(100).nullable(),
  rr: z.number().min(4).max(60).nullable(),
  tempC: z.number().min(30).max(43).nullable(),
});

export const baselineSchema = vitalsSetSchema.extend({ iceScore: z.number().int().min(0).max(10) });

export const timingOverrideSchema = z.object({ reason: z.string().trim().min(5).max(1000) });

/** What a baseline outside the thresholds can show (shared/episode/baselineFindings.ts). */
export const BASELINE_FINDINGS = ['fever', 'hypotension', 'low_spo2'] as const;

/** A physician's reason the infusion may go ahead although the baseline is outside the thresholds (these findings). */
export const baselineAcknowledgementSchema = z.object({
  findings: z.array(z.enum(BASELINE_FINDINGS)).min(1).max(3),
  reason: z.string().trim().min(5).max(1000),
});

export const CHECKLIST_ITEMS = {
  lymphodepletion: lymphodepletionSchema,
  infection_screening: infectionScreeningSchema,
  cns_evaluation: cnsEvaluationSchema,
  seizure_prophylaxis: seizureProphylaxisSchema,
  baseline: baselineSchema,
  timing_override: timingOverrideSchema,
  baseline_acknowledgement: baselineAcknowledgementSchema,
} as const;
export type ChecklistItemKind = keyof typeof CHECKLIST_ITEMS;
export const CHECKLIST_ITEM_KINDS = Object.keys(CHECKLIST_ITEMS) as ChecklistItemKind[];
export type ChecklistData<K extends ChecklistItemKind> = z.infer<(typeof CHECKLIST_ITEMS)[K]>;

export const premedicationSchema = z.object({
  drug: z.string().trim().min(2).max(80),
  kind: z.enum(['paracetamol', 'antihistamine', 'corticosteroid', 'other']),
  dose: z.string().trim().min(1).max(40),
  time: utcMs,
});

export const infusionSchema = z
  .object({
    productCode: z.string().min(2).max(40),
    lot: z.string().trim().min(1).max(60),
    bagIds: z.array(z.string().trim().min(1).max(60)).min(1).max(10),
    /** Two-person verification: the signed-in user plus this second person. */
    secondVerifier: name,
    cellsInfused: z.number().positive(),
    premedications: z.array(premedicationSchema).max(10),
    startTime: utcMs,
    endTime: utcMs,
    vitals: z.array(vitalsSetSchema).max(100).default([]),
    reaction: z.object({ occurred: z.boolean(), description: z.string().trim().max(2000).default('') }),
    /** Needed (from a physician) when the dose is outside the product rule. */
    doseOverrideReason: z.string().trim().min(5).max(1000).optional(),
  })
  .refine((r) => r.endTime >= r.startTime, { message: 'the end is before the start', path: ['endTime'] })
  .refine((r) => !r.reaction.occurred || r.reaction.description.length > 0, { message: 'describe the reaction', path: ['reaction', 'description'] });
export type InfusionRecord = z.infer<typeof infusionSchema>;
