// CRS and ICANS beside the infusion record: suggested grades with evidence, flags to acknowledge, a physician's
// confirmation, and the treatments and assessments the rules read.
import { z } from 'zod';
import {
  attributionSchema,
  fluidBolusSchema,
  imagingSchema,
  medicationSchema,
  neuroAssessmentSchema,
  noteSchema,
  oxygenSchema,
  seizureSchema,
  vasopressorSchema,
  type Evidence,
  type GradingResult,
} from '../../clinical';
import { VITAL_PARAMS } from '../../params';
import type { Message } from '../../messages/message';

export type GradeKind = 'crs' | 'icans';
export type Grade = number | 'not_assessable';

/** How a flag is shown: a prompt asks the nurse to act or document; review asks a clinician to look; info explains. */
export type FlagPriority = 'prompt' | 'review' | 'info';

/** Display grouping of the engine's flag codes (an ordering for the screen, not a clinical rule). */
export const FLAG_PRIORITY: Readonly<Record<string, FlagPriority>> = {
  O2_REQUIREMENT_UNDOCUMENTED: 'prompt',
  MONITOR_VALUE_UNCONFIRMED: 'prompt',
  ICE_NOT_ASSESSABLE: 'prompt',
  HYPOTENSION_WITHOUT_FEVER: 'review',
  HYPOXIA_WITHOUT_FEVER: 'review',
  NON_ICANS_NEUROTOXICITY: 'review',
  VASOPRESSIN_ONLY_REVIEW: 'review',
  NON_VASOPRESSOR_AGENT: 'review',
  PREMEDICATION_ANTIPYRETIC_REVIEW: 'review',
  ATTRIBUTION_NOT_BY_PHYSICIAN: 'review',
  ATTRIBUTED_TO_OTHER_CAUSE: 'info',
  FEVER_MASKED: 'info',
  CTCAE_GRADE_SEPARATELY: 'info',
};

/** Events staff document (vital signs go through vitals.record, labs through the lab feed or labs entry). */
export const documentedEventSchema = z.discriminatedUnion('kind', [
  oxygenSchema.omit({ source: true, id: true }),
  vasopressorSchema.omit({ source: true, id: true }),
  medicationSchema.omit({ source: true, id: true }),
  fluidBolusSchema.omit({ source: true, id: true }),
  neuroAssessmentSchema.omit({ source: true, id: true }),
  seizureSchema.omit({ source: true, id: true }),
  imagingSchema.omit({ source: true, id: true }),
  attributionSchema.omit({ source: true, id: true }),
  noteSchema.omit({ source: true, id: true }),
]);
export type DocumentedEvent = z.infer<typeof documentedEventSchema>;

/** One hand-entered vital sign. */
const manualReadingSchema = z
  .object({
    param: z.enum(VITAL_PARAMS),
    value: z.number().finite(),
    /** UCUM; a temperature may be entered in [degF] and is converted exactly to Cel. */
    unit: z.string().min(1).max(20),
    site: z.string().trim().min(2).max(40).optional(),
  })
  .strict();

/** ASTCT grade 5 is death due to CRS or ICANS (clinical-rules.md §1.1): only a physician's confirmation records it, the station never suggests it. */
export const DEATH_GRADE = 5;

/** A grade a physician may confirm: the station's 0–4 and not assessable, or 5. */
const confirmedGrade = z.union([z.number().int().min(0).max(DEATH_GRADE), z.literal('not_assessable')]);

export const clinicalMethods = {
  'clinical.status': { access: 'public', input: z.object({}).strict() },
  'clinical.gradeTimeline': { access: 'public', input: z.object({ from: z.number().int(), to: z.number().int() }).strict() },
  'events.record': { access: 'clinical', input: z.object({ event: documentedEventSchema }).strict() },
  /** Readings taken together (one transaction; systolic and diastolic checked as a pair), or one reading as before. */
  'vitals.record': {
    access: 'clinical',
    input: z.union([
      z
        .object({
          readings: z
            .array(manualReadingSchema)
            .min(1)
            .max(VITAL_PARAMS.length)
            .refine((r) => new Set(r.map((x) => x.param)).size === r.length, { message: 'each param at most once' }),
          time: z.number().int().positive(),
          confirmImplausible: z.boolean().default(false),
        })
        .strict(),
      manualReadingSchema.extend({ time: z.number().int().positive(), confirmImplausible: z.boolean().default(false) }).strict(),
    ]),
  },
  'flags.acknowledge': { access: 'clinical', input: z.object({ flagId: z.number().int().positive(), note: z.string().trim().max(500).optional() }).strict() },
  /** The ended CRS courses (or ICANS runs) a physician may confirm besides the grade now. */
  'grades.spans': { access: 'public', input: z.object({ kind: z.enum(['crs', 'icans']) }).strict() },
  'grades.confirm': {
    access: 'physician',
    input: z
      .object({
        kind: z.enum(['crs', 'icans']),
        grade: confirmedGrade,
        reason: z.string().trim().min(5).max(1000).optional(),
        /** One of grades.spans; absent: the grade suggested now. */
        span: z.object({ from: z.number().int(), to: z.number().int() }).strict().optional(),
      })
      .strict(),
  },
} as const;

export interface FlagView {
  readonly id: number;
  readonly code: string;
  readonly raisedAt: number;
  readonly lastSeenAt: number;
  /** When the condition went away; an unacknowledged cleared flag stays on screen. */
  readonly clearedAt: number | null;
  readonly ruleSetVersion: string;
  readonly explanation: string;
  /** The explanation as a message the window says in its own language (absent for flags stored before it). */
  readonly message?: Message;
  readonly evidence: readonly Evidence[];
  readonly acknowledged: { readonly by: string; readonly at: number; readonly note: string | null } | null;
}

/** An ended CRS course or ICANS run a physician may confirm (grades.spans). */
export interface ConfirmableSpan {
  readonly from: number;
  /** The first moment after it (only ended spans are listed: a span still going on is confirmed as "now"). */
  readonly to: number;
  /** The station's highest suggestion within it: what a confirmation of the span is compared with. */
  readonly maxGrade: Grade;
}

export interface ConfirmationView {
  readonly kind: GradeKind;
  readonly at: number;
  /** The CRS course or ICANS span confirmed; null: the grade suggested at `at` (and every confirmation made before spans). */
  readonly covers: { readonly from: number; readonly to: number } | null;
  /** The station's suggestion for what is confirmed (the span's maximum, or the grade at `at`). */
  readonly suggested: Grade;
  readonly confirmed: Grade;
  readonly reason: string | null;
  readonly by: string;
}

export interface GradePoint {
  readonly time: number;
  readonly crs: number;
  readonly icans: Grade;
}

export interface ClinicalStatus {
  /** Null before an infusion is recorded: nothing is graded before Day 0. */
  readonly suggested: {
    readonly evaluatedAt: number;
    readonly ruleSetVersion: string;
    readonly crs: GradingResult['crs'];
    readonly icans: GradingResult['icans'];
    readonly secondary: GradingResult['secondary'];
  } | null;
  /** Day 0 of the open episode (null before the infusion): names the Days of confirmed courses. */
  readonly infusionTime: number | null;
  /** The latest physician confirmation of each kind (suggested and confirmed grades are both kept). */
  readonly confirmed: { readonly crs: ConfirmationView | null; readonly icans: ConfirmationView | null };
  readonly flags: readonly FlagView[];
}

export interface ClinicalResults {
  'clinical.status': ClinicalStatus;
  'clinical.gradeTimeline': { readonly points: readonly GradePoint[]; readonly confirmations: readonly ConfirmationView[] };
  /** `warnings` in English (the CLI's and the audit's words), `warningMessages` the same for the window to say. */
  'events.record': { readonly entryId: number; readonly warnings: readonly string[]; readonly warningMessages: readonly Message[] };
  /** How many readings were stored, and how many of them corrected a value entered earlier in the same minute. */
  'vitals.record': { readonly stored: number; readonly corrected: number };
  'flags.acknowledge': FlagView;
  'grades.spans': readonly ConfirmableSpan[];
  'grades.confirm': ConfirmationView;
}
