// Parts of the handover report built from the episode view, the entries and the grading store.
import type { ClinicalStatus, ConfirmationView, FlagView } from '../../../shared/api/methods/clinical';
import { FLAG_PRIORITY } from '../../../shared/api/methods/clinical';
import type { EpisodeView } from '../../../shared/api/methods/episode';
import { iceScore, type IceResult } from '../../../shared/clinical';
import { isTocilizumab, nextTocilizumab } from '../../../shared/episode/tocilizumab';
import type { ChecklistData, InfusionRecord } from '../../../shared/episode/records';
import { latestConfirmation } from '../../../shared/report/grades';
import { nextIceDue } from '../../../shared/report/schedule';
import type { EventLine, GradeStatus, HandoverReport, HandoverTask, LabRow } from '../../../shared/report/types';
import { EVENT_KIND_PREFIX } from '../clinical/timeline';
import type { StoredEntry } from '../episode/entries';

/** The entry kind of the nurse's handover note (severity and situation awareness). */
export const HANDOVER_NOTE_KIND = 'handover_note';

/** Documented events listed under "Treatments"; the others (assessments, notes, …) are the window's events. */
export const TREATMENT_KINDS = new Set(['medication', 'fluid_bolus', 'oxygen', 'vasopressor']);

export function eventLines(entries: readonly StoredEntry[]): EventLine[] {
  return entries
    .filter((e) => e.kind.startsWith(EVENT_KIND_PREFIX))
    .map((e) => ({ id: e.id, time: e.effectiveAt, kind: e.kind.slice(EVENT_KIND_PREFIX.length), data: e.data as Record<string, unknown>, by: e.recordedBy }))
    .sort((a, b) => a.time - b.time || a.id - b.id);
}

export function episodeFacts(view: EpisodeView, entries: readonly StoredEntry[]): Omit<HandoverReport['episode'], 'day'> {
  const ld = entries.find((e) => e.kind === 'lymphodepletion')?.data as ChecklistData<'lymphodepletion'> | undefined;
  const seizure = entries.find((e) => e.kind === 'seizure_prophylaxis')?.data as ChecklistData<'seizure_prophylaxis'> | undefined;
  const infusion: InfusionRecord | undefined = view.infusion?.entry.data;
  const signOff = (s: { by: string; at: number } | null) => (s ? { by: s.by, at: s.at } : null);
  return {
    id: view.episodeId,
    admittedAt: view.admittedAt,
    dischargedAt: view.dischargedAt,
    product: view.product ? { code: view.product.code, name: view.product.name } : null,
    infusionTime: view.infusionTime,
    lymphodepletion: ld ? { regimen: ld.regimen, days: [...ld.days].sort() } : null,
    checklist: { missing: view.checklist.state.missing, nurse: signOff(view.checklist.signOffs.nurse), physician: signOff(view.checklist.signOffs.physician) },
    infusion: infusion
      ? {
          start: infusion.startTime,
          end: infusion.endTime,
          cellsInfused: infusion.cellsInfused,
          lot: infusion.lot,
          doseWithinRule: view.infusion!.doseCheck.withinRule,
          reaction: infusion.reaction.occurred ? infusion.reaction.description : null,
        }
      : null,
    seizureProphylaxis: seizure?.given ? { drug: seizure.drug, doseMg: seizure.doseMg, frequency: seizure.frequency } : null,
  };
}

type Graded = Pick<NonNullable<ClinicalStatus['suggested']>, 'evaluatedAt' | 'crs' | 'icans' | 'secondary'>;

export function gradesSection(result: Graded | null, confirmations: readonly ConfirmationView[], asOf: number): HandoverReport['grades'] {
  if (!result) return null;
  const status = (kind: 'crs' | 'icans'): GradeStatus => {
    const r = result[kind];
    return { kind, suggested: r.current, confirmation: latestConfirmation(confirmations, kind, asOf + 1), max: r.max, maxAt: r.maxAt, basis: r.explanation, ...(r.explanationMessage ? { basisMessage: r.explanationMessage } : {}) };
  };
  const news2 = result.secondary?.news2;
  return {
    evaluatedAt: result.evaluatedAt,
    crs: status('crs'),
    icans: status('icans'),
    news2: news2 ? { total: news2.total, complete: news2.complete, response: news2.response } : null,
  };
}

interface ActionInputs {
  readonly view: EpisodeView;
  readonly events: readonly EventLine[];
  readonly labs: readonly LabRow[];
  readonly flags: readonly FlagView[];
  readonly asOf: number;
}

export function actionsSection({ view, events, labs, flags, asOf }: ActionInputs): HandoverReport['actions'] {
  const tasks: HandoverTask[] = [];
  if (view.infusionTime === null) for (const item of view.checklist.state.missing) tasks.push({ kind: 'checklist', item });
  for (const f of flags) if (f.acknowledged === null && f.clearedAt === null && FLAG_PRIORITY[f.code] === 'prompt') tasks.push({ kind: 'flag', code: f.code, since: f.raisedAt });
  const lastIce = events
    .filter((e) => e.kind === 'neuro' && e.time <= asOf && e.data.ice !== undefined)
    .map((e) => ({ at: e.time, total: iceScore(e.data.ice as IceResult).total }))
    .at(-1);
  const doses = events.filter((e) => e.kind === 'medication' && isTocilizumab(e.data.drug as string | undefined)).map((e) => e.time);
  return {
    tasks,
    pendingLabs: labs.filter((l) => l.latest.status === 'preliminary'),
    ice: nextIceDue(lastIce ?? null, asOf),
    tocilizumab: nextTocilizumab(doses, asOf),
  };
}
