// The clinical API: status with evidence, documented events (treatments, assessments), manual vital signs,
// flag acknowledgement and a physician's grade confirmation, each one transaction and one audit entry.
import type { HandlersFor } from '../api/dispatcher';
import type { clinicalMethods } from '../../../shared/api/methods/clinical';
import { StationError } from '../api/dispatcher';
import { fahrenheitToCelsius, UCUM } from '../../../shared/units';
import { PARAMS } from '../../../shared/params';
import { isTocilizumab, tocilizumabCount } from '../../../shared/episode/tocilizumab';
import type { AuditLog } from '../repositories/audit';
import type { EpisodeRepository, EpisodeRow } from '../episode/episodes';
import type { EntryRepository } from '../episode/entries';
import type { Observation } from '../../../shared/observation';
import type { GradingStore } from './store';
import type { GradingRunner } from './runner';
import { EVENT_KIND_PREFIX } from './timeline';

export interface ClinicalDeps {
  readonly episodes: EpisodeRepository;
  readonly entries: EntryRepository;
  readonly store: GradingStore;
  readonly runner: GradingRunner;
  readonly audit: AuditLog;
  readonly now: () => number;
  readonly transaction: <T>(work: () => T) => T;
  readonly ingest: (batch: readonly Observation[]) => boolean;
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
      if (!episode) return { suggested: null, confirmed: { crs: null, icans: null }, flags: [] };
      const live = deps.runner.latest(episode.id);
      const stored = live ? null : deps.store.latestResult(episode.id);
      const suggested = live
        ? { evaluatedAt: live.evaluatedAt, ruleSetVersion: live.ruleSetVersion, crs: live.crs, icans: live.icans, secondary: live.secondary }
        : stored && { evaluatedAt: stored.at, ruleSetVersion: stored.version, ...stored.result };
      const confirmations = deps.store.confirmations(episode.id);
      return {
        suggested: episode.infusionTime === null ? null : suggested,
        confirmed: { crs: confirmations.filter((c) => c.kind === 'crs').at(-1) ?? null, icans: confirmations.filter((c) => c.kind === 'icans').at(-1) ?? null },
        flags: deps.store.visibleFlags(episode.id),
      };
    },
    'clinical.gradeTimeline': ({ from, to }) => {
      const episode = openEpisode();
      return { points: deps.store.gradePoints(episode.id, from, to), confirmations: deps.store.confirmations(episode.id).filter((c) => c.at >= from && c.at < to) };
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
        const entryId = deps.entries.add(episode.id, `${EVENT_KIND_PREFIX}${event.kind}`, data, event.time, member.id, deps.now());
        deps.audit.append({ staffId: member.id, action: 'create', entity: 'entry', entityId: entryId, after: data, ...(warnings.length ? { reason: warnings.join(' ') } : {}) });
        return { episodeId: episode.id, entryId, warnings, warningMessages };
      });
      deps.episodeChanged(result.episodeId);
      deps.runner.soon();
      return { entryId: result.entryId, warnings: result.warnings, warningMessages: result.warningMessages };
    },
    'vitals.record': ({ param, value, unit, site, time }, { user }) => {
      const member = user!;
      const canonical = PARAMS[param].unit;
      // °F converts exactly, never rounded before storage (clinical-rules.md §1.2).
      const stored = param === 'temp' && unit === UCUM.fahrenheit ? fahrenheitToCelsius(value) : value;
      if (unit !== canonical && !(param === 'temp' && unit === UCUM.fahrenheit)) throw new StationError('invalid_input', `unit: ${PARAMS[param].label} is entered in ${canonical}.`);
      if (time > deps.now() + 60_000) throw new StationError('invalid_input', 'time: a reading cannot be in the future.');
      openEpisode();
      const observation: Observation = { param, value: stored, unit: canonical, time, status: 'valid', source: 'manual', device: `manual:${member.name}`, ...(site ? { site } : {}) };
      if (!deps.ingest([observation])) throw new StationError('internal', 'The reading could not be stored.');
      deps.audit.append({ staffId: member.id, action: 'create', entity: 'manual_vital', after: { ...observation, enteredValue: value, enteredUnit: unit } });
      deps.runner.soon();
      return null;
    },
    'flags.acknowledge': ({ flagId, note }, { user }) => {
      const member = user!;
      const flag = deps.store.flag(flagId);
      if (!flag) throw new StationError('not_found', `flagId: no flag ${flagId}.`);
      if (flag.acknowledged) throw new StationError('invalid_input', `This flag was already acknowledged by ${flag.acknowledged.by}.`);
      deps.transaction(() => {
        deps.store.acknowledge(flagId, member.id, deps.now(), note ?? null);
        deps.audit.append({ staffId: member.id, action: 'acknowledge', entity: 'flag', entityId: flagId, after: { code: flag.code, note: note ?? null } });
      });
      deps.clinicalChanged(flag.episodeId);
      return deps.store.flag(flagId)!;
    },
    'grades.confirm': ({ kind, grade, reason }, { user }) => {
      const member = user!;
      const episode = openEpisode();
      const live = deps.runner.latest(episode.id) ?? deps.runner.runNow();
      if (!live) throw new StationError('invalid_input', 'There is no suggested grade to confirm before the infusion is recorded.');
      const suggested = kind === 'crs' ? live.crs.current : live.icans.current;
      if (grade !== suggested && !reason) throw new StationError('invalid_input', `reason: changing the suggested grade (${suggested}) needs a reason.`);
      const stored = deps.store.latestResult(episode.id);
      const at = deps.now();
      deps.transaction(() => {
        const id = deps.store.confirm(episode.id, kind, String(suggested), String(grade), reason ?? null, member.id, at, stored?.id ?? null);
        deps.audit.append({ staffId: member.id, action: 'confirm_grade', entity: 'grade_confirmation', entityId: id, before: { suggested }, after: { kind, grade }, reason: reason ?? null });
      });
      deps.clinicalChanged(episode.id);
      return { kind, at, suggested, confirmed: grade, reason: reason ?? null, by: member.name };
    },
  };
}
