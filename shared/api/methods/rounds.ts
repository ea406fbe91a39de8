// The rounds view: one row per day of the episode, today first.
import { z } from 'zod';
import type { LabResult } from './labs';
import type { Grade } from './clinical';
import type { MessageParam } from '../../messages/message';

export interface RoundsTreatment {
  readonly time: number;
  readonly kind: string;
  /** In English; `said` is the same for the window to say in its own language. */
  readonly summary: string;
  readonly said?: MessageParam;
}

export interface RoundsDay {
  /** Day number relative to the infusion (Day 0 = infusion day), null before an infusion is recorded. */
  readonly day: number | null;
  /** The local calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly from: number;
  readonly to: number;
  readonly vitals: {
    readonly tempMaxC: number | null;
    readonly sbpMin: number | null;
    readonly mapMin: number | null;
    readonly spo2Min: number | null;
    readonly hrMax: number | null;
  };
  /** The extremes that are hand-entered readings: who entered each (null where not known). */
  readonly vitalsEnteredBy: { readonly [K in keyof RoundsDay['vitals']]?: string | null };
  /** Oxygen devices and vasopressors in use at any time that day. */
  readonly oxygen: readonly string[];
  readonly vasopressors: readonly string[];
  readonly labs: readonly LabResult[];
  readonly grades: {
    readonly crsSuggestedMax: number | null;
    readonly icansSuggestedMax: Grade | null;
    readonly crsConfirmed: Grade | null;
    readonly icansConfirmed: Grade | null;
  };
  readonly treatments: readonly RoundsTreatment[];
}

export const roundsMethods = {
  'rounds.days': { access: 'public', input: z.object({}).strict() },
} as const;

export interface RoundsResults {
  'rounds.days': readonly RoundsDay[];
}
