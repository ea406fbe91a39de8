// The engine's configurable settings. Every default comes from the THRESHOLDS table; the config used is stored
// with each result so a grade can be recomputed exactly.
import { z } from 'zod';
import { THRESHOLDS } from './thresholds';
import { HOUR_MS } from '../time';

export const HYPOTENSION_DEFINITIONS = ['sbp', 'map', 'either'] as const;
export type HypotensionDefinition = (typeof HYPOTENSION_DEFINITIONS)[number];

export const gradingConfigSchema = z.object({
  hypotension: z
    .object({
      /** §7.1 open decision; §6.4 reads "SBP < 90 or MAP < 65", so the default is either. */
      definition: z.enum(HYPOTENSION_DEFINITIONS).default('either'),
      sbpBelowMmHg: z.number().positive().default(THRESHOLDS.hypotensionSbpBelowMmHg.value),
      mapBelowMmHg: z.number().positive().default(THRESHOLDS.hypotensionMapBelowMmHg.value),
      /** §1.1 rule 9 optional "fall of more than X% from the pre-infusion baseline"; the document gives no X, so off. */
      sbpFallFromBaselinePct: z.number().positive().max(100).nullable().default(null),
    })
    .prefault({}),
  /** How long a measured fever counts. At most 24 h: a longer look-back would outlive the CRS course (§6.1). */
  feverLookbackMs: z.number().min(HOUR_MS).max(24 * HOUR_MS).default(THRESHOLDS.feverLookbackMs.value),
  vitalsWindowMs: z.number().positive().default(THRESHOLDS.vitalsWindowMs.value),
  neuroWindowMs: z.number().positive().default(THRESHOLDS.neuroWindowMs.value),
  seizureWindowMs: z.number().positive().default(THRESHOLDS.seizureWindowMs.value),
  episodeQuietMs: z.number().positive().default(THRESHOLDS.episodeQuietMs.value),
  monitorConfirmation: z
    .object({
      /** When on, an abnormal monitor value grades only after persisting or a confirming manual reading (§6.4). */
      required: z.boolean().default(true),
      persistenceMs: z.number().nonnegative().default(THRESHOLDS.monitorConfirmationMs.value),
    })
    .prefault({}),
  spo2PromptBelowPct: z.number().positive().max(100).default(THRESHOLDS.spo2PromptBelowPct.value),
});

export type GradingConfig = z.output<typeof gradingConfigSchema>;
export type GradingConfigInput = z.input<typeof gradingConfigSchema>;

/** A complete config: the documented defaults, overridden by what is given. Throws a ZodError on a bad value. */
export function gradingConfig(input: GradingConfigInput = {}): GradingConfig {
  return gradingConfigSchema.parse(input);
}

export const DEFAULT_CONFIG: GradingConfig = gradingConfig();
