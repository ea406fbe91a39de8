// The treatments and assessments documented in this episode (events.record entries), newest first.
import type { EntryView } from '../../../../../shared/api/methods/episode';
import { eventMessage } from '../../../../../shared/clinical/said';
import type { ClinicalEvent } from '../../../../../shared/clinical/events';
import { say } from '../../../i18n/said';

/** Kind prefix of the episode entries events.record writes (the station stores `event:<kind>`). */
export const EVENT_ENTRY_PREFIX = 'event:';

export interface RecentEvent {
  readonly id: number;
  readonly kind: string;
  readonly time: number;
  readonly summary: string;
  readonly by: string;
  readonly role: string;
}

export function recentEvents(timeline: readonly EntryView[], limit = 12): RecentEvent[] {
  return timeline
    .filter((e) => e.kind.startsWith(EVENT_ENTRY_PREFIX))
    .sort((a, b) => b.effectiveAt - a.effectiveAt || b.id - a.id)
    .slice(0, limit)
    .map((e) => ({ id: e.id, kind: e.kind.slice(EVENT_ENTRY_PREFIX.length), time: e.effectiveAt, summary: summary(e.data), by: e.recordedBy, role: e.recordedByRole }));
}

/** The event in the window's language; data that is not an event is shown as stored. */
function summary(data: unknown): string {
  try {
    return say(eventMessage(data as ClinicalEvent));
  } catch {
    return JSON.stringify(data);
  }
}
