// Flags: prompts and review points raised at the evaluation time, each with its explanation and evidence.
// The engine's codes are richer than the vignette vocabulary; `vocabulary` maps each to that file's code, or null.
import { english } from '../messages/en';
import type { Message } from '../messages/message';
import type { Evidence } from './evidence';

/** The flag vocabulary of ../shared/fixtures/vignettes (vignettes.schema.json $defs.flag), in its order. */
export const VIGNETTE_FLAGS = [
  'FEVER_MASKED',
  'O2_REQUIREMENT_UNDOCUMENTED',
  'HYPOTENSION_WITHOUT_FEVER',
  'ATTRIBUTED_TO_OTHER_CAUSE',
  'ICE_NOT_ASSESSABLE',
  'NON_ICANS_NEUROTOXICITY',
  'CTCAE_GRADE_SEPARATELY',
] as const;
export type VignetteFlag = (typeof VIGNETTE_FLAGS)[number];

/** Every flag the engine raises, with the vignette code it reports as (null: internal only). */
export const FLAG_CODES = {
  FEVER_MASKED: 'FEVER_MASKED',
  O2_REQUIREMENT_UNDOCUMENTED: 'O2_REQUIREMENT_UNDOCUMENTED',
  HYPOTENSION_WITHOUT_FEVER: 'HYPOTENSION_WITHOUT_FEVER',
  ATTRIBUTED_TO_OTHER_CAUSE: 'ATTRIBUTED_TO_OTHER_CAUSE',
  ICE_NOT_ASSESSABLE: 'ICE_NOT_ASSESSABLE',
  NON_ICANS_NEUROTOXICITY: 'NON_ICANS_NEUROTOXICITY',
  CTCAE_GRADE_SEPARATELY: 'CTCAE_GRADE_SEPARATELY',
  /** Oxygen above baseline with no qualifying fever: not CRS by ASTCT, for clinician review. */
  HYPOXIA_WITHOUT_FEVER: null,
  /** A fever, hypotension or SpO2 value from the monitor is waiting for persistence or a manual reading (§6.4). */
  MONITOR_VALUE_UNCONFIRMED: null,
  /** Vasopressin is the only vasopressor: graded as one vasopressor, flagged for review (§1.2). */
  VASOPRESSIN_ONLY_REVIEW: null,
  /** An inotrope or midodrine is running: not a vasopressor for grading (§1.2, §6.4). */
  NON_VASOPRESSOR_AGENT: null,
  /** Signs without fever after an antipyretic premedication: the strict reading does not mask (§1.1 rule 2, §7.3). */
  PREMEDICATION_ANTIPYRETIC_REVIEW: null,
  /** An attribution documented by someone other than a physician: shown, not applied. */
  ATTRIBUTION_NOT_BY_PHYSICIAN: null,
} as const satisfies Record<string, VignetteFlag | null>;
export type FlagCode = keyof typeof FLAG_CODES;

export interface Flag {
  readonly code: FlagCode;
  /** The vignette vocabulary code this flag reports as, or null for an internal flag. */
  readonly vocabulary: VignetteFlag | null;
  /** What it means here and now, in one or two sentences. */
  readonly explanation: string;
  /** The explanation as a message the window says in its own language (absent in flags stored before it). */
  readonly message?: Message;
  readonly evidence: readonly Evidence[];
}

export function flag(code: FlagCode, explanation: Message, evidence: readonly Evidence[]): Flag {
  return { code, vocabulary: FLAG_CODES[code], explanation: english(explanation), message: explanation, evidence };
}

/** The vignette codes of a set of flags: distinct, in vocabulary order. */
export function vocabularyFlags(flags: readonly Flag[]): VignetteFlag[] {
  const raised = new Set(flags.map((f) => f.vocabulary));
  return VIGNETTE_FLAGS.filter((code) => raised.has(code));
}
