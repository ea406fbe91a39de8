// The CAR-T episode record: admission, product catalogue, checklist, infusion, corrections, audit history.
import { z } from 'zod';
import { admissionSchema, CHECKLIST_ITEMS, infusionSchema, type Admission, type InfusionRecord } from '../../episode/records';
import { productSchema, type Product } from '../../episode/products';
import type { ChecklistState } from '../../episode/checklist';
import type { DoseCheck } from '../../episode/dose';
import type { PatientSummary } from './live';

const reason = z.string().trim().min(5, 'give a reason of at least 5 characters').max(1000);

/** One checklist item: its kind and the data its form collects. */
export const checklistRecordInput = z.discriminatedUnion('item', [
  z.object({ item: z.literal('lymphodepletion'), data: CHECKLIST_ITEMS.lymphodepletion }).strict(),
  z.object({ item: z.literal('infection_screening'), data: CHECKLIST_ITEMS.infection_screening }).strict(),
  z.object({ item: z.literal('cns_evaluation'), data: CHECKLIST_ITEMS.cns_evaluation }).strict(),
  z.object({ item: z.literal('seizure_prophylaxis'), data: CHECKLIST_ITEMS.seizure_prophylaxis }).strict(),
  z.object({ item: z.literal('baseline'), data: CHECKLIST_ITEMS.baseline }).strict(),
  z.object({ item: z.literal('timing_override'), data: CHECKLIST_ITEMS.timing_override }).strict(),
  z.object({ item: z.literal('baseline_acknowledgement'), data: CHECKLIST_ITEMS.baseline_acknowledgement }).strict(),
]);

export const episodeMethods = {
  'products.list': { access: 'public', input: z.object({}).strict() },
  'products.create': { access: 'physician', input: z.object({ product: productSchema.omit({ builtin: true }) }).strict() },
  'episode.current': { access: 'public', input: z.object({}).strict() },
  'episode.admit': {
    access: 'clinical',
    input: z.object({ admission: admissionSchema, replaceOpenEpisode: z.object({ reason }).strict().optional() }).strict(),
  },
  'episode.discharge': { access: 'clinical', input: z.object({ reason }).strict() },
  'checklist.record': { access: 'clinical', input: checklistRecordInput },
  'checklist.signOff': { access: 'clinical', input: z.object({}).strict() },
  'infusion.record': { access: 'clinical', input: z.object({ infusion: infusionSchema }).strict() },
  'entry.correct': { access: 'clinical', input: z.object({ entryId: z.number().int().positive(), data: z.unknown(), reason }).strict() },
  'audit.history': { access: 'staff', input: z.object({ entity: z.string().min(1).max(40), entityId: z.number().int().positive().optional() }).strict() },
} as const;

export interface EntryView<T = unknown> {
  readonly id: number;
  readonly kind: string;
  readonly data: T;
  readonly effectiveAt: number;
  readonly recordedAt: number;
  readonly recordedBy: string;
  readonly recordedByRole: string;
  /** The entry this one corrected, and why. */
  readonly supersedes: number | null;
  readonly reason: string | null;
}

export interface SignOffView {
  readonly by: string;
  readonly at: number;
  /** False once a checklist item it covered has been corrected: sign again. */
  readonly current: boolean;
}

export interface InfusionView {
  readonly entry: EntryView<InfusionRecord>;
  readonly doseCheck: DoseCheck;
  readonly warnings: readonly string[];
}

export interface EpisodeView {
  readonly episodeId: number;
  readonly patient: PatientSummary;
  readonly admission: Admission;
  readonly admittedAt: number;
  readonly dischargedAt: number | null;
  readonly isDemo: boolean;
  readonly product: Product | null;
  /** Day 0 is the day of this time (ward local time); null before the infusion. */
  readonly infusionTime: number | null;
  readonly checklist: {
    readonly entries: Readonly<Record<string, EntryView>>;
    readonly state: ChecklistState;
    readonly signOffs: { readonly nurse: SignOffView | null; readonly physician: SignOffView | null };
  };
  readonly infusion: InfusionView | null;
  /** Every current entry of the episode, oldest first. */
  readonly timeline: readonly EntryView[];
}

export interface AuditView {
  readonly id: number;
  readonly time: number;
  readonly staffName: string | null;
  readonly action: string;
  readonly entity: string;
  readonly entityId: number | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string | null;
}

export interface EpisodeResults {
  'products.list': readonly Product[];
  'products.create': Product;
  'episode.current': EpisodeView | null;
  'episode.admit': EpisodeView;
  'episode.discharge': null;
  'checklist.record': EpisodeView;
  'checklist.signOff': EpisodeView;
  'infusion.record': EpisodeView;
  'entry.correct': EpisodeView;
  'audit.history': readonly AuditView[];
}
