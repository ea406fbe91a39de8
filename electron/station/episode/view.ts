// Builds the EpisodeView the window shows from the stored episode and its current entries.
import type { EntryView, EpisodeView, SignOffView } from '../../../shared/api/methods/episode';
import { evaluateChecklist, type ChecklistEntries } from '../../../shared/episode/checklist';
import { CHECKLIST_ITEM_KINDS, type InfusionRecord } from '../../../shared/episode/records';
import { checkDose } from '../../../shared/episode/dose';
import type { Product } from '../../../shared/episode/products';
import type { EpisodeRow } from './episodes';
import type { StoredEntry } from './entries';

export const SIGNOFF_KINDS = { nurse: 'signoff_nurse', physician: 'signoff_physician' } as const;
export const INFUSION_KIND = 'infusion';

/** A sign-off covers the checklist entries current when it was given. */
export interface SignOffData {
  readonly coveredEntryIds: readonly number[];
}

export function infusionWarnings(record: InfusionRecord): string[] {
  return record.premedications
    .filter((p) => p.kind === 'corticosteroid')
    .map((p) => `Corticosteroid premedication (${p.drug}): both labels advise avoiding prophylactic systemic steroids (clinical-rules.md §4.1, §4.2).`);
}

export function buildEpisodeView(episode: EpisodeRow, entries: readonly StoredEntry[], product: Product | null, now: number): EpisodeView {
  const checklistEntries = entries.filter((e) => (CHECKLIST_ITEM_KINDS as readonly string[]).includes(e.kind));
  const byKind = Object.fromEntries(checklistEntries.map((e) => [e.kind, e])) as Record<string, EntryView>;
  const infusionEntry = entries.find((e) => e.kind === INFUSION_KIND) as EntryView<InfusionRecord> | undefined;
  const plannedInfusionTime = infusionEntry ? infusionEntry.data.startTime : now;
  const state = evaluateChecklist(Object.fromEntries(checklistEntries.map((e) => [e.kind, e.data])) as ChecklistEntries, product, plannedInfusionTime);
  const currentIds = new Set(checklistEntries.map((e) => e.id));
  const signOff = (kind: string): SignOffView | null => {
    const entry = entries.filter((e) => e.kind === kind).at(-1);
    if (!entry) return null;
    const covered = (entry.data as SignOffData).coveredEntryIds;
    return { by: entry.recordedBy, at: entry.recordedAt, current: covered.every((id) => currentIds.has(id)) && covered.length === currentIds.size };
  };
  return {
    episodeId: episode.id,
    patient: { mrn: episode.mrn, name: episode.name, birthDate: episode.birthDate, sex: episode.sex },
    admission: episode.admission,
    admittedAt: episode.admittedAt,
    dischargedAt: episode.dischargedAt,
    isDemo: episode.isDemo,
    product,
    infusionTime: episode.infusionTime,
    checklist: { entries: byKind, state, signOffs: { nurse: signOff(SIGNOFF_KINDS.nurse), physician: signOff(SIGNOFF_KINDS.physician) } },
    infusion: infusionEntry
      ? {
          entry: infusionEntry,
          doseCheck: checkDose(product?.dose ?? { kind: 'flat', minCells: 0, maxCells: Number.MAX_VALUE }, infusionEntry.data.cellsInfused, episode.admission.weightKg),
          warnings: infusionWarnings(infusionEntry.data),
        }
      : null,
    timeline: entries,
  };
}
