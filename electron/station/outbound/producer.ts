// Closes reporting periods on the station's clock and queues one ORU^R01 per period that has something to say.
// Periods are aligned to multiples of their length, so a station started with --now reports the same periods.
import type { StationDb } from '../db/open';
import { HOUR_MS, SECOND_MS } from '../../../shared/time';
import { admittedPatient, newDocumentation, periodValues } from './collect';
import { encodeOru, type OruIdentity } from './pcd01/encode';
import type { DestinationRow, OutboxStore } from './store';

/** A period is closed this long after its end, so values committed just after the boundary are in it. */
export const DEFAULT_CLOSE_AFTER_MS = 2 * SECOND_MS;
/** Periods closed per tick at most: a station back after a long stop catches up without stalling. */
const MAX_PERIODS_PER_TICK = 240;

export interface ProducerDeps {
  readonly db: StationDb;
  readonly store: OutboxStore;
  readonly identity: OruIdentity;
  readonly now: () => number;
  readonly closeAfterMs?: number;
}

/** Where a new destination starts: the beginning of the current period. */
export function periodStartOf(time: number, periodSeconds: number): number {
  const length = periodSeconds * SECOND_MS;
  return Math.floor(time / length) * length;
}

/** Queues the messages of every period of this destination that has closed; returns how many were queued. */
export function closePeriods(deps: ProducerDeps, destination: DestinationRow): number {
  const { settings } = destination;
  const length = settings.periodSeconds * SECOND_MS;
  const closeAfter = deps.closeAfterMs ?? DEFAULT_CLOSE_AFTER_MS;
  let queued = 0;
  for (let i = 0; i < MAX_PERIODS_PER_TICK; i += 1) {
    const now = deps.now();
    const cursor = deps.store.cursor(destination.id);
    // Periods older than the backlog cap would only expire: skip straight to the oldest one still worth sending.
    const start = Math.max(cursor.periodEnd, periodStartOf(now - settings.maxBacklogHours * HOUR_MS, settings.periodSeconds));
    const end = start + length;
    if (now < end + closeAfter) break;
    const id = deps.db.transaction(() => {
      const admitted = admittedPatient(deps.db);
      const values = admitted ? periodValues(deps.db, settings, start, end) : [];
      const documentation = admitted && settings.documentation ? newDocumentation(deps.db, admitted.episodeId, cursor) : null;
      const next = { ...cursor, ...(documentation?.cursor ?? {}), periodEnd: end };
      const items = documentation?.items ?? [];
      if (!admitted || (values.length === 0 && items.length === 0)) return deps.store.advance(destination.id, next, null);
      return deps.store.advance(destination.id, next, {
        now,
        periodStart: start,
        periodEnd: end,
        payloadFor: (controlId) =>
          encodeOru({
            identity: { ...deps.identity, ...(settings.receivingApplication ? { receivingApplication: settings.receivingApplication } : {}), ...(settings.receivingFacility ? { receivingFacility: settings.receivingFacility } : {}) },
            controlId,
            messageTime: now,
            patient: admitted.patient,
            periods: values.length > 0 ? [{ start, end, values }] : [],
            documentation: items,
          }),
      });
    }).immediate();
    if (id !== null) queued += 1;
  }
  return queued;
}
