// The clinical API: status with evidence, documented events (treatments, assessments), manual vital signs,
// flag acknowledgement and a physician's grade confirmation, each one transaction and one audit entry.
import type { HandlersFor } from '../api/dispatcher';
import type { clinicalMethods } from '../../../shared/api/methods/clinical';
import { StationError } from '../api/dispatcher';
import { MINUTE_MS } from '../../../shared/time';
import { checkVitalEntries } from '../../../shared/clinical/entryCheck';
import { answerEntryProblems } from '../api/entryProblems';
import type { ManualVitalStore } from './manualVitals';
import { isTocilizumab, tocilizumabCount } from '../../../shared/episode/tocilizumab';
import type { AuditLog } from '../repositories/audit';
import type { EpisodeRepository, EpisodeRow } from '../episode/episodes';
import type { EntryRepository } from '../episode/entries';
import type { Observation } from '../../../shared/observation';
import type { GradingStore } from './store';
import type { GradingRunner } from './runner';
import { EVENT_KIND_PREFIX } from './timeline';
import { coveredSpan, crsConfirmableSpans, icansConfirmableSpans, type ConfirmableSpan } from '../../../shared/clinical/confirmableSpans';
import type { GradeKind } from '../../../shared/api/methods/clinical';
import type { GradingResult } from '../../../shared/clinical';

export interface ClinicalDeps {
  readonly episodes: EpisodeRepository;
  readonly entries: EntryRepository;
  readonly store: GradingStore;
  readonly runner: GradingRunner;
  readonly audit: AuditLog;
  readonly now: () => number;
  readonly transaction: <T>(work: () => T) => T;
  readonly manualVitals: ManualVitalStore;
  /** Tells the windows about stored (or corrected) readings. */
  readonly published: (batch: readonly Observation[]) => void;
  readonly episodeChanged: (episodeId: number) => void;
  readonly clinicalChanged: (episodeId: number) => void;
}

export type ClinicalHandlers = HandlersFor<typeof clinicalMethods>;

/** A medication entry of tocilizumab (the dose-count rules apply to it). */
const isTocilizumabEntry = (data: { kind: string; drug?: string }) => data.kind === 'medication' && isTocilizumab(data.drug);

export function createClinicalHandlers(deps: ClinicalDeps): ClinicalHandlers {
  const openEpisode = (): EpisodeRow => {
    const e = deps.episodes.open();
    if (!e) throw new StationError('not_found', 'No patient is admitted to this station.');
    return e;
  };
  return {
    'clinical.status': () => {
      const episode = deps.episodes.open();
      if (!episode) return { suggested: null, infusionTime: null, confirmed: { crs: null, icans: null }, flags: [] };
      const live = deps.runner.latest(episode.id);
      const stored = live ? null : deps.store.latestResult(episode.id);
      const suggested = live
        ? { evaluatedAt: live.evaluatedAt, ruleSetVersion: live.ruleSetVersion, crs: live.crs, icans: live.icans, secondary: live.secondary }
        : stored && { evaluatedAt: stored.at, ruleSetVersion: stored.version, ...stored.result };
      const confirmations = deps.store.confirmations(episode.id);
      return {
        suggested: episode.infusionTime === null ? null : suggested,
        infusionTime: episode.infusionTime,
        confirmed: { crs: confirmations.filter((c) => c.kind === 'crs').at(-1) ?? null, icans: confirmations.filter((c) => c.kind === 'icans').at(-1) ?? null },
        flags: deps.store.visibleFlags(episode.id),
      };
    },
    'clinical.gradeTimeline': ({ from, to }) => {
      const episode = openEpisode();
      const overlaps = (span: { from: number; to: number }) => span.from < to && span.to > from;
      return { points: deps.store.gradePoints(episode.id, from, to), confirmations: deps.store.confirmations(episode.id).filter((c) => overlaps(coveredSpan(c))) };
    },
    'events.record': ({ event }, { user }) => {
      const member = user!;
      const source = member.role === 'physician' ? 'physician' : 'staff';
      if (event.kind === 'attribution' && member.role !== 'physician') throw new StationError('forbidden', 'Only a physician may attribute a sign to another cause.');
      const result = deps.transaction(() => {
        const episode = openEpisode();
        const previous = isTocilizumabEntry(event)
          ? deps.entries.current(episode.id, [`${EVENT_KIND_PREFIX}medication`]).filter((e) => isTocilizumabEntry(e.data as { kind: string; drug?: string }))
          : null;
        const { warnings, warningMessages } = previous ? tocilizumabCount(previous.map((e) => e.effectiveAt), event.time) : { warnings: [], warningMessages: [] };
        const data = { ...event, source };
        const at = deps.now();
        const entryId = deps.entries.add(episode.id, `${EVENT_KIND_PREFIX}${event.kind}`, data, event.time, member.id, at);
        deps.audit.append({ staffId: member.id, action: 'create', entity: 'entry', entityId: entryId, after: data, time: at, ...(warnings.length ? { reason: warnings.join(' ') } : {}) });
        return { episodeId: episode.id, entryId, warnings, warningMessages };
      });
      deps.episodeChanged(result.episodeId);
      deps.runner.soon();
      return { entryId: result.entryId, warnings: result.warnings, warningMessages: result.warningMessages };
    },
    'vitals.record': (input, { user }) => {
      const member = user!;
      const { time, confirmImplausible } = input;
      const readings = 'readings' in input ? input.readings : [input];
      if (time > deps.now() + MINUTE_MS) throw new StationError('invalid_input', 'time: a reading cannot be in the future.');
      // The limits table decides (shared/clinical/entryLimits.ts); °F converts exactly, never rounded before storage (clinical-rules.md §1.2).
      const confirmed = answerEntryProblems(checkVitalEntries(readings), confirmImplausible, (p) => p.field);
      const stored = deps.transaction(() => {
        openEpisode();
        const now = deps.now();
        const results = deps.manualVitals.record(readings, time, member, (param) => confirmed.has(param), now);
        results.forEach(({ observation, before }, i) => {
          const typed = readings[i]!;
          const after = { ...observation, enteredValue: typed.value, enteredUnit: typed.unit, ...(confirmed.has(typed.param) ? { implausibleConfirmed: true } : {}) };
          deps.audit.append({ staffId: member.id, action: before ? 'correct' : 'create', entity: 'manual_vital', ...(before ? { before } : {}), after, time: now });
        });
        return results;
      });
      deps.published(stored.map((s) => s.observation));
      deps.runner.soon();
      return { stored: stored.length, corrected: stored.filter((s) => s.before !== null).length };
    },
    'flags.acknowledge': ({ flagId, note }, { user }) => {
      const member = user!;
      const flag = deps.store.flag(flagId);
      if (!flag) throw new StationError('not_found', `flagId: no flag ${flagId}.`);
      if (flag.acknowledged) throw new StationError('invalid_input', `This flag was already acknowledged by ${flag.acknowledged.by}.`);
      deps.transaction(() => {
        const at = deps.now();
        deps.store.acknowledge(flagId, member.id, at, note ?? null);
        deps.audit.append({ staffId: member.id, action: 'acknowledge', entity: 'flag', entityId: flagId, after: { code: flag.code, note: note ?? null }, time: at });
      });
      deps.clinicalChanged(flag.episodeId);
      return deps.store.flag(flagId)!;
    },
    'grades.spans': ({ kind }) => {
      const episode = openEpisode();
      const live = deps.runner.latest(episode.id) ?? deps.runner.runNow();
      return live ? confirmableSpans(kind, live, episode) : [];
    },
    'grades.confirm': ({ kind, grade, reason, span }, { user }) => {
      const member = user!;
      const episode = openEpisode();
      const live = deps.runner.latest(episode.id) ?? deps.runner.runNow();
      if (!live) throw new StationError('invalid_input', 'There is no suggested grade to confirm before the infusion is recorded.');
      // A past course is compared with the station's suggestion for that course, never with the grade now.
      const chosen = span ? confirmableSpans(kind, live, episode).find((s) => s.from === span.from && s.to === span.to) : undefined;
      if (span && !chosen) throw new StationError('invalid_input', `span: no ended ${kind === 'crs' ? 'CRS course' : 'ICANS span'} runs from ${new Date(span.from).toISOString()} to ${new Date(span.to).toISOString()}; pick one the station lists (grades.spans).`);
      const suggested = chosen ? chosen.maxGrade : kind === 'crs' ? live.crs.current : live.icans.current;
      if (grade !== suggested && !reason) throw new StationError('invalid_input', `reason: changing the suggested grade (${suggested}) needs a reason.`);
      const stored = deps.store.latestResult(episode.id);
      const at = deps.now();
      const covers = chosen ? { from: chosen.from, to: chosen.to } : null;
      deps.transaction(() => {
        const id = deps.store.confirm({ episodeId: episode.id, kind, suggested: String(suggested), confirmed: String(grade), reason: reason ?? null, physicianId: member.id, at, resultId: stored?.id ?? null, covers });
        deps.audit.append({ staffId: member.id, action: 'confirm_grade', entity: 'grade_confirmation', entityId: id, before: { suggested }, after: { kind, grade, ...(covers ? { covers } : {}) }, reason: reason ?? null, time: at });
      });
      deps.clinicalChanged(episode.id);
      return { kind, at, covers, suggested, confirmed: grade, reason: reason ?? null, by: member.name };
    },
  };

  /** The ended CRS courses of the latest grading, or the ended ICANS runs of the stored grade changes since the infusion. */
  function confirmableSpans(kind: GradeKind, live: GradingResult, episode: EpisodeRow): ConfirmableSpan[] {
    if (kind === 'crs') return crsConfirmableSpans(live.crs.courses, live.config.episodeQuietMs);
    return icansConfirmableSpans(deps.store.gradePoints(episode.id, episode.infusionTime ?? live.evaluatedAt, live.evaluatedAt + 1));
  }
}
